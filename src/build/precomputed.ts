// What entry pages call for their citations, relation map and QR code: precomputed when there, made here otherwise.
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { citationData, formatCitations, type CitationInput, type Citations } from '../lib/site/citation.ts';
import { sourceCitation, type SourceCitation } from '../lib/site/source-citation.ts';
import type { RelationGraph } from '../lib/site/graph.ts';
import { layoutEntryMap, type EntryMapRequest } from '../lib/site/entry-map.ts';
import type { RelationMapLayout } from '../lib/site/relation-map.ts';
import type { Source } from '../schemas/shared.ts';
import { citationInputOf, qrCodeInputOf, relationMapRequestOf, type ShownEntry } from './precompute-inputs.ts';

/** How each precomputed value is made from its input, by the letter its keys start with. */
export const makers = {
  c: (input: CitationInput): Citations => formatCitations(citationData(input)),
  s: (source: Source): SourceCitation => sourceCitation(source),
  m: (map: EntryMapRequest): RelationMapLayout => layoutEntryMap(map),
  q: (link: string): Promise<string> => QRCode.toString(link, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
};

/** The key of one input (as JSON): `c`, `s`, `m` or `q` for citations, sources, maps and QR codes, and a hash of the input. */
export const keyOf = (kind: keyof typeof makers, json: string) =>
  kind + createHash('sha256').update(json).digest('base64url').slice(0, 24);

const RESULTS = Symbol.for('kennisbank.precomputed');

/** This build's results and who computes which: shared by the integration (./precompute.ts) and the pages. */
export interface BuildResults {
  /** Key → value as JSON: what the worker delivered and what the pages computed. */
  results: Map<string, string>;
  /** The keys the worker will deliver, in the order of `claims`. */
  keys: string[];
  slots: Map<string, number>;
  /** Who computes each key (CLAIM in ./precompute-run.ts); none until the worker has sent its keys. */
  claims?: Int32Array;
  /** How many of the worker's keys the pages computed themselves. */
  madeHere: number;
}

const shared = globalThis as { [RESULTS]?: BuildResults };

/**
 * A new, empty place for this build's results (key → value as JSON), where the pages look them
 * up; the pages of a build run in the same process as the integration that fills it.
 */
export function resultsOfThisBuild(): Map<string, string> {
  return startBuildResults().results;
}

/** Starts this build's results; see `resultsOfThisBuild`. */
export function startBuildResults(): BuildResults {
  const state: BuildResults = { results: new Map(), keys: [], slots: new Map(), madeHere: 0 };
  shared[RESULTS] = state;
  return state;
}

/**
 * Who computes an input, one Int32 per key in the order of `keys`: nobody yet, the worker, or the
 * pages' thread, which computes what it needs before the worker got to it. Whoever claims an input
 * first computes it, so no result is made twice.
 */
export const CLAIM = { free: 0, worker: 1, main: 2 } as const;

/**
 * The value of a key: this build's result when there is one, else made here and kept for the next
 * page that needs it. A key the worker has not claimed yet is claimed first, so it does not compute it as well.
 */
function precomputed<T>(key: string, make: () => T): T {
  const state = shared[RESULTS];
  const json = state?.results.get(key);
  if (json !== undefined) return JSON.parse(json) as T;
  const slot = state?.slots.get(key);
  if (state?.claims && slot !== undefined) {
    Atomics.compareExchange(state.claims, slot, CLAIM.free, CLAIM.main);
    state.madeHere++;
  }
  const value = make();
  if (value instanceof Promise) void value.then((made: unknown) => state?.results.set(key, JSON.stringify(made)));
  else state?.results.set(key, JSON.stringify(value));
  return value;
}

/** An entry's citations: of the version it is (the entry as it is now, or as it was), or (`latest`) of its permanent link alone. */
export function citationsFor(entry: ShownEntry, site: URL | string, latest = false): Citations {
  const input = citationInputOf(entry, site, latest);
  return precomputed(keyOf('c', JSON.stringify(input)), () => makers.c(input));
}

/** A source as its entry's page cites it (APA 7, Dutch). */
export function sourceCitationFor(source: Source): SourceCitation {
  const json = JSON.stringify(source);
  return precomputed(keyOf('s', json), () => makers.s(source));
}

/** The layout of an entry's relation map; none when it has no relations. */
export function relationMapFor<E extends ShownEntry>(graph: RelationGraph<E>, entry: E): RelationMapLayout | undefined {
  const request = relationMapRequestOf(graph, entry);
  if (request === undefined) return undefined;
  return precomputed(keyOf('m', JSON.stringify(request)), () => makers.m(request));
}

/** The QR code (SVG) of an entry's permanent link. */
export function qrCodeFor(entry: ShownEntry, site: URL | string): Promise<string> {
  const link = qrCodeInputOf(entry, site);
  return Promise.resolve(precomputed<string | Promise<string>>(keyOf('q', JSON.stringify(link)), () => makers.q(link)));
}
