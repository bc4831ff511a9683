/** The search page in the browser: runs Pagefind, shows results and filters, keeps them in the URL. */
import {
  facetKeys,
  isEmptySearch,
  parseSearchParams,
  toPagefindOptions,
  toSearchParams,
  type SearchState,
} from '../lib/site/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Strings {
  kinds: Record<string, string>;
  prompt: string;
  loading: string;
  resultOne: string;
  resultMany: string;
  noResults: string;
  noResultsWithFilters: string;
  removeFilter: string;
  error: string;
}

const PAGE_SIZE = 20;
const PAGEFIND = '/pagefind/pagefind.js';

/**
 * Pagefind's excerpt (HTML: the page text escaped, with <mark> around matches) as nodes: only
 * its text and its marks, whatever else it might hold. A <template> parses without running anything.
 */
const excerptNodes = (html: string): Node[] => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text.parentElement?.closest('mark')) {
      const mark = document.createElement('mark');
      mark.textContent = text.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(text.textContent ?? ''));
  }
  return nodes;
};

/** Wires the search page: form ↔ URL ↔ Pagefind, with facet counts and results. */
export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#zoekterm')!;
  const order = form.querySelector<HTMLSelectElement>('#sorteer')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const chips = document.querySelector<HTMLUListElement>('[data-active-filters] ul')!;
  const clear = document.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const activeCount = document.querySelector<HTMLElement>('[data-active-count]')!;
  const strings = JSON.parse(document.querySelector('#search-strings')!.textContent ?? '{}') as Strings;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  for (const element of document.querySelectorAll<HTMLElement>('[data-search-app]')) element.hidden = false;

  const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ PAGEFIND).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    // Load every filter once: Pagefind only counts the filters it has loaded so far.
    await module.filters();
    return module;
  });
  let latest = 0;
  let pending: PagefindSearch['results'] = [];

  const readForm = (): SearchState =>
    parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    order.value = state.sort === 'bijgewerkt' ? 'bijgewerkt' : '';
    for (const box of checkboxes)
      box.checked = state.filters[box.name as (typeof facetKeys)[number]]?.includes(box.value) ?? false;
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
  };

  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const element of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [key = '', value = ''] = (element.dataset['count'] ?? '').split(/:(.*)/);
      element.textContent = `(${counts[key]?.[value] ?? 0})`;
    }
  };

  const renderResult = async (result: PagefindSearch['results'][number]) => {
    const data = await result.data();
    const item = document.createElement('li');
    item.className = 'result';
    const kind = data.meta['kind'] ?? '';
    const badge = document.createElement('span');
    badge.className = `badge badge-${kind}`;
    badge.innerHTML = '<span class="badge-kind"></span> <span class="entry-id"></span>';
    badge.querySelector('.badge-kind')!.textContent = strings.kinds[kind] ?? '';
    badge.querySelector('.entry-id')!.textContent = data.meta['id'] ?? '';
    const title = document.createElement('h2');
    title.className = 'result-title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    title.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(badge, title, excerpt);
    return item;
  };

  const showMore = async (token: number) => {
    const next = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(next.map(renderResult));
    if (token !== latest) return;
    list.append(...items);
    more.hidden = pending.length === 0;
  };

  /** Runs the search for what the form says now; `history` says how the URL follows. */
  const update = async (history: 'push' | 'replace' | 'none') => {
    const state = readForm();
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    showChips();
    const token = ++latest;
    try {
      const engine = await pagefind;
      if (isEmptySearch(state)) {
        const counts = await engine.filters();
        if (token !== latest) return;
        showCounts(counts);
        list.replaceChildren();
        pending = [];
        more.hidden = true;
        status.textContent = strings.prompt;
        return;
      }
      status.textContent = strings.loading;
      const search = await engine.search(state.q || null, toPagefindOptions(state));
      if (!search || token !== latest) return;
      showCounts(search.filters);
      list.replaceChildren();
      pending = [...search.results];
      const count = pending.length;
      const filtered = checkboxes.some((box) => box.checked);
      await showMore(token);
      if (token !== latest) return;
      // Announced after the first results are on the page.
      status.textContent =
        count === 0
          ? filtered
            ? strings.noResultsWithFilters
            : strings.noResults
          : count === 1
            ? strings.resultOne
            : strings.resultMany.replace('{n}', String(count));
    } catch (error) {
      console.error(error);
      if (token === latest) status.textContent = strings.error;
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) {
      clearTimeout(typing);
      typing = setTimeout(() => void update('replace'), 200);
    }
  });
  form.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('input[type="search"]')) void update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void update('push');
  });
  clear.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    void update('push');
  });
  more.addEventListener('click', () => void showMore(latest));
  window.addEventListener('popstate', () => {
    writeForm(parseSearchParams(new URLSearchParams(location.search)));
    void update('none');
  });

  writeForm(parseSearchParams(new URLSearchParams(location.search)));
  void update('replace');
}
