// The site's Astro integration: composes the content gate, the precompute, stale-file pruning and the registry check.
import type { AstroIntegration } from 'astro';
import { checkedContentTree } from './content-gate.ts';
import { startPrecompute } from './precompute.ts';
import { staleFilePruning } from './prune-dist.ts';
import { checkRegistryUrls } from './registry-check.ts';

/**
 * Builds the site from a checked content folder. Before Astro loads any content, the content
 * gate checks the whole tree and fails the build on any problem (./content-gate.ts); a build then
 * starts the precompute of citations, relation maps and QR codes on a second thread
 * (./precompute.ts). After the build, files an earlier build left in `dist/` are removed (the
 * config keeps `dist/` between builds, ./prune-dist.ts), and the build fails when a registered
 * URL is missing (./registry-check.ts). The search index is built after Astro has exited
 * (scripts/build-search-index.ts), so the two never hold their memory at the same time.
 */
export function contentSite(options: { contentDir: string; namesFile: string | undefined }): AstroIntegration {
  const pruning = staleFilePruning();
  return {
    name: 'kennisbank',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const tree = checkedContentTree(options, command, logger);
        if (tree && command === 'build' && config.site)
          startPrecompute(tree, { root: config.root, cacheDir: config.cacheDir, site: config.site });
      },
      'astro:build:start': () => pruning.start(),
      'astro:build:done': ({ dir, assets, logger }) => {
        pruning.prune(dir, assets, logger);
        checkRegistryUrls(options.contentDir, dir);
      },
    },
  };
}
