// What the precompute worker runs: the request made from the raw entries, each result reused from the cache file or made, sent in batches.
import { keyOf, makers } from './precomputed.ts';
import { openCache, readCache, type PrecomputeCache } from './precompute-cache.ts';
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

const BATCH = 250;

/**
 * Every result keyed by the input it was made from, taken from the cache when it is there, sent
 * in batches; then the cache is replaced by this build's results.
 */
export async function runPrecompute(
  request: EncodedRequest,
  send: (batch: Result[]) => void,
  cache?: PrecomputeCache,
): Promise<{ computed: number; reused: number }> {
  const earlier = cache ? readCache(cache) : new Map<string, Buffer>();
  // This build's results go to a new cache file as they are made, so the thread holds none of them.
  const next = cache ? openCache(cache) : undefined;
  let computed = 0;
  let total = 0;
  const result = async <T>(key: string, make: () => T | Promise<T>): Promise<Result> => {
    const cached = earlier.get(key)?.toString('utf8');
    const json = cached ?? JSON.stringify(await make());
    if (cached === undefined) computed++;
    total++;
    next?.write(key, json);
    return [key, json];
  };
  const { citations, sources, maps, qrCodes } = request;
  const longest = Math.max(citations.length, sources.length, maps.length, qrCodes.length);
  for (let start = 0; start < longest; start += BATCH) {
    const batch: Result[] = [];
    for (const json of citations.slice(start, start + BATCH)) {
      batch.push(await result(keyOf('c', json), () => makers.c(JSON.parse(json) as CitationInput)));
    }
    for (const json of sources.slice(start, start + BATCH)) {
      batch.push(await result(keyOf('s', json), () => makers.s(JSON.parse(json) as Source)));
    }
    for (const json of maps.slice(start, start + BATCH)) {
      batch.push(await result(keyOf('m', json), () => makers.m(JSON.parse(json) as EntryMapRequest)));
    }
    for (const json of qrCodes.slice(start, start + BATCH)) {
      batch.push(await result(keyOf('q', json), () => makers.q(JSON.parse(json) as string)));
    }
    send(batch);
  }
  next?.close(computed > 0 || total !== earlier.size);
  return { computed, reused: total - computed };
}
