// Starts the precompute of a build: every entry page's citations, relation map and QR code, on a second thread; writes its cache when the build is done.
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { ContentTree } from '../lib/content/tree.ts';
import { precomputeCacheOf, writeCache, type PrecomputeCache } from './precompute-cache.ts';
import { precomputeJob, type PrecomputeJob, type WorkerMessage } from './precompute-run.ts';
import { startBuildResults, type BuildResults } from './precomputed.ts';

/** The worker's counts when it is done; undefined when it stopped before. */
type Done = Extract<WorkerMessage, { done: unknown }>['done'] | undefined;

/** This build's precompute: its worker, its results and its cache file, until the build is done. */
let running: { worker: Worker; state: BuildResults; done: Promise<Done>; cache?: PrecomputeCache } | undefined;

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
 * and never waits for it: it computes the result itself and claims it, so the worker skips it. The
 * worker starts at the last page and the pages at the first, so they meet instead of making the
 * same results. With a cache file, results of an earlier build with the same input and code are
 * reused and only new inputs are computed.
 */
export function precompute(job: PrecomputeJob, cache?: PrecomputeCache): void {
  const state = startBuildResults();
  // V8 lets a thread's heap grow far beyond what it holds (at 10,000 entries: 780 MB for 145 MB
  // live, as dagre makes much garbage); a limit well above what it holds makes it collect sooner.
  // Were it ever too small, the worker stops and pages compute what it did not deliver.
  const inputMegabytes = job.entries.length / 2 ** 20;
  const worker = new Worker(new URL('./precompute-worker.ts', import.meta.url), {
    workerData: { job, cache },
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(256 + 8 * inputMegabytes) },
  });
  const done = new Promise<Done>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      const finished = receive(state, message);
      if (finished) resolve(finished);
    });
    // Whatever the worker does not deliver, pages compute themselves.
    worker.on('error', () => resolve(undefined));
    worker.on('exit', () => resolve(undefined));
  });
  worker.unref();
  running = { worker, state, done, ...(cache && { cache }) };
}

/**
 * Once the pages are written: waits for the worker (it only has left what no page claimed) and
 * keeps this build's results in the cache file for the next build, unless they are the cache's
 * own. A worker that stopped early leaves the earlier cache as it was.
 */
export async function finishPrecompute(logger: AstroIntegrationLogger): Promise<void> {
  const current = running;
  running = undefined;
  if (!current) return;
  current.worker.ref();
  const done = await current.done;
  await current.worker.terminate();
  if (!done)
    return logger.warn('De tweede thread (citaties, kaarten, QR-codes) stopte vroeg; de pagina’s maakten de rest.');
  logger.info(
    `Citaties, kaarten en QR-codes: ${done.reused} uit de cache, ${done.computed} gemaakt op de tweede thread, ${current.state.madeHere} door de pagina’s.`,
  );
  if (current.cache) keepResults(current.cache, current.state, done);
}

/** Takes in a message of the worker; gives its counts when it says it is done. */
export function receive(state: BuildResults, message: WorkerMessage): Done {
  if ('batch' in message) for (const [key, json] of message.batch) state.results.set(key, json);
  else if ('keys' in message) {
    state.keys = message.keys;
    message.keys.forEach((key, slot) => state.slots.set(key, slot));
    state.claims = new Int32Array(message.claims);
  } else return message.done;
  return undefined;
}

/**
 * Replaces the cache file with the results of this build's keys, made by the worker or the pages;
 * leaves it when every result came from it and it holds no others.
 */
export function keepResults(cache: PrecomputeCache, state: BuildResults, done: NonNullable<Done>): void {
  if (done.computed + state.madeHere === 0 && done.reused === state.keys.length && done.earlier === done.reused) return;
  writeCache(
    cache,
    state.keys.flatMap((key) => {
      const json = state.results.get(key);
      return json === undefined ? [] : [[key, json] as const];
    }),
  );
}
