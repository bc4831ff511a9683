/**
 * The last step of a build (scripts/build.ts): Pagefind indexes each part of the entry pages that
 * scripts/after-build.ts staged and that changed since the last build, into dist/pagefind; then the
 * index files it no longer uses are removed. A step of its own, so that only Pagefind holds memory while it runs. `--dist` (default
 * dist/). Exit 1 on any error.
 */
import { constants } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexStagedPages, SEARCH_STAGING } from '../src/build/search-bundle.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
// A signal that stops this step (scripts/build.ts passes its own on) also stops Pagefind, which would go on writing otherwise.
const stopping = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping.abort();
    process.exit(128 + constants.signals[signal]);
  });
}

try {
  const started = performance.now();
  const { pages, shards, indexed } = await indexStagedPages(
    path.resolve(values.dist),
    path.resolve(SEARCH_STAGING),
    stopping.signal,
  );
  const counts = Object.entries(pages).map(([lang, count]) => `${count} (${lang})`);
  const unchanged = shards - indexed;
  const parts =
    shards === 1
      ? `in 1 deel, ${indexed === 1 ? 'opnieuw geïndexeerd' : 'niet veranderd'}`
      : indexed === 0
        ? `in ${shards} delen, geen ervan opnieuw geïndexeerd (niet veranderd)`
        : `in ${shards} delen, waarvan ${indexed} opnieuw geïndexeerd` +
          (unchanged > 0
            ? ` (${unchanged === 1 ? 'het andere was' : `de andere ${unchanged} waren`} niet veranderd)`
            : '');
  console.log(
    `Zoekindex: ${counts.join(', ')} pagina's ${parts}, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`De zoekindex kon niet worden gemaakt: ${(error as Error).message}`);
  process.exit(1);
}
