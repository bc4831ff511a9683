/** Every URL scheme of the site in one place: entries, permanent links, themes, search. Browser-safe. */
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { ID_PATTERN } from '../../schemas/shared.ts';

/** The canonical URL of an entry, e.g. `/dilemmas/gegevens-delen/`. */
export function entryUrl(kind: Kind, slug: string): string {
  return `/${kinds[kind].section}/${slug}/`;
}

/** The index of a kind, by ID or by last update, e.g. `/dilemmas/bijgewerkt/`. */
export function kindIndexUrl(kind: Kind, sort: 'id' | 'updated' = 'id'): string {
  return `/${kinds[kind].section}/${sort === 'updated' ? 'bijgewerkt/' : ''}`;
}

/** The permanent link of an entry, e.g. `/D-007/`; absolute when `site` is given. */
export function permalinkUrl(id: string, site?: URL | string): string {
  const path = `/${id}/`;
  return site === undefined ? path : new URL(path, site).href;
}

/** The page of one version of an entry, named by its `updated` date, e.g. `/D-007/versies/2026-11-28/`. */
export function versionUrl(id: string, date: string, site?: URL | string): string {
  const path = `/${id}/versies/${date}/`;
  return site === undefined ? path : new URL(path, site).href;
}

/** Whether a URL (absolute or a path) is a version page, which stays out of the sitemap and the search index. */
export function isVersionUrl(url: string): boolean {
  return /^\/[PDAB]-\d+\/versies\/\d{4}-\d{2}-\d{2}\/$/.test(new URL(url, 'http://localhost/').pathname);
}

/** Whether a URL (absolute or a path) is an entry's permanent link, which forwards and stays out of the sitemap. */
export function isPermalinkUrl(url: string): boolean {
  const path = new URL(url, 'http://localhost/').pathname;
  return path.endsWith('/') && ID_PATTERN.test(path.slice(1, -1));
}

/** A theme page, e.g. `/themas/gegevensdeling/`, optionally at the section of one kind. */
export function themeUrl(key: string, section?: string): string {
  return `/themas/${key}/${section ? `#${section}` : ''}`;
}

/** The search page. */
export const SEARCH_URL = '/zoeken/';

/** The search page filtered by kind or theme, e.g. `/zoeken/?thema=wonen`. */
export function searchUrl(filter: { soort?: string; thema?: string } = {}): string {
  const query = new URLSearchParams(Object.entries(filter).filter((pair): pair is [string, string] => !!pair[1]));
  return query.size > 0 ? `${SEARCH_URL}?${query}` : SEARCH_URL;
}

/** The contribution form, with a kind chosen when given, e.g. `/bijdragen/?soort=dilemma`. */
export function contributeUrl(kind?: Kind): string {
  return kind ? `/bijdragen/?soort=${kind}` : '/bijdragen/';
}
