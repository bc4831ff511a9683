// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { entryLinkResolver, kennisbank } from './src/integrations/kennisbank.ts';
import { remarkEntryLinks } from './src/lib/remark-entry-links.ts';
import { siteConfig } from './src/site.config.ts';

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins; unified() applies remark-gfm.
    processor: unified({ gfm: true, remarkPlugins: [[remarkEntryLinks, { resolve: entryLinkResolver(contentDir) }]] }),
  },
  integrations: [mdx(), kennisbank({ contentDir })],
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive, which the bundler
        // warns about (https://github.com/withastro/astro/issues/18087). Drop exactly that warning.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
