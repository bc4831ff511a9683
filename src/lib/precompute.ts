import { Worker } from 'node:worker_threads';
import QRCode from 'qrcode';
import { citationData, formatCitations, type CitationInput, type Citations } from './citation.ts';
import { layoutRelationMap, type MapRequest, type RelationMapLayout } from './relation-map.ts';

/**
 * The expensive parts of entry pages: citeproc (about 2 ms an entry), dagre (about 1.5 ms) and
 * the QR code of the permanent link on the handout (about 0.3 ms).
 */
export interface PrecomputeRequest {
  citations: CitationInput[];
  maps: MapRequest[];
  /** Permanent links. */
  qrCodes: string[];
}

interface Precomputed {
  citations: Map<string, Citations>;
  maps: Map<string, RelationMapLayout>;
  qrCodes: Map<string, string>;
}

type Batch = { citations: [string, Citations][]; maps: [string, RelationMapLayout][]; qrCodes: [string, string][] };

const RESULTS = Symbol.for('kennisbank.precomputed');
const shared = globalThis as { [RESULTS]?: Precomputed };

/**
 * Starts formatting every entry's citations and laying out its relation map on a second thread,
 * while Astro syncs content and bundles on the main one. Results arrive in batches; a page uses
 * one if it is there and never waits for it, so a rebuild that renders a few pages is not held
 * up. Used by the build integration only.
 */
export function precompute(request: PrecomputeRequest): void {
  const results: Precomputed = { citations: new Map(), maps: new Map(), qrCodes: new Map() };
  shared[RESULTS] = results;
  const worker = new Worker(new URL('./precompute-worker.ts', import.meta.url), { workerData: request });
  worker.on('message', (batch: Batch) => {
    for (const [key, value] of batch.citations) results.citations.set(key, value);
    for (const [key, value] of batch.maps) results.maps.set(key, value);
    for (const [key, value] of batch.qrCodes) results.qrCodes.set(key, value);
  });
  // Whatever the worker does not deliver, pages compute themselves.
  worker.on('error', () => undefined);
  worker.unref();
}

const BATCH = 250;

/** What the worker runs: every result keyed by the exact input it was made from, sent in batches. */
export async function runPrecompute(request: PrecomputeRequest, send: (batch: Batch) => void): Promise<void> {
  const { citations, maps, qrCodes } = request;
  for (let start = 0; start < Math.max(citations.length, maps.length, qrCodes.length); start += BATCH) {
    send({
      citations: citations
        .slice(start, start + BATCH)
        .map((input) => [JSON.stringify(input), formatCitations(citationData(input))]),
      maps: maps.slice(start, start + BATCH).map((map) => [JSON.stringify(map), layoutMap(map)]),
      qrCodes: await Promise.all(
        qrCodes.slice(start, start + BATCH).map(async (link): Promise<[string, string]> => [link, await qrCode(link)]),
      ),
    });
  }
}

const layoutMap = (map: MapRequest) => layoutRelationMap(map.entries, map.relations, map.currentId);

const qrCode = (link: string) => QRCode.toString(link, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });

/** An entry's citations: precomputed when the input matches exactly, formatted here otherwise. */
export function citationsFor(input: CitationInput): Citations {
  return shared[RESULTS]?.citations.get(JSON.stringify(input)) ?? formatCitations(citationData(input));
}

/** A map's layout: precomputed when the request matches exactly, laid out here otherwise. */
export function layoutFor(map: MapRequest): RelationMapLayout {
  return shared[RESULTS]?.maps.get(JSON.stringify(map)) ?? layoutMap(map);
}

/** The QR code (SVG) of a permanent link: precomputed when there, made here otherwise. */
export function qrCodeFor(link: string): Promise<string> {
  const ready = shared[RESULTS]?.qrCodes.get(link);
  return ready === undefined ? qrCode(link) : Promise.resolve(ready);
}
