import { Worker } from 'node:worker_threads';
import { citationData, formatCitations, type CitationInput, type Citations } from './citation.ts';
import { layoutRelationMap, type MapRequest, type RelationMapLayout } from './relation-map.ts';

/** The expensive parts of entry pages: citeproc (about 2 ms an entry) and dagre (about 1.5 ms). */
export interface PrecomputeRequest {
  citations: CitationInput[];
  maps: MapRequest[];
}

interface Precomputed {
  citations: Map<string, Citations>;
  maps: Map<string, RelationMapLayout>;
}

const PENDING = Symbol.for('kennisbank.precomputed');
const shared = globalThis as { [PENDING]?: Promise<Precomputed> };
const empty = (): Precomputed => ({ citations: new Map(), maps: new Map() });

/**
 * Starts formatting every entry's citations and laying out its relation map on a second thread,
 * while Astro syncs content and bundles on the main one; pages pick the results up with
 * citationsFor() and layoutFor(). Used by the build integration only.
 */
export function precompute(request: PrecomputeRequest): void {
  const worker = new Worker(new URL('./precompute-worker.ts', import.meta.url), { workerData: request });
  shared[PENDING] = new Promise<Precomputed>((resolve) => {
    worker.once('message', (result: { citations: [string, Citations][]; maps: [string, RelationMapLayout][] }) =>
      resolve({ citations: new Map(result.citations), maps: new Map(result.maps) }),
    );
    // Without the worker's results, pages do the work themselves.
    worker.once('error', () => resolve(empty()));
    worker.once('exit', () => resolve(empty()));
  });
}

/** What the worker runs: every result keyed by the exact input it was made from. */
export function runPrecompute(request: PrecomputeRequest) {
  return {
    citations: request.citations.map((input) => [JSON.stringify(input), formatCitations(citationData(input))] as const),
    maps: request.maps.map((map) => [JSON.stringify(map), layoutMap(map)] as const),
  };
}

const layoutMap = (map: MapRequest) => layoutRelationMap(map.entries, map.relations, map.currentId);

/** An entry's citations: precomputed when the input matches exactly, formatted here otherwise. */
export async function citationsFor(input: CitationInput): Promise<Citations> {
  const cached = (await shared[PENDING])?.citations.get(JSON.stringify(input));
  return cached ?? formatCitations(citationData(input));
}

/** A map's layout: precomputed when the request matches exactly, laid out here otherwise. */
export async function layoutFor(map: MapRequest): Promise<RelationMapLayout> {
  const cached = (await shared[PENDING])?.maps.get(JSON.stringify(map));
  return cached ?? layoutMap(map);
}
