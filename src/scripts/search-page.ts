/** The search page in the browser: runs Pagefind as the reader types, shows results and filters, keeps them in the URL. */
import { markTerms } from '../lib/site/search-excerpt.ts';
import { loadSearchEngine, type Engine } from './search-engine.ts';
import { complete, resultItem, suggest } from './search-parts.ts';
import { newestOnly, runSearch, type Outcome, type Shown } from '../lib/site/search-runner.ts';
import {
  facetKeys,
  parseSearchParams,
  showsFacet,
  toSearchParams,
  type FacetKey,
  type SearchState,
} from '../lib/site/search.ts';

interface Strings {
  kinds: Record<string, string>;
  prompt: string;
  loading: string;
  resultOne: string;
  resultMany: string;
  noResults: string;
  noResultsWithFilters: string;
  partial: string;
  missing: string;
  shorterWord: string;
  direct: string;
  didYouMean: string;
  removeFilter: string;
  error: string;
}

const PAGE_SIZE = 10;
/** How much more a match counts in each metadata field than in the prose (Pagefind's metaWeights; the prose counts 1). */
const META_WEIGHTS = { title: 6, aliases: 4, summary: 1, facts: 1, terms: 0.8, id: 2, kind: 0 };
/** A search still running after this long says so; a faster one never shows "Bezig met zoeken…". */
const SHOW_LOADING_AFTER_MS = 400;

const element = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const json = <T>(selector: string) => JSON.parse(element(selector).textContent ?? 'null') as T;

