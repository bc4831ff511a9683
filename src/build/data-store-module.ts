// A build's content data store read from its file when the pages are rendered, instead of compiled into the page bundle.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's module of the content layer's data store, as its Vite plugin resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * In a build, Astro turns its data store (`data-store.json` in the cache folder, every entry with
 * its rendered text: 42 MB at 10,000 entries) into a module whose source is that JSON as one
 * string literal, bundles it and imports it to render the pages. Compiling a module that size took
 * 17.6 s of a 10,000-entry rebuild whenever any entry had changed (and in every build on CI, where
 * Astro keeps no compile cache). This plugin loads the module first with code that reads the same
 * file when the pages are rendered: the same value, parsed by `JSON.parse` in well under a second.
 * A static build renders its pages on this machine from this cache folder, right after Astro
 * wrote the file, so the file is there. Not used by the dev server, which watches the store.
 */
export function dataStoreFromFile(cacheDir: URL): Plugin {
  const file = fileURLToPath(new URL('data-store.json', cacheDir));
  return {
    name: 'kennisbank-data-store-from-file',
    apply: 'build',
    load: {
      order: 'pre',
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        if (id !== DATA_STORE_MODULE) return null;
        return {
          code:
            `import { existsSync, readFileSync } from 'node:fs';\n` +
            `const file = ${JSON.stringify(file)};\n` +
            `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();\n`,
          map: { mappings: '' },
          // As Astro marks it: content data, not page code, in the incremental build's dependency hash.
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}
