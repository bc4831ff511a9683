// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { entryLinkResolver } from './src/build/entry-links.ts';
import { adminSite } from './src/build/admin.ts';
import { cmsHostFromEnv } from './src/build/admin-settings.ts';
import { contentSite } from './src/build/index.ts';
import { siteUrlFor } from './src/build/site-url.ts';
import sitemap from '@astrojs/sitemap';
import { isPermalinkUrl, isVersionUrl } from './src/lib/site/urls.ts';
import { isRedirectHelperUrl } from './src/lib/site/redirects.ts';
import { markdownOptions } from './src/markdown/options.ts';

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));
// The address the site is published at: permanent links and citations are absolute URLs on it.
// Set KENNISBANK_SITE_URL when building for publication (`npm run build -- --publish` refuses a
// missing or local one); otherwise it is where `npm start` serves. See src/build/site-url.ts.
const siteUrl = siteUrlFor(process.env.KENNISBANK_SITE_URL, { publish: process.env.KENNISBANK_PUBLISH === '1' });
if (!siteUrl.ok) throw new Error(siteUrl.message);
const site = siteUrl.url;

export default defineConfig({
  site,
  trailingSlash: 'always',
  markdown: {
    // Entries hold no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) ignores remark plugins; unified() applies remark-gfm.
    // KENNISBANK_MARKDOWN=satteri leaves it out (no [[ID]] links), so `npm run bench` can time the default.
    ...(process.env.KENNISBANK_MARKDOWN === 'satteri'
      ? {}
      : {
          processor: unified(markdownOptions(entryLinkResolver(contentDir))),
        }),
  },
  integrations: [
    // Permanent links forward; version pages are kept for citations, not for finding.
    sitemap({ filter: (page) => !isPermalinkUrl(page) && !isVersionUrl(page) && !isRedirectHelperUrl(page) }),
    contentSite({ contentDir, namesFile: process.env.KENNISBANK_NAMES_FILE }),
    // /admin/ (Decap CMS) only when a repository host is set; see the README, "Redactie in de browser".
    adminSite({ contentDir, host: cmsHostFromEnv(process.env), siteUrl: site }),
  ],
  build: {
    // Pages are rendered one at a time by default, and each waits for its file to be written:
    // a few at once keep the main thread busy while files are written (10,000 entries: see README).
    concurrency: 4,
  },
  experimental: {
    // Pages whose cacheKey (see pageKey in src/build/page-key.ts) is unchanged are not rendered again.
    incrementalBuild: true,
  },
  security: {
    // A strict Content-Security-Policy in every page's <meta>: Astro adds 'self' and the hashes
    // of its own inline scripts and styles; nothing may come from another origin. The search
    // page adds 'wasm-unsafe-eval' for Pagefind itself (src/pages/zoeken.astro).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      // dist/ is kept between builds: unchanged pages stay where they are instead of being copied
      // back from the incremental-build cache; the contentSite integration removes what is stale.
      emptyOutDir: false,
    },
  },
});
