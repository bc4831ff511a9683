// Stale-file pruning after a build: removes from dist/ what an earlier build left there and this one did not make.
import { rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { listDist, listDistInWorker, type DistListing } from './dist-listing.ts';
import { redirectFiles } from './redirect-pages.ts';

/**
 * The pruning of one build: `start` when Astro starts writing (it lists what `dir` holds then, on a
 * thread of its own), `prune` when it is done, with the pages it reported and the forwarding pages
 * it listed. The search index is Pagefind's and left alone: scripts/search-index.ts removes what it no
 * longer uses.
 */
export function staleFilePruning() {
  let buildStart = 0;
  let listing: Promise<DistListing> | undefined;
  return {
    start(dir: URL) {
      buildStart = Date.now();
      listing = listDistInWorker(fileURLToPath(dir), SKIPPED);
    },
    async prune(dir: URL, assets: Map<string, URL[]>, logger: AstroIntegrationLogger) {
      // The forwarding pages are written after Astro has exited (./redirect-pages.ts): unchanged ones stay.
      const pages = new Set([
        ...[...assets.values()].flat().map((url) => fileURLToPath(url)),
        ...redirectFiles(fileURLToPath(dir)),
      ]);
      const before = (await listing) ?? listDist(fileURLToPath(dir), SKIPPED);
      const removed = pruneListed(fileURLToPath(dir), before, pages, buildStart);
      if (removed.length > 0) logger.info(`${removed.length} bestand(en) van een eerdere build verwijderd uit dist/.`);
    },
  };
}

/** Folders of dist/ that pruning leaves alone: the search index. */
const SKIPPED = ['pagefind'];

/**
 * Removes from a built site every file that the build that just finished did not produce: a
 * file is kept when it is one of the build's pages (`keep`, absolute paths; pages that the
 * incremental build found unchanged are left as they were) or was written since `since` (ms).
 * Folders left empty are removed too, and folders in `skip` (relative to `dir`) are left alone.
 * Returns the removed files, relative to `dir`, sorted.
 *
 * The build keeps `dist/` between builds (emptying it and copying 20,000 unchanged pages
 * back from Astro's cache took a third of a rebuild), so this is what makes sure that a page
 * the site no longer has is not published.
 */
export function pruneStaleFiles(
  dir: string,
  keep: ReadonlySet<string>,
  since: number,
  options: { skip?: readonly string[] } = {},
): string[] {
  return pruneListed(dir, listDist(dir, options.skip), keep, since);
}

/**
 * Removes the files of `listing` (what `dir` held when the build started) that the build did not
 * produce, as pruneStaleFiles does; a file made during the build is in no listing. Folders left
 * empty are removed, deepest first, up to but not including `dir`.
 */
export function pruneListed(dir: string, listing: DistListing, keep: ReadonlySet<string>, since: number): string[] {
  const root = path.resolve(dir);
  const removed: string[] = [];
  const folders = new Set(listing.empty);
  for (const file of listing.files) {
    if (keep.has(file)) continue;
    let mtimeMs: number;
    try {
      ({ mtimeMs } = statSync(file));
    } catch {
      continue; // Gone already (Astro removes what its own cache no longer holds).
    }
    if (mtimeMs >= since) continue;
    rmSync(file, { force: true });
    removed.push(path.relative(root, file));
    for (let folder = path.dirname(file); folder.startsWith(root + path.sep); folder = path.dirname(folder))
      folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: something in it stays.
    }
  }
  return removed.sort();
}
