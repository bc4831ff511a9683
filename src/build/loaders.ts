// The content layer loaders: entries rendered as Markdown and the vocabularies, from the same content tree the check read.
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { sharedContentTree, VOCABULARY_FILES, type ContentTree } from '../lib/content/tree.ts';
import { findBodyLinks, type LinkTarget } from '../markdown/remark-entry-links.ts';
import { kinds } from '../schemas/kinds.ts';

/**
 * Loads one kind's entries (`.mdx` files whose bodies are Markdown with GFM) and renders their
 * bodies with the Markdown pipeline during content sync; nothing is compiled as MDX into a
 * JavaScript module. The entries come from the same reader as the content check (`readContentTree`: which files
 * exist, how frontmatter is split and how YAML is read), so the check has seen exactly what is
 * published; links, folders with entry names and files the check rejects are never loaded.
 * Rendered entries stay in Astro's data store, and an entry is parsed and rendered again only
 * when its file or the titles and URLs of the entries it links to change.
 */
export function entryLoader(options: { folder: string; resolve: (id: string) => LinkTarget | undefined }): Loader {
  return {
    name: 'kennisbank-entries',
    async load({ store, parseData, renderMarkdown, generateDigest, config, watcher, logger }) {
      const contentDir = fileURLToPath(new URL('./content/', config.root));
      const prefix = `content/${options.folder}/`;
      // A build has just read every file for the integrity check; the dev server (which
      // watches files) reads the tree again, as files may have changed since it started.
      const sync = async (tree: ContentTree) => {
        const ids = new Set<string>();
        for (const entry of tree.entries) {
          if (kinds[entry.kind].folder !== options.folder) continue;
          const id = entry.slug;
          ids.add(id);
          // Links are looked for in the whole file, so the digest is known before any rendering.
          const links = findBodyLinks(entry.text).map(({ id: target }) => [target, options.resolve(target)]);
          const digest = generateDigest(JSON.stringify([entry.text, links]));
          if (store.get(id)?.digest === digest) continue;
          const data = await parseData({ id, data: entry.data as Record<string, unknown>, filePath: entry.file });
          const fileURL = new URL(entry.file, config.root);
          // No `body`: pages show the rendered text only, and the store stays smaller (like `retainBody: false`).
          store.set({
            id,
            data,
            filePath: entry.file,
            digest,
            rendered: await renderMarkdown(entry.body, { fileURL }),
          });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { file, reason } of tree.rejected) if (file.startsWith(prefix)) logger.error(`${file} ${reason}.`);
        for (const { file, error } of tree.unreadable) if (file.startsWith(prefix)) logger.error(`${file}: ${error}.`);
      };
      await sync(sharedContentTree(contentDir));
      if (!watcher) return;
      // The dev server: load the folder again when one of its entries is added, changed or removed
      // (unchanged entries are skipped by their digest).
      const folder = fileURLToPath(new URL(prefix, config.root));
      watcher.add(folder);
      const reload = async (changed: string) => {
        if (!changed.startsWith(folder) || !changed.endsWith('.mdx')) return;
        try {
          await sync(sharedContentTree(contentDir, true));
          logger.info(`${changed.slice(folder.length)} opnieuw geladen`);
        } catch (error) {
          logger.error(`${changed.slice(folder.length)} kon niet worden geladen: ${(error as Error).message}`);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (changed) => void reload(changed));
    },
  };
}

/**
 * Loads a vocabulary (themes or laws) from the content check's reading of it: one entry per key.
 * Like Astro's `file()` loader, but with the check's YAML rules (no aliases, no duplicate keys).
 */
export function vocabularyLoader(name: keyof typeof VOCABULARY_FILES): Loader {
  return {
    name: `kennisbank-${name}`,
    async load({ store, parseData, config, watcher, logger }) {
      const contentDir = fileURLToPath(new URL('./content/', config.root));
      const sync = async (tree: ContentTree) => {
        store.clear();
        const vocabulary = tree[name];
        if (!vocabulary) return;
        const { file: filePath } = vocabulary;
        for (const [id, value] of Object.entries((vocabulary.data ?? {}) as Record<string, Record<string, unknown>>)) {
          store.set({ id, data: await parseData({ id, data: value, filePath }), filePath });
        }
      };
      await sync(sharedContentTree(contentDir));
      if (!watcher) return;
      const vocabularyFile = `${contentDir}${VOCABULARY_FILES[name]}`;
      watcher.add(vocabularyFile);
      watcher.on('change', (changed) => {
        if (changed !== vocabularyFile) return;
        sync(sharedContentTree(contentDir, true)).then(
          () => logger.info(`${VOCABULARY_FILES[name]} opnieuw geladen`),
          (error: unknown) =>
            logger.error(`${VOCABULARY_FILES[name]} kon niet worden geladen: ${(error as Error).message}`),
        );
      });
    },
  };
}
