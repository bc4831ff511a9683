/**
 * Builds the Pagefind search index of a built site (`--dist`, default dist/): the second step of
 * scripts/build.ts, run after `astro build` has exited. Exit 1 on any Pagefind error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/build/search-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
try {
  console.log(await buildSearchIndex(path.resolve(values.dist)));
} catch (error) {
  console.error(`De zoekindex kon niet worden gemaakt: ${(error as Error).message}`);
  process.exit(1);
}
