/** The search page state: query and filters to and from the URL (runs in the browser). */
import type { EntryData, Kind } from '../../schemas/kinds.ts';

/** The facets of the search page, in display order; each is a URL parameter and a Pagefind filter. */
export const facetKeys = ['soort', 'thema', 'wet', 'niveau', 'toetsing', 'schade'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** The review facet's value for an entry no one has reviewed yet. */
export const NOT_REVIEWED = 'niet-getoetst';

/** The facet values of one entry (keys, not labels), as indexed by Pagefind. */
export function facetValues(kind: Kind, data: EntryData): Record<FacetKey, string[]> {
  return {
    soort: [kind],
    thema: [...data.themes],
    wet: [...data.laws],
    niveau: [data.level],
    toetsing: data.review.length > 0 ? [...new Set(data.review.map((review) => review.kind))] : [NOT_REVIEWED],
    schade: 'harm' in data ? [...data.harm] : [],
  };
}

/** What the search page shows: a query, chosen facet values, and an order. */
export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: 'relevantie' | 'bijgewerkt';
}

const emptyFilters = (): Record<FacetKey, string[]> =>
  Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as Record<FacetKey, string[]>;

/** Reads the state from a URL's query: `?q=gegevens&thema=gegevensdeling&sorteer=bijgewerkt`. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of facetKeys) filters[key] = [...new Set(params.getAll(key).filter((value) => value !== ''))];
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sorteer') === 'bijgewerkt' ? 'bijgewerkt' : 'relevantie',
  };
}

/** Writes the state back as a query, leaving out what is empty or default. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of facetKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort === 'bijgewerkt') params.set('sorteer', 'bijgewerkt');
  return params;
}

/** The options for Pagefind's search(): values within a facet are alternatives, facets combine. */
export function toPagefindOptions(state: SearchState): {
  filters: Partial<Record<FacetKey, { any: string[] }>>;
  sort?: { updated: 'desc' };
} {
  const filters: Partial<Record<FacetKey, { any: string[] }>> = {};
  for (const key of facetKeys) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  return state.sort === 'bijgewerkt' ? { filters, sort: { updated: 'desc' } } : { filters };
}

/** True when there is nothing to search for yet. */
export const isEmptySearch = (state: SearchState) =>
  !state.q && facetKeys.every((key) => state.filters[key].length === 0);
