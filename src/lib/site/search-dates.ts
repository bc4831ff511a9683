/**
 * Results of a search index in several parts, in date order (browser). Pagefind sorts by a page's
 * position within one index, so its own sort cannot order results merged from several; the build
 * writes a table of dates for them (src/build/search-dates.ts) and this sorts by it.
 */
import type { EngineResult, SearchEngine } from './search-runner.ts';

/** The build's table: fragment names (what a result is called before its fragment is loaded) by the date their entry was last updated. */
export type DateTable = Record<string, string[]>;

/** The date of each fragment name in a table. */
export function datesOf(table: DateTable): Map<string, string> {
  const dates = new Map<string, string>();
  for (const [date, names] of Object.entries(table)) for (const name of names) dates.set(name, date);
  return dates;
}

/**
 * The results newest first. Results of the same date keep their order (relevance); a result with
 * no date is left out, as Pagefind's own sort leaves out a page without the sort's value.
 */
export function newestFirst<T extends Pick<EngineResult, 'id'>>(
  results: readonly T[],
  dates: Map<string, string>,
): T[] {
  return results
    .filter((result) => dates.has(result.id))
    .map((result, at) => ({ result, at, date: dates.get(result.id)! }))
    .sort((a, b) => (a.date === b.date ? a.at - b.at : a.date < b.date ? 1 : -1))
    .map(({ result }) => result);
}

/**
 * An engine that answers a search sorted by date (`sort: { updated: 'desc' }`) with the same search
 * unsorted, put in date order by the table; other searches go to `engine` as they are. The table is
 * loaded the first time it is needed.
 */
export function sortingByDate(engine: SearchEngine, table: () => Promise<Map<string, string>>): SearchEngine {
  return {
    search: async (term, options) => {
      const { sort, ...unsorted } = options as { sort?: { updated?: string } };
      if (sort?.updated !== 'desc') return engine.search(term, options);
      const [found, dates] = await Promise.all([engine.search(term, unsorted), table()]);
      return found && { ...found, results: newestFirst(found.results, dates) };
    },
  };
}
