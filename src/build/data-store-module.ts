// The content data store read from its file when the pages are rendered, instead of compiled as a module of one huge string.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's module of the content layer's data store, as its Vite plugin resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Astro turns its data store (`data-store.json`, every entry with its rendered text: 42 MB at
 * 10,000 entries) into a module whose source is that JSON as one string literal. Compiling a module
 * that size took 17.6 s of a 10,000-entry rebuild whenever any entry had changed (and in every
 * build on CI, where Astro keeps no compile cache), and the dev server compiled it again after every
 * save. This plugin loads the module first, with code that reads the same file when it runs: the
 * same value, parsed by `JSON.parse` in well under a second. `folder` is where Astro writes the
 * store: its cache folder in a build (which renders its pages on this machine right after writing
 * it), `.astro/` for the dev server (which re-runs the module after every write of the store, as
 * before).
 */
export function dataStoreFromFile(folder: URL, apply: 'build' | 'serve'): Plugin {
  const file = fileURLToPath(new URL('data-store.json', folder));
  return {
    name: 'kennisbank-data-store-from-file',
    apply,
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
