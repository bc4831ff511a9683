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
const USE = Symbol.for('kennisbank.precomputed.use');
/** How many values the pages of this build found made by the worker, and how many they made themselves. */
export interface PrecomputeUse {
  found: number;
  made: number;
}
const shared = globalThis as { [RESULTS]?: Map<string, string>; [USE]?: PrecomputeUse };

/**
 * A new, empty place for this build's results (key → value as JSON), where the pages look them
 * up; the pages of a build run in the same process as the integration that fills it.
 */
export function resultsOfThisBuild(): Map<string, string> {
  const results = new Map<string, string>();
  shared[RESULTS] = results;
  shared[USE] = { found: 0, made: 0 };
  return results;
}

/** What the pages of this build found made and made themselves (the worker was behind, or stopped). */
export const precomputeUse = (): PrecomputeUse | undefined => shared[USE];

const precomputed = <T>(key: string): T | undefined => {
  const json = shared[RESULTS]?.get(key);
  const use = shared[USE];
  if (use) use[json === undefined ? 'made' : 'found']++;
  return json === undefined ? undefined : (JSON.parse(json) as T);
};

/** An entry's citations: of the version it is (the entry as it is now, or as it was), or (`latest`) of its permanent link alone. */
export function citationsFor(entry: ShownEntry, site: URL | string, latest = false): Citations {
  const input = citationInputOf(entry, site, latest);
  return precomputed<Citations>(keyOf('c', JSON.stringify(input))) ?? makers.c(input);
}

/** A source as its entry's page cites it (APA 7, Dutch). */
export function sourceCitationFor(source: Source): SourceCitation {
  const json = JSON.stringify(source);
  return precomputed<SourceCitation>(keyOf('s', json)) ?? makers.s(source);
}

/** The layout of an entry's relation map; none when it has no relations. */
export function relationMapFor<E extends ShownEntry>(graph: RelationGraph<E>, entry: E): RelationMapLayout | undefined {
  const request = relationMapRequestOf(graph, entry);
  if (request === undefined) return undefined;
  return precomputed<RelationMapLayout>(keyOf('m', JSON.stringify(request))) ?? makers.m(request);
}

/** The QR code (SVG) of an entry's permanent link. */
export function qrCodeFor(entry: ShownEntry, site: URL | string): Promise<string> {
  const link = qrCodeInputOf(entry, site);
  const ready = precomputed<string>(keyOf('q', JSON.stringify(link)));
  return ready === undefined ? makers.q(link) : Promise.resolve(ready);
}
