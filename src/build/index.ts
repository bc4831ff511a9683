// The site's Astro integration: composes the content gate, the dev server's check, the precompute and stale-file pruning.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { REDIRECT_FILES_FLAG } from '../lib/site/redirects.ts';
import { checkedContentTree, type ContentOptions } from './content-gate.ts';
import { dataStoreFromFile } from './data-store-module.ts';
import { devContentCheck } from './dev-check.ts';
import { startPrecompute } from './precompute.ts';
import { precomputeUse } from './precomputed.ts';
import { staleFilePruning } from './prune-dist.ts';
import { checkedEntryVersions } from './versions.ts';

/**
 * Builds the site from a checked content folder. Before Astro loads any content, the content
 * gate checks the whole tree and fails the build on any error (./content-gate.ts); a build then
 * starts the precompute of citations, relation maps and QR codes on a second thread
 * (./precompute.ts). The dev server instead checks the content on start and after every change,
 * and shows errors on every page (./dev-check.ts). After the build, files an earlier build left in
 * `dist/` are removed (the config keeps `dist/` between builds, ./prune-dist.ts). After Astro has
 * exited, scripts/after-build.ts writes the forwarding pages (./redirect-pages.ts), fails the build
 * when a registered URL is missing (./registry-check.ts) and builds the search index.
 */
export function contentSite(options: ContentOptions): AstroIntegration {
  const pruning = staleFilePruning();
  let outDir: URL | undefined;
  return {
    name: 'kennisbank',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'dev') {
          // Vitest's Astro set-up (getViteConfig, for the component tests) also runs as `dev`; it serves no pages.
          if (!process.env['VITEST'])
            updateConfig({
              vite: {
                plugins: [
                  devContentCheck(options, logger),
                  dataStoreFromFile(new URL('.astro/', config.root), 'serve'),
                ],
              },
            });
          return;
        }
        // `astro preview` (npm start) answers a path without its trailing slash, such as a typed
        // `/D-007`, with an English 404 page of its own, before the site's 404 page or a folder's
        // index.html. Static hosts send `/D-007` on to `/D-007/` (README); with 'ignore', preview
        // serves `/D-007/index.html` for it, and the site's 404 page for what does not exist.
        if (command === 'preview') updateConfig({ trailingSlash: 'ignore' });
        // The forwarding pages are written after Astro has exited, from one rendered template (src/lib/site/redirects.ts).
        // The pages read the content data store from its file instead of a bundled copy (./data-store-module.ts).
        if (command === 'build')
          updateConfig({
            vite: { define: { [REDIRECT_FILES_FLAG]: 'true' }, plugins: [dataStoreFromFile(config.cacheDir, 'build')] },
          });
        // The check keeps the problems of unchanged files between builds in Astro's cache folder.
        const tree = checkedContentTree(
          options,
          command === 'build' ? fileURLToPath(new URL('kennisbank-check.json', config.cacheDir)) : undefined,
        );
        // Every earlier version of every entry, from git: a shallow clone stops the build here.
        if (command === 'build') checkedEntryVersions(options.contentDir, logger);
        if (command === 'build' && config.site)
          startPrecompute(tree, { root: config.root, cacheDir: config.cacheDir, site: config.site });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        if (outDir) pruning.start(outDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        await pruning.prune(dir, assets, logger);
        const use = precomputeUse();
        if (use && use.found + use.made > 0)
          logger.info(
            `Citaties, relatiekaarten en QR-codes: ${use.found} kant-en-klaar van de tweede thread, ${use.made} door de pagina's zelf gemaakt.`,
          );
      },
    },
  };
}
