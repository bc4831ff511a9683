/**
 * The forwarding pages of a build: every entry's permanent link (`/D-007/`) and each of its former
 * URLs. A build renders one of them, the template, and writes the rest as plain files from it once
 * Astro has exited (src/build/redirect-pages.ts): the same HTML and Content-Security-Policy, without
 * rendering 10,000 near-identical pages. The dev server renders each one itself.
 */
import type { Entry } from './knowledge-base.ts';
import { entryUrl, permalinkUrl } from './urls.ts';

/** One forwarding page: where it is, where it sends the reader and the title it shows. */
export interface RedirectPage {
  /** e.g. `/D-007/` or `/dilemmas/oude-naam/`. */
  path: string;
  /** The entry's current URL. */
  to: string;
  title: string;
}

/** The template page a build renders (at `/<id>/`), with stand-ins for the target URL and title. */
export const REDIRECT_TEMPLATE = {
  id: 'doorsturen-sjabloon',
  to: '/doorsturen-sjabloon-doel/',
  title: 'DOORSTUREN-SJABLOON-TITEL',
} as const;

/**
 * Set by the build (src/build/index.ts) for the pages: whether the forwarding pages are written after
 * Astro (a build) or rendered one by one (the dev server, where `import.meta.env.DEV` cannot tell:
 * under Vitest a build also runs with DEV set). The entry and version pages also make their cache
 * keys (src/build/page-key.ts) only when it is set: the dev server keeps no pages between runs.
 */
export const REDIRECT_FILES_FLAG = 'import.meta.env.KENNISBANK_REDIRECT_FILES';

/** Whether this runs in a build, where REDIRECT_FILES_FLAG is set, rather than in the dev server. */
export const inBuild = (): boolean => import.meta.env.KENNISBANK_REDIRECT_FILES === true;

/** Where a build lists the forwarding pages for the step after Astro (removed by that step). */
export const REDIRECT_LIST = '/doorverwijzingen.json';

/** The title a forwarding page shows for an entry: its ID and title. */
export const redirectTitle = (entry: Entry) => `${entry.id} ${entry.data.title}`;

/** Every forwarding page of these entries: the permanent link of each, and one per former file name. */
export function redirectPages(entries: readonly Entry[]): RedirectPage[] {
  return entries.flatMap((entry) => {
    const page = { to: entry.url, title: redirectTitle(entry) };
    return [
      { path: permalinkUrl(entry.id), ...page },
      ...entry.data.formerSlugs.map((slug) => ({ path: entryUrl(entry.kind, slug), ...page })),
    ];
  });
}

/** Whether a URL (absolute or a path) is one of the build's own helper files, which stay out of the sitemap. */
export function isRedirectHelperUrl(url: string): boolean {
  const path = new URL(url, 'http://localhost/').pathname;
  return path === `/${REDIRECT_TEMPLATE.id}/` || path === REDIRECT_LIST;
}
