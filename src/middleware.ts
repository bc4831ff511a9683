/** Places every page's Content-Security-Policy first in <head> (see src/lib/site/html-safety.ts). */
import { defineMiddleware } from 'astro:middleware';
import { withCspFirst } from './lib/site/html-safety.ts';

/**
 * Puts every page's Content-Security-Policy first in `<head>`, right after the charset: Astro 7
 * writes its CSP `<meta>` at the end of `<head>` and has no option to place it, and a policy only
 * covers what follows it. Runs for every prerendered page; a page without exactly one CSP fails
 * the build. `astro dev` writes no CSP. The code is in src/lib/site/html-safety.ts, which both
 * layouts import, so incremental builds render pages again when it changes.
 */
export const onRequest = defineMiddleware(async (context, next) =>
  withCspFirst(await next(), context.url.pathname, !import.meta.env.DEV),
);