/** Wires the search page: form ↔ URL ↔ Pagefind, with facet counts and results. */
export function startSearchPage() {
  const form = element<HTMLFormElement>('#search-form');
  const input = element<HTMLInputElement>('#zoekterm');
  const order = element<HTMLSelectElement>('#sorteer');
  const status = element('#search-status');
  const list = element<HTMLOListElement>('#search-results');
  const more = element<HTMLButtonElement>('#search-more');
  const chips = element<HTMLUListElement>('[data-active-filters] ul');
  const clear = element<HTMLButtonElement>('[data-clear-filters]');
  const activeCount = element('[data-active-count]');
  const filterPanel = element<HTMLDetailsElement>('details.filters');
  const help = element('[data-no-results]');
  const suggestion = element('[data-did-you-mean]');
  const strings = json<Strings>('#search-strings');
  const synonyms = json<string[][]>('#search-synonyms');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
  for (const part of document.querySelectorAll<HTMLElement>('[data-search-app]')) part.hidden = false;

  const pagefind = loadSearchEngine({ metaWeights: META_WEIGHTS });
  // Facet counts need every filter loaded; that costs a download, so only once the reader opens the filters or uses one.
  let filtersLoaded: Promise<unknown> | undefined;
  const loadFilters = () => (filtersLoaded ??= pagefind.then((engine) => engine.filters()));

  /** What the page shows now: the results not yet on it, the words to mark, and an entry ID's page. */
  let current: { pending: Shown[]; terms: string[]; direct?: { q: string; url: string } } = { pending: [], terms: [] };

  const readForm = (): SearchState =>
    parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    order.value = state.sort === 'bijgewerkt' ? 'bijgewerkt' : '';
    for (const box of checkboxes) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  };

  /** The counts of the search on the page, once the filters are loaded. */
  let counts: Record<string, Record<string, number>> | undefined;
  /** Shows only the facets that fit the chosen kinds and have a result for the search (see showsFacet). */
  const showFacets = () => {
    const { filters } = readForm();
    for (const facet of facets) facet.hidden = !showsFacet(facet.dataset['facet'] as FacetKey, filters, counts);
  };

  const showChips = () => {
    chips.replaceChildren();
    const active = checkboxes.filter((box) => box.checked);
    for (const box of active) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.textContent = `${box.dataset['label'] ?? box.value} ✕`;
      button.setAttribute('aria-label', strings.removeFilter.replace('{label}', box.dataset['label'] ?? box.value));
      button.addEventListener('click', () => {
        box.checked = false;
        void update('push');
        input.focus();
      });
      item.append(button);
      chips.append(item);
    }
    clear.hidden = active.length === 0;
    activeCount.textContent = active.length > 0 ? `(${active.length})` : '';
    showFacets();
  };

  const showCounts = () => {
    for (const count of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [key = '', value = ''] = (count.dataset['count'] ?? '').split(/:(.*)/);
      count.textContent = counts?.[key] ? `(${counts[key][value] ?? 0})` : '';
    }
    showFacets();
  };

  const renderResult = (shown: Shown, terms: string[], words: string[] = []) =>
    resultItem(shown, terms, words, strings);

  interface View {
    /** The query these results are for, and the whole search as in the URL; the list carries both as `data-query` and `data-search` (tests and the benchmark wait for them). */
    query: string;
    search: string;
    /** What the status line says once the results are on the page. */
    message: string;
    items: HTMLLIElement[];
    /** No result at all, so the page offers the themes. */
    nothing: boolean;
    counts: Record<string, Record<string, number>> | undefined;
    suggestion: string | undefined;
    current: typeof current;
  }
  const show = newestOnly((view: View) => {
    current = view.current;
    list.replaceChildren(...view.items);
    list.dataset['query'] = view.query;
    list.dataset['search'] = view.search;
    more.hidden = current.pending.length === 0;
    counts = view.counts;
    showCounts();
    help.hidden = !view.nothing;
    suggestion.hidden = !view.suggestion;
    const link = suggestion.querySelector('a')!;
    link.textContent = view.suggestion ?? '';
    link.href = view.suggestion ? `?${new URLSearchParams({ q: view.suggestion }).toString()}` : '';
    // Announced once the results are on the page.
    status.textContent = view.message;
  });

  /** What the status line says about an outcome with `count` results. */
  const message = (outcome: Outcome, count: number, shorter: string | undefined, query: string) => {
    const filtered = checkboxes.some((box) => box.checked);
    if (outcome.kind === 'empty') return strings.prompt;
    if (outcome.kind === 'direct') return strings.direct.replace('{id}', outcome.id);
    if (count === 0) return filtered ? strings.noResultsWithFilters : strings.noResults;
    const total = count === 1 ? strings.resultOne : strings.resultMany.replace('{n}', String(count));
    if (shorter) return `${strings.shorterWord.replace('{query}', query).replace('{word}', shorter)} ${total}`;
    return outcome.partial ? `${strings.partial} ${total}` : total;
  };

  /** Searches, renders the first results off the page, and says what the page should show. */
  const find = async (engine: Engine, state: SearchState, isCurrent: () => boolean): Promise<View> => {
    // Pagefind counts only the filters it has loaded: once they are asked for, the search waits for all of them.
    if (filtersLoaded) await filtersLoaded;
    const outcome = await runSearch(engine, state, complete);
    if (!outcome || !isCurrent()) throw new Stale();
    const counts = filtersLoaded
      ? await filtersLoaded.then(() =>
          outcome.kind === 'results' ? outcome.counts : outcome.kind === 'empty' ? engine.filters() : undefined,
        )
      : undefined;
    let shown = outcome.kind === 'empty' ? [] : outcome.shown;
    const words = outcome.kind === 'results' ? outcome.words : [];
    const terms = markTerms(words, synonyms);
    let rendered = await Promise.all(shown.slice(0, PAGE_SIZE).map((one) => renderResult(one, terms, words)));
    if (!isCurrent()) throw new Stale();
    // Found only by a much shorter word than the one typed (`schuldhlup` by `schuld`): a partial answer at best.
    const beginnings = rendered.map((one) => one.shorter);
    let shorter = beginnings.length > 0 && beginnings.every(Boolean) ? beginnings.sort()[0] : undefined;
    if (shorter && shorter.length < 4) [shown, rendered, shorter] = [[], [], undefined];
    const direct = outcome.kind === 'direct' && rendered[0] ? { q: state.q, url: rendered[0].url } : undefined;
    const few = outcome.kind === 'results' && state.q !== '' && (shown.length < 3 || shorter !== undefined);
    return {
      query: state.q,
      search: toSearchParams(state).toString(),
      message: message(outcome, shown.length, shorter, state.q),
      items: rendered.map(({ item }) => item),
      nothing: outcome.kind === 'results' && shown.length === 0 && !checkboxes.some((box) => box.checked),
      counts,
      suggestion: few && isCurrent() ? await suggest(state.q) : undefined,
      current: { pending: shown.slice(PAGE_SIZE), terms, ...(direct ? { direct } : {}) },
    };
  };

  // One search at a time: typing while one runs only marks that the newest query must run next, so
  // searches for letters already overtaken never queue up in front of it.
  let searching = false;
  let again = false;

  /** Follows the form: the URL at once (`history` says how), then the search for what the form says. */
  const update = async (history: 'push' | 'replace' | 'none', onLoad = false) => {
    const state = readForm();
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    showChips();
    if (facetKeys.some((key) => state.filters[key].length > 0)) void loadFilters();
    if (searching) {
      again = true;
      return;
    }
    searching = true;
    const slow = setTimeout(() => (status.textContent = strings.loading), SHOW_LOADING_AFTER_MS);
    try {
      for (let first = true; first || again; first = false) {
        again = false;
        const current = readForm();
        try {
          await show(async (isCurrent) => {
            // A search the reader has typed past is not shown: the loop runs the newest one next.
            const view = await find(await pagefind, current, () => isCurrent() && !again);
            // An entry ID typed elsewhere (the search box in the header) goes straight to its entry.
            if (view.current.direct && onLoad && first && !again) location.replace(view.current.direct.url);
            return view;
          });
        } catch (error) {
          if (!(error instanceof Stale)) throw error;
        }
      }
    } catch (error) {
      console.error(error);
      status.textContent = strings.error;
    } finally {
      searching = false;
      clearTimeout(slow);
    }
  };

  more.addEventListener('click', async () => {
    const { pending, terms } = current;
    const next = pending.splice(0, PAGE_SIZE);
    list.append(...(await Promise.all(next.map((one) => renderResult(one, terms)))).map(({ item }) => item));
    more.hidden = pending.length === 0;
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) void update('replace');
  });
  form.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('input[type="search"]')) void update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // An entry ID goes straight to its entry.
    if (current.direct && current.direct.q === input.value.trim()) location.assign(current.direct.url);
    else void update('push');
  });
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open && !filtersLoaded) void loadFilters().then(() => update('none'));
  });
  clear.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    void update('push');
  });
  window.addEventListener('popstate', () => {
    writeForm(parseSearchParams(new URLSearchParams(location.search)));
    void update('none');
  });

  writeForm(parseSearchParams(new URLSearchParams(location.search)));
  void update('replace', true);
}

/** Thrown inside a search that a newer one has overtaken. */
class Stale extends Error {}
