/**
 * Runs one search of the search page against Pagefind: an entry ID goes straight to its entry, a
 * query in ordinary words drops its function words, tries shorter word forms when it finds almost
 * nothing, and falls back to the best partial matches rather than coming back empty (browser).
 */
import { idQuery, idSearchTerm, rankPartial, shorterForms } from '../search/query.ts';
import { queryWords } from '../search/text.ts';
import { isEmptySearch, toPagefindOptions, type SearchState } from './search.ts';

/** What Pagefind gives for one result once its fragment is loaded (the fields the page uses). */
export interface ResultData {
  url: string;
  /** The indexed prose, words separated by spaces. */
  content: string;
  /** Positions in `content` of the words that matched. */
  locations: number[];
  meta: Record<string, string>;
}

/** One result of Pagefind's search(). */
export interface EngineResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/** The part of Pagefind's JavaScript API the search page uses. */
export interface SearchEngine {
  search: (
    term: string | null,
    options: object,
  ) => Promise<{ results: EngineResult[]; filters: Record<string, Record<string, number>> } | null>;
}

/** A result to show: the page, and the query words it was not found by (a partial match). */
export interface Shown {
  result: EngineResult;
  missing: string[];
}

/** What one search found. */
export type Outcome =
  | { kind: 'empty' }
  /** The query is an entry ID, and this is its entry. */
  | { kind: 'direct'; id: string; shown: Shown[]; words: string[] }
  /** Results with every word (`partial` false), or the best with some of them (`partial` true). */
  | {
      kind: 'results';
      shown: Shown[];
      partial: boolean;
      words: string[];
      counts: Record<string, Record<string, number>> | undefined;
    };

/** Fewer results than this, and the search also tries shorter forms of the words. */
const FEW = 3;

/** The most used word of the site that starts with a word, if any (from the word list behind "Bedoelde je …?"). */
export type Completion = (word: string) => Promise<string | undefined>;

/**
 * The search of the page's state: what to show, in order. Null when Pagefind gave no answer.
 * `complete` finishes a word being typed when it finds nothing on its own: Pagefind's Dutch stemmer
 * reads a beginning like `gesp` or `gege` as a form with the prefix ge-, so it finds no `gesprek`.
 */
export async function runSearch(
  engine: SearchEngine,
  state: SearchState,
  complete: Completion = async () => undefined,
): Promise<Outcome | null> {
  if (isEmptySearch(state)) return { kind: 'empty' };
  const options = toPagefindOptions(state);
  if (!state.q) {
    const all = await engine.search(null, options);
    return all && { kind: 'results', shown: all.results.map(whole), partial: false, words: [], counts: all.filters };
  }

  const id = idQuery(state.q);
  if (id) {
    const found = await engine.search(idSearchTerm(id), options);
    for (const result of found?.results.slice(0, 5) ?? []) {
      if ((await result.data()).meta['id'] === id) return { kind: 'direct', id, shown: [whole(result)], words: [] };
    }
    // An ID that no published entry has: nothing else the query could mean.
    return { kind: 'results', shown: [], partial: false, words: [], counts: found?.filters };
  }

  const words = queryWords(state.q);
  const main = await engine.search(words.join(' '), options);
  if (!main) return null;
  const shown = main.results.map(whole);
  if (shown.length < FEW) {
    const shorter = words.map((word) => shorterForms(word).at(-1) ?? word);
    if (shorter.join(' ') !== words.join(' ')) {
      const seen = new Set(shown.map(({ result }) => result.id));
      const more = await engine.search(shorter.join(' '), options);
      for (const result of more?.results ?? []) if (!seen.has(result.id)) shown.push(whole(result));
    }
  }
  const last = words.at(-1) ?? '';
  const completed = shown.length === 0 ? await complete(last) : undefined;
  if (completed && completed !== last) {
    const finished = await engine.search([...words.slice(0, -1), completed].join(' '), options);
    shown.push(...(finished?.results ?? []).map(whole));
  }
  if (shown.length > 0 || words.length < 2) {
    return { kind: 'results', shown, partial: false, words, counts: main.filters };
  }

  // No page has every word: rank the pages by how many of the words they have.
  const perWord = await Promise.all(words.map((word) => engine.search(word, options)));
  const results = new Map(perWord.flatMap((search) => search?.results ?? []).map((result) => [result.id, result]));
  const ranked = rankPartial(
    words,
    perWord.map((search) => search?.results ?? []),
  );
  return {
    kind: 'results',
    shown: ranked.map((hit) => ({ result: results.get(hit.id)!, missing: hit.missing })),
    partial: true,
    words,
    counts: undefined,
  };
}

const whole = (result: EngineResult): Shown => ({ result, missing: [] });

/**
 * Wraps an async step so that only the newest call's result is shown: an older search that finishes
 * after a newer one is dropped, never shown over it. `show` is synchronous, so nothing can start in
 * between the check and the change on the page.
 */
export function newestOnly<T>(show: (value: T) => void) {
  let latest = 0;
  /** Runs `task`, which may ask whether it is still the newest; resolves to whether its value was shown. */
  return async (task: (isCurrent: () => boolean) => Promise<T>): Promise<boolean> => {
    const token = ++latest;
    const isCurrent = () => token === latest;
    const value = await task(isCurrent);
    if (!isCurrent()) return false;
    show(value);
    return true;
  };
}
