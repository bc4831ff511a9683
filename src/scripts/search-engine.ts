/**
 * Pagefind for the search page (browser): the first part of the index, the other parts merged into
 * it, and results of several parts sorted by date. The build names the parts in the page's head
 * (src/build/search-bundle.ts: `link[data-search-bundle]`, each with its index's hash).
 */
import { datesOf, sortingByDate, type DateTable } from '../lib/site/search-dates.ts';
import type { SearchEngine } from '../lib/site/search-runner.ts';

/** The search engine the page uses: searches, and the counts of every filter. */
export interface Engine extends SearchEngine {
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface Pagefind extends Engine {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

const PAGEFIND = '/pagefind/pagefind.js';

/** Loads Pagefind with these ranking options for every part. */
export async function loadSearchEngine(ranking: object): Promise<Engine> {
  const module = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
  const parts = [...document.querySelectorAll<HTMLLinkElement>('link[data-search-bundle]')].map((link) => ({
    bundle: link.dataset['searchBundle'] ?? '',
    // The index's hash, which Pagefind adds to its entry file's URL (metaCacheTag): the preloaded file is used, and a new index is never mistaken for an old one.
    tag: link.dataset['searchIndex'] ? { metaCacheTag: link.dataset['searchIndex'] } : {},
  }));
  const [first, ...others] = parts;
  // On the page's own thread: no worker script to fetch and start, and the WebAssembly preloaded by the page is used.
  await module.options({ noWorker: true, ranking, ...first?.tag });
  await Promise.all(others.map(({ bundle, tag }) => module.mergeIndex(bundle, { ranking, ...tag })));
  const engine: Engine = { search: (term, options) => module.search(term, options), filters: () => module.filters() };
  const datesUrl = document.querySelector<HTMLLinkElement>('link[data-search-dates]')?.dataset['searchDates'];
  if (others.length === 0 || !datesUrl) return engine;
  let dates: Promise<Map<string, string>> | undefined;
  const table = () =>
    (dates ??= fetch(datesUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${datesUrl}: ${response.status}`);
        return response.json() as Promise<DateTable>;
      })
      .then(datesOf));
  return { ...sortingByDate(engine, table), filters: engine.filters };
}
