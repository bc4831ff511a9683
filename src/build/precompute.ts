// Starts the precompute of a build: every entry page's citations, relation map and QR code, on a second thread.
import { Worker } from 'node:worker_threads';
import type { ContentTree } from '../lib/content/tree.ts';
import { precomputeCacheOf, type PrecomputeCache } from './precompute-cache.ts';
import { precomputeJob, type PrecomputeJob, type Result } from './precompute-run.ts';
import { resultsOfThisBuild } from './precomputed.ts';

/**
 * Starts the precompute for the checked content of a build, with its cache file in Astro's cache
 * folder: while Astro syncs content and bundles on the main thread, a second thread validates the
 * entries as the collections will, then formats every entry's citations, lays out its relation map
 * and draws its QR code.
 */
export function startPrecompute(tree: ContentTree, config: { root: URL; cacheDir: URL; site: string }): void {
  precompute(precomputeJob(tree.entries, config.site), precomputeCacheOf(config));
}

/**
 * Runs a job on a second thread. Results arrive in batches as JSON; a page uses one if it is there
 * and never waits for it, so a rebuild that renders a few pages is not held up. With a cache file,
 * results of an earlier build with the same input and code are reused and only new inputs are computed.
 */
export function precompute(job: PrecomputeJob, cache?: PrecomputeCache): void {
  const results = resultsOfThisBuild();
  // V8 lets a thread's heap grow far beyond what it holds (at 10,000 entries: 780 MB for 145 MB
  // live, as dagre makes much garbage); a limit well above what it holds makes it collect sooner.
  // Were it ever too small, the worker stops and pages compute what it did not deliver.
  const inputMegabytes = job.entries.length / 2 ** 20;
  const worker = new Worker(new URL('./precompute-worker.ts', import.meta.url), {
    workerData: { job, cache },
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(256 + 8 * inputMegabytes) },
  });
  worker.on('message', (batch: Result[]) => {
    for (const [key, json] of batch) results.set(key, json);
  });
  // Whatever the worker does not deliver, pages compute themselves.
  worker.on('error', () => undefined);
  worker.unref();
}
