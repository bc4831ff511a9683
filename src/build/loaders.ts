// The content layer loaders: entries rendered as Markdown and the vocabularies, from the same content tree the check read.
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { sharedContentTree, VOCABULARY_FILES, type ContentTree } from '../lib/content/tree.ts';
import { findBodyLinks, type LinkTarget } from '../markdown/remark-entry-links.ts';
import { z } from 'zod';
import { kindNames, kinds } from '../schemas/kinds.ts';
import { withConceptPlaceholders } from './concept-preview.ts';
import { synonymGroups } from '../lib/search/synonyms.ts';

/**
 * Loads one kind's entries (`.mdx` files whose bodies are Markdown with GFM) and renders their
 * bodies with the Markdown pipeline during content sync; nothing is compiled as MDX into a
 * JavaScript module. The entries come from the same reader as the content check (`readContentTree`: which files
 * exist, how frontmatter is split and how YAML is read), so the check has seen exactly what is
 * published; links, folders with entry names and files the check rejects are never loaded.
 * Rendered entries stay in Astro's data store, and an entry is parsed and rendered again only
 * when its file or the titles and URLs of the entries it links to change.
 *
 * Concepts (`status: concept`) are never loaded by a build, so no page of one can reach `dist/`.
 * The dev server (the only caller that passes a `watcher`) loads them for a preview, with
 * placeholders for what a concept may still lack (./concept-preview.ts); and an entry whose data
 * the schema rejects is left out there instead of stopping the server (./dev-check.ts shows why).
 */
export function entryLoader(options: { folder: string; resolve: (id: string) => LinkTarget | undefined }): Loader {
  return {
    name: 'kennisbank-entries',
    async load({ store, parseData, renderMarkdown, generateDigest, config, watcher, logger }) {
      const contentDir = fileURLToPath(new URL('./content/', config.root));
      const prefix = `content/${options.folder}/`;
      const dev = watcher !== undefined;
      // The schema is part of every entry's digest: a new field or default reaches stored entries too.
      const kind = kindNames.find((name) => kinds[name].folder === options.folder)!;
      const schema = generateDigest(
        JSON.stringify(z.toJSONSchema(kinds[kind].schema, { unrepresentable: 'any', io: 'input' })),
      );
      // A build has just read every file for the integrity check; the dev server (which
      // watches files) reads the tree again, as files may have changed since it started.
      const sync = async (tree: ContentTree) => {
        const ids = new Set<string>();
        const today = new Date().toISOString().slice(0, 10);
        for (const entry of tree.entries) {
          if (kinds[entry.kind].folder !== options.folder) continue;
          const raw = (entry.data ?? {}) as Record<string, unknown>;
          const concept = raw['status'] === 'concept';
          if (concept && !dev) continue;
          const id = entry.slug;
          // Links are looked for in the whole file, so the digest is known before any rendering.
          const links = findBodyLinks(entry.text).map(({ id: target }) => [target, options.resolve(target)]);
          const digest = generateDigest(
            JSON.stringify(concept ? [schema, entry.text, links, today] : [schema, entry.text, links]),
          );
          if (store.get(id)?.digest === digest) {
            ids.add(id);
            continue;
          }
          const input = concept ? withConceptPlaceholders(entry.kind, raw, today) : raw;
          let data: Record<string, unknown>;
          try {
            data = await parseData({ id, data: input, filePath: entry.file });
          } catch (error) {
            // A build only gets here with content the check passed, so this is a bug: stop.
            if (!dev) throw error;
            // The dev server keeps the last good version (pages show the check's report meanwhile).
            if (store.has(id)) ids.add(id);
            else logger.warn(`${entry.file} wordt niet getoond tot \`npm run check\` er geen fouten meer in vindt.`);
            continue;
          }
          ids.add(id);
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
        // Files the reader could not parse are not among the entries: the content check reports them,
        // and the dev server keeps their last good version, so other pages stay whole until the fix.
        if (dev) {
          for (const { file } of tree.unreadable) {
            if (file.startsWith(prefix)) ids.add(file.slice(prefix.length).replace(/\.mdx$/, ''));
          }
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
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

/** A vocabulary as the records of its collection: `[id, data]` pairs. */
type VocabularyRecords = (vocabulary: ContentTree[keyof typeof VOCABULARY_FILES]) => [string, unknown][];

/** One record per key: a theme or a law under its key. */
const perKey: VocabularyRecords = (vocabulary) => Object.entries((vocabulary?.data ?? {}) as Record<string, unknown>);

/**
 * Loads a vocabulary from the content check's reading of it: by default one entry per key (themes,
 * laws). Like Astro's `file()` loader, but with the check's YAML rules (no aliases, no duplicate keys).
 */
export function vocabularyLoader(name: keyof typeof VOCABULARY_FILES, records = perKey): Loader {
  return {
    name: `kennisbank-${name}`,
    async load({ store, parseData, config, watcher, logger }) {
      const contentDir = fileURLToPath(new URL('./content/', config.root));
      const sync = async (tree: ContentTree) => {
        store.clear();
        const vocabulary = tree[name];
        const filePath = vocabulary?.file;
        for (const [id, value] of records(vocabulary)) {
          try {
            const file = filePath === undefined ? {} : { filePath };
            store.set({ id, data: await parseData({ id, data: value as Record<string, unknown>, ...file }), ...file });
          } catch (error) {
            // As with entries: the dev server leaves the key out, and the content check says why.
            if (!watcher) throw error;
          }
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

/**
 * The synonyms vocabulary as one record, `{ groups }` (see `synonymGroups`), empty when the site has
 * no synonyms file, so the collection always exists. An invalid file gives no groups: the content
 * check reports it, and stops the build.
 */
export const synonymRecords: VocabularyRecords = (vocabulary) => {
  let groups: string[][] = [];
  try {
    groups = synonymGroups(vocabulary?.data);
  } catch {
    // Reported by the content check (src/lib/search/synonyms.ts).
  }
  return [['groepen', { groups }]];
};
