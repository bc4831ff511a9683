import { Worker } from 'node:worker_threads';
import { citationData, formatCitations, type CitationInput, type Citations } from './citation.ts';

const PENDING = Symbol.for('kennisbank.citations');
type Cache = Map<string, Citations>;
const shared = globalThis as { [PENDING]?: Promise<Cache> };

const keyOf = (input: CitationInput) => JSON.stringify(input);

/**
 * Starts formatting the citations of every entry on a second thread, while Astro syncs content
 * and bundles on the main one: citeproc takes about 2 ms per entry, a large share of a build.
 * Pages then pick them up with citationsFor(). Used by the build integration only.
 */
export function precomputeCitations(inputs: readonly CitationInput[]): void {
  const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { workerData: inputs });
  shared[PENDING] = new Promise<Cache>((resolve) => {
    worker.once('message', (formatted: [string, Citations][]) => resolve(new Map(formatted)));
    // Without the worker's results, pages format their citations themselves.
    worker.once('error', () => resolve(new Map()));
    worker.once('exit', () => resolve(new Map()));
  });
}

/** An entry's citations: precomputed when the input matches exactly, formatted here otherwise. */
export async function citationsFor(input: CitationInput): Promise<Citations> {
  const cached = (await shared[PENDING])?.get(keyOf(input));
  return cached ?? formatCitations(citationData(input));
}

/** Formats a batch of citations, keyed by their input; what the worker runs. */
export function formatAll(inputs: readonly CitationInput[]): [string, Citations][] {
  return inputs.map((input) => [keyOf(input), formatCitations(citationData(input))]);
}
