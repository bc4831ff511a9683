/**
 * The last step of a build (scripts/build.ts): Pagefind indexes the entry pages that
 * scripts/after-build.ts staged, into dist/pagefind; then the index files it no longer uses are
 * removed. A step of its own, so that only Pagefind holds memory while it runs. `--dist` (default
 * dist/). Exit 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexStagedPages, SEARCH_STAGING } from '../src/build/search-bundle.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });

try {
  const started = performance.now();
  const pages = await indexStagedPages(path.resolve(values.dist), path.resolve(SEARCH_STAGING));
  const indexed = Object.entries(pages).map(([lang, count]) => `${count} (${lang})`);
  console.log(`Zoekindex: ${indexed.join(', ')} pagina's, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`De zoekindex kon niet worden gemaakt: ${(error as Error).message}`);
  process.exit(1);
}
