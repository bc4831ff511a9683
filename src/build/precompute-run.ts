// What the precompute worker runs: the request made from the raw entries, each result reused from the cache file or made, sent in batches.
import { CLAIM, keyOf, makers } from './precomputed.ts';
import { readCache, type PrecomputeCache } from './precompute-cache.ts';
import { precomputeRequest, shownEntriesOf, type PrecomputeRequest, type UncheckedEntry } from './precompute-inputs.ts';
import type { CitationInput } from '../lib/site/citation.ts';
import type { EntryMapRequest } from '../lib/site/entry-map.ts';
import type { Source } from '../schemas/shared.ts';

/**
 * What a build asks of the worker: the content tree's entries as JSON (kind, slug and raw
 * frontmatter; a string crosses to the thread far faster than objects) and the site's address.
 * The worker validates and relates the entries itself, off the main thread.
 */
export interface PrecomputeJob {
  entries: string;
  site: string;
}

/** The job of a content tree's entries. */
export function precomputeJob(entries: readonly UncheckedEntry[], site: string): PrecomputeJob {
  return { entries: JSON.stringify(entries.map(({ kind, slug, data }) => ({ kind, slug, data }))), site };
}

/** A request with every input as JSON: what the worker holds, a few megabytes of text instead of objects. */
export interface EncodedRequest {
  citations: string[];
  sources: string[];
  maps: string[];
  qrCodes: string[];
}

/** Encodes every input of a request as JSON, the form its keys are made from. */
export function encodeRequest(request: PrecomputeRequest): EncodedRequest {
  return {
    citations: request.citations.map((input) => JSON.stringify(input)),
    sources: request.sources.map((source) => JSON.stringify(source)),
    maps: request.maps.map((map) => JSON.stringify(map)),
    qrCodes: request.qrCodes.map((link) => JSON.stringify(link)),
  };
}

/** The request of a job, encoded; the entries it was made from are left to the garbage collector. */
export function requestOf(job: PrecomputeJob): EncodedRequest {
  const entries = JSON.parse(job.entries) as UncheckedEntry[];
  return encodeRequest(precomputeRequest(shownEntriesOf(entries), job.site));
}

/** One result: its key (kind letter and hash of the input) and its value as JSON. */
export type Result = [key: string, json: string];

/** What the worker posts to the pages' thread: the keys it will deliver, a batch of results, or that it is done. */
export type WorkerMessage =
  | { keys: string[]; claims: SharedArrayBuffer }
  | { batch: Result[] }
  | { done: { computed: number; reused: number; earlier: number } };

/** How many inputs of each kind are computed before a batch is sent. */
const BATCH = 64;

/**
 * Every result keyed by the input it was made from: first all results the cache holds (cheap),
 * then the rest computed from the last page back, while the pages compute what they need from the
 * first page on; an input the pages claimed is skipped. The pages' thread writes the cache
 * (./precompute.ts), as only it has every result.
 */
export async function runPrecompute(
  request: EncodedRequest,
  post: (message: WorkerMessage) => void,
  cache?: PrecomputeCache,
): Promise<{ computed: number; reused: number }> {
  const earlier = cache ? readCache(cache) : new Map<string, Buffer>();
  const earlierSize = earlier.size;
  const kinds = [
    ['c', request.citations, (json: string) => makers.c(JSON.parse(json) as CitationInput)],
    ['s', request.sources, (json: string) => makers.s(JSON.parse(json) as Source)],
    ['m', request.maps, (json: string) => makers.m(JSON.parse(json) as EntryMapRequest)],
    ['q', request.qrCodes, (json: string) => makers.q(JSON.parse(json) as string)],
  ] as const;
  const keys = kinds.flatMap(([kind, inputs]) => inputs.map((json) => keyOf(kind, json)));
  const claims = new Int32Array(new SharedArrayBuffer(4 * keys.length));
  post({ keys, claims: claims.buffer as SharedArrayBuffer });
  let reused = 0;
  let batch: Result[] = [];
  for (const [at, key] of keys.entries()) {
    const cached = earlier.get(key);
    if (cached === undefined || Atomics.compareExchange(claims, at, CLAIM.free, CLAIM.worker) !== CLAIM.free) continue;
    batch.push([key, cached.toString('utf8')]);
    reused++;
    if (batch.length >= 1024) batch = send(post, batch);
  }
  batch = send(post, batch);
  earlier.clear();
  // From the last page back, a few inputs of each kind at a time, as a page needs all four kinds.
  let computed = 0;
  const offsets = kinds.map((_, index) => kinds.slice(0, index).reduce((sum, [, inputs]) => sum + inputs.length, 0));
  const longest = Math.max(...kinds.map(([, inputs]) => inputs.length));
  for (let done = 0; done < longest; done += BATCH) {
    for (const [index, [, inputs, make]] of kinds.entries()) {
      for (let at = inputs.length - 1 - done; at >= Math.max(0, inputs.length - done - BATCH); at--) {
        const slot = offsets[index]! + at;
        if (Atomics.compareExchange(claims, slot, CLAIM.free, CLAIM.worker) !== CLAIM.free) continue;
        batch.push([keys[slot]!, JSON.stringify(await make(inputs[at]!))]);
        computed++;
      }
    }
    batch = send(post, batch);
  }
  post({ done: { computed, reused, earlier: earlierSize } });
  return { computed, reused };
}

/** Sends a batch when it has results; gives the next, empty one. */
function send(post: (message: WorkerMessage) => void, batch: Result[]): Result[] {
  if (batch.length > 0) post({ batch });
  return batch.length > 0 ? [] : batch;
}
