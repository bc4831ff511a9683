/**
 * What a build does once `astro build` has exited (the second step of scripts/build.ts): writes the
 * forwarding pages (permanent links, former URLs) from the template Astro rendered, then checks that
 * every registered URL resolves; meanwhile stages the entry pages for the search index, which
 * scripts/search-index.ts makes next. `--dist` (default dist/), `--content` (default content/).
 * Exit 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeRedirectPages } from '../src/build/redirect-pages.ts';
import { checkRegistryUrls } from '../src/build/registry-check.ts';
import { SEARCH_STAGING } from '../src/build/search-bundle.ts';
import { stageSearchPages } from '../src/build/search-index.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' } },
});
const dist = path.resolve(values.dist);

async function redirects(): Promise<string> {
  const started = performance.now();
  const { written, unchanged } = await writeRedirectPages(
    dist,
    path.resolve('node_modules/.astro/kennisbank-redirects.json'),
  );
  checkRegistryUrls(path.resolve(values.content), dist);
  return (
    `Doorverwijzingen: ${written} geschreven, ${unchanged} ongewijzigd, ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s.`
  );
}

try {
  // The search index reads only entry pages, so it need not wait for the forwarding pages.
  const started = performance.now();
  const [search, forwards] = await Promise.all([
    stageSearchPages(dist, {
      contentDir: path.resolve(values.content),
      partsCache: path.resolve('node_modules/.astro/kennisbank-compound-parts.json'),
      staging: path.resolve(SEARCH_STAGING),
    }).catch((error: unknown) => {
      throw new Error(`De zoekindex kon niet worden gemaakt: ${(error as Error).message}`);
    }),
    redirects(),
  ]);
  console.log(forwards);
  console.log(
    `Zoekpagina's: ${search.staged} klaargezet voor de zoekindex in ${search.shards === 1 ? '1 deel' : `${search.shards} delen`} ` +
      `(${search.read} van ${search.pages} opnieuw gelezen), ${search.terms} extra zoekwoorden ` +
      `(delen van samenstellingen, synoniemen), ${search.words} woorden voor suggesties, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
