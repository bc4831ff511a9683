// Stale-file pruning after a build: removes from dist/ what an earlier build left there and this one did not make.
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { redirectFiles } from './redirect-pages.ts';

/**
 * The pruning of one build: `start` when Astro starts writing, `prune` when it is done, with the
 * pages it reported and the forwarding pages it listed. The search index is Pagefind's and left alone: scripts/after-build.ts
 * removes what it no longer uses.
 */
export function staleFilePruning() {
  let buildStart = 0;
  return {
    start() {
      buildStart = Date.now();
    },
    prune(dir: URL, assets: Map<string, URL[]>, logger: AstroIntegrationLogger) {
      // The forwarding pages are written after Astro has exited (./redirect-pages.ts): unchanged ones stay.
      const pages = new Set([
        ...[...assets.values()].flat().map((url) => fileURLToPath(url)),
        ...redirectFiles(fileURLToPath(dir)),
      ]);
      const removed = pruneStaleFiles(fileURLToPath(dir), pages, buildStart, { skip: ['pagefind'] });
      if (removed.length > 0) logger.info(`${removed.length} bestand(en) van een eerdere build verwijderd uit dist/.`);
    },
  };
}

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
  const removed: string[] = [];
  const skipped = new Set((options.skip ?? []).map((folder) => path.join(dir, folder)));
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, dirent.name);
      if (skipped.has(file)) {
        empty = false;
      } else if (dirent.isDirectory()) {
        if (visit(file)) rmdirSync(file);
        else empty = false;
      } else if (keep.has(file) || statSync(file).mtimeMs >= since) {
        empty = false;
      } else {
        rmSync(file);
        removed.push(path.relative(dir, file));
      }
    }
    return empty;
  };
  visit(dir);
  return removed.sort();
}
