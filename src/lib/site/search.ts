/** The search page state: query and filters to and from the URL (runs in the browser). */
import type { EntryData, Kind } from '../../schemas/kinds.ts';

/** The facets of the search page, in display order; each is a URL parameter and a Pagefind filter. */
export const facetKeys = ['soort', 'thema', 'wet', 'niveau', 'toetsing', 'schade', 'gericht', 'stand'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** The facets that fit only some kinds: what a practice does with harm, and whom a proposal addresses and how far it is. */
export const FACET_KINDS: Partial<Record<FacetKey, readonly Kind[]>> = {
  schade: ['practice'],
  gericht: ['proposal'],
  stand: ['proposal'],
};

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
    gericht: 'addressedTo' in data ? [...new Set(data.addressedTo)] : [],
    stand: 'proposalStatus' in data ? [data.proposalStatus] : [],
  };
}

/**
 * Whether the search page shows a facet: not when the chosen kinds are all kinds it does not fit
 * (no "Wat het doet met schade" for proposals), and not when every count for the current search is
 * 0 (`counts` as Pagefind gives them; unknown counts hide nothing). A facet in use always stays, so
 * its choice can be seen and undone.
 */
export function showsFacet(
  key: FacetKey,
  filters: SearchState['filters'],
  counts?: Record<string, Record<string, number>>,
): boolean {
  if (filters[key].length > 0) return true;
  const kinds = FACET_KINDS[key];
  if (kinds && filters.soort.length > 0 && !filters.soort.some((kind) => (kinds as readonly string[]).includes(kind))) {
    return false;
  }
  // Pagefind counts only the filters it has loaded: a facet it has no counts for is unknown, not empty.
  const facetCounts = counts?.[key];
  return !facetCounts || Object.values(facetCounts).some((count) => count > 0);
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
