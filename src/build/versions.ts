// Earlier versions of entries for the build: read from git once per build, refused from a shallow clone, loaded as a collection.
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader } from 'astro/loaders';
import { readEntryVersions, type EntryVersion, type EntryVersions } from '../lib/content/versions.ts';
import { problemTypes } from '../lib/content/problems.ts';
import { sharedContentTree } from '../lib/content/tree.ts';
import { findBodyLinks, type LinkTarget } from '../markdown/remark-entry-links.ts';
import { kinds } from '../schemas/kinds.ts';
import { isShown } from '../schemas/shared.ts';

const VERSIONS = Symbol.for('kennisbank.entryVersions');
const shared = ((globalThis as { [VERSIONS]?: Map<string, EntryVersions> })[VERSIONS] ??= new Map());

/** The versions of the content folder's entries, read once per build (`fresh` reads them again). */
export function sharedEntryVersions(contentDir: string, fresh = false): EntryVersions {
  const cached = shared.get(contentDir);
  if (cached && !fresh) return cached;
  const versions = readEntryVersions(contentDir, sharedContentTree(contentDir));
  shared.set(contentDir, versions);
  return versions;
}

/**
 * Reads the versions at the start of a build: refuses a shallow clone, and says when there is no
 * history (no git, or content git does not track, such as a copied folder): then each entry has
 * only its current version, and the registry check fails if an earlier one was ever published.
 */
export function checkedEntryVersions(contentDir: string, logger: AstroIntegrationLogger): EntryVersions {
  // Read by the content gate (./content-gate.ts), which also reports a shallow clone with the other problems.
  const versions = sharedEntryVersions(contentDir);
  if (versions.source === 'shallow') throw new Error(problemTypes['shallow-history']());
  if (versions.source === 'none') {
    logger.info(
      'Geen git-geschiedenis van content/ gevonden (geen git, of een gekopieerde map): alleen de huidige versie van elk item krijgt een versiepagina, en eerdere versies uit het register worden niet gecontroleerd. Bouw voor publicatie vanuit een volledige git clone.',
    );
  }
  return versions;
}

/** The collection entry ID of an earlier version, e.g. `D-007/2026-11-28`. */
export const versionKey = (version: { id: string; date: string }) => `${version.id}/${version.date}`;

/** Why an earlier version cannot be shown with today's schema, in Dutch, with the fix. */
function versionError(version: EntryVersion, issues: string): Error {
  return new Error(
    `${version.id}, versie ${version.date} (commit ${version.commit.slice(0, 10)}, ${kinds[version.kind].folder}/${version.slug}.mdx) past niet meer in het schema van vandaag: ${issues}. Eerdere versies blijven gepubliceerd en worden niet aangepast: geef het nieuwe veld in src/schemas/ een standaardwaarde of maak het optioneel, zodat ook oude versies het kunnen missen.`,
  );
}

/**
 * Loads every version of the shown entries: the current one as a name only (its text is the entry
 * itself), each earlier one with its frontmatter validated by today's schema and its body rendered
 * with today's Markdown pipeline.
 * As with entries (./loaders.ts), a version is rendered again only when its text or the titles
 * and URLs of the entries it links to change: an unchanged version is never rendered twice.
 */
export function versionLoader(options: { resolve: (id: string) => LinkTarget | undefined }): Loader {
  return {
    name: 'kennisbank-versions',
    async load({ store, renderMarkdown, generateDigest, config }) {
      const contentDir = fileURLToPath(new URL('./content/', config.root));
      const tree = sharedContentTree(contentDir);
      const current = new Map(
        tree.entries.flatMap((entry) => {
          const data = (entry.data ?? {}) as Record<string, unknown>;
          return isShown(data['status']) && typeof data['id'] === 'string' ? [[data['id'], data] as const] : [];
        }),
      );
      const keys = new Set<string>();
      for (const [id, versions] of sharedEntryVersions(contentDir).byId) {
        const now = current.get(id);
        if (!now) continue;
        for (const version of versions) {
          const key = versionKey(version);
          keys.add(key);
          // The current version is the entry itself (its page and text come from its own collection): listed only.
          if (!version.commit) {
            store.set({ id: key, data: { id, date: version.date, current: true } });
            continue;
          }
          const links = findBodyLinks(version.text).map(({ id: target }) => [target, options.resolve(target)]);
          const digest = generateDigest(JSON.stringify([version.kind, version.text, links]));
          if (store.get(key)?.digest === digest) continue;
          const schema = kinds[version.kind].schema;
          let parsed = schema.safeParse(version.data);
          // A field added since keeps the current value, so an old version is shown with today's pages.
          if (!parsed.success) parsed = schema.safeParse({ ...now, ...version.data });
          if (!parsed.success)
            throw versionError(version, parsed.error.issues.map((issue) => issue.message).join('; '));
          store.set({
            id: key,
            data: {
              id,
              date: version.date,
              kind: version.kind,
              slug: version.slug,
              commit: version.commit,
              data: parsed.data,
            },
            digest,
            rendered: await renderMarkdown(version.body, {
              fileURL: new URL(`./content/${kinds[version.kind].folder}/${version.slug}.mdx`, config.root),
            }),
          });
        }
      }
      for (const key of store.keys()) if (!keys.has(key)) store.delete(key);
    },
  };
}
