// What is in dist/ when a build starts: listed on a thread of its own while Astro renders, so that pruning after the build need not walk 40,000 folders (./prune-dist.ts).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Every file and every empty folder under a folder (absolute paths), the folders in `skip` left out. */
export interface DistListing {
  files: string[];
  empty: string[];
}

/** Lists `dir` (nothing when it does not exist); `skip` holds folders relative to `dir`. */
export function listDist(where: string, skip: readonly string[] = []): DistListing {
  const dir = path.resolve(where);
  const listing: DistListing = { files: [], empty: [] };
  if (!existsSync(dir)) return listing;
  const skipped = new Set(skip.map((name) => path.join(dir, name)));
  const visit = (folder: string) => {
    const dirents = readdirSync(folder, { withFileTypes: true });
    if (dirents.length === 0 && folder !== dir) listing.empty.push(folder);
    for (const dirent of dirents) {
      const file = path.join(folder, dirent.name);
      if (skipped.has(file)) continue;
      if (dirent.isDirectory()) visit(file);
      else listing.files.push(file);
    }
  };
  visit(dir);
  return listing;
}

/**
 * Lists `dir` on a worker thread; resolves to the listing. The main thread goes on rendering
 * meanwhile. Falls back to listing on the main thread when the worker fails.
 */
export function listDistInWorker(dir: string, skip: readonly string[] = []): Promise<DistListing> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (listing: DistListing) => {
      if (done) return;
      done = true;
      resolve(listing);
    };
    // A worker that fails, or ends without a listing (its message comes before its end), is replaced by the main thread.
    const fallback = () => done || finish(listDist(dir, skip));
    try {
      const worker = new Worker(new URL('./dist-listing-worker.ts', import.meta.url), { workerData: { dir, skip } });
      worker.once('message', finish);
      worker.once('error', fallback);
      worker.once('exit', fallback);
    } catch {
      fallback();
    }
  });
}
