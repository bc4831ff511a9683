import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { sharedContentTree } from '../lib/content-files.ts';
import { findBodyLinks } from '../lib/integrity.ts';
import type { LinkTarget } from '../lib/remark-entry-links.ts';
import { kinds } from '../schemas/kinds.ts';

/**
 * Loads one kind's `.mdx` entries and renders their bodies with the Markdown pipeline during
 * content sync, instead of compiling every file into a JavaScript module as @astrojs/mdx does.
 * That is safe because the integrity check has already rejected everything MDX adds to
 * Markdown (import, export, expressions, components), and it is what makes large corpora
 * build in time: rendered entries stay in Astro's data store, and an entry is parsed and
 * rendered again only when its file or the titles and URLs of the entries it links to change.
 */
export function entryLoader(options: { folder: string; resolve: (id: string) => LinkTarget | undefined }): Loader {
  return {
    name: 'kennisbank-entries',
    async load({ store, parseData, renderMarkdown, generateDigest, config, watcher, logger }) {
      const base = new URL(`./content/${options.folder}/`, config.root);
      // A build has just read every file for the integrity check; the dev server (which
      // watches files) reads them here, as they may have changed since it started.
      const known = new Map(
        watcher
          ? []
          : sharedContentTree(fileURLToPath(new URL('./content/', config.root)))
              .entries.filter((entry) => kinds[entry.kind].folder === options.folder)
              .map((entry) => [`${entry.slug}.mdx`, entry.text]),
      );
      const sync = async () => {
        const files = (await readdir(base)).filter((file) => file.endsWith('.mdx')).sort();
        const ids = new Set<string>();
        for (const file of files) {
          const id = file.slice(0, -'.mdx'.length);
          ids.add(id);
          const fileURL = new URL(file, base);
          const text = known.get(file) ?? (await readFile(fileURL, 'utf8'));
          // Links are looked for in the whole file, so the digest is known before any parsing.
          const links = findBodyLinks(text).map(({ id: target }) => [target, options.resolve(target)]);
          const digest = generateDigest(JSON.stringify([text, links]));
          if (store.get(id)?.digest === digest) continue;
          const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
          const filePath = `content/${options.folder}/${file}`;
          const data = await parseData({ id, data: frontmatter, filePath });
          // No `body`: pages show the rendered text only, and the store stays smaller (like `retainBody: false`).
          store.set({ id, data, filePath, digest, rendered: await renderMarkdown(content, { fileURL }) });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      // The dev server: load the folder again when one of its entries is added, changed or removed
      // (unchanged entries are skipped by their digest).
      const folder = fileURLToPath(base);
      watcher.add(folder);
      const reload = async (changed: string) => {
        if (!changed.startsWith(folder) || !changed.endsWith('.mdx')) return;
        try {
          await sync();
          logger.info(`${changed.slice(folder.length)} opnieuw geladen`);
        } catch (error) {
          logger.error(`${changed.slice(folder.length)} kon niet worden geladen: ${(error as Error).message}`);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (changed) => void reload(changed));
    },
  };
}
