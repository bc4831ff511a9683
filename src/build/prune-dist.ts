import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

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
