/** The knowledge base as the pages use it: every collection loaded and sorted once per build (the only caller of getCollection). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { kindNames, type EntryData, type Kind } from '../../schemas/kinds.ts';
import type { Law, Theme } from '../../schemas/vocabulary.ts';
import { isLive, isShown } from '../../schemas/shared.ts';
import { buildGraph, byId, type RelationGraph } from './graph.ts';
import { entryUrl, versionUrl } from './urls.ts';

/** An entry of one kind as the pages use it. */
interface EntryOfKind<K extends Kind> {
  kind: K;
  id: string;
  slug: string;
  url: string;
  data: EntryData<K>;
  source: CollectionEntry<K>;
}

/**
 * An entry as the pages use it: a union on its kind, so that `entry.kind === 'dilemma'` narrows
 * `entry.data` to a dilemma's fields without a cast.
 */
export type Entry<K extends Kind = Kind> = { [P in K]: EntryOfKind<P> }[K];

/** Everything the pages need, loaded and checked once per build. */
export interface KnowledgeBase {
  /** Published and withdrawn entries (concepts are never shown), sorted by ID. */
  entries: Entry[];
  /** Published entries only. */
  published: Entry[];
  /** Concepts, for the dev server's preview only (a build never loads them, see src/build/loaders.ts), sorted by ID. */
  concepts: Entry[];
  byId: Map<string, Entry>;
  graph: RelationGraph<Entry>;
  themes: Map<string, Theme>;
  laws: Map<string, Law>;
  /** Every published version of each shown entry, oldest first (see ./versions in src/build/versions.ts). */
  versions: Map<string, Version[]>;
  /** Groups of words that mean the same (content/synonyms.yaml), in normal form; none without the file. */
  synonyms: string[][];
}

/**
 * A published version of an entry: its page shows `entry` (the entry as it was then, with today's
 * templates); the current version's `entry` is the entry itself.
 */
export interface Version {
  date: string;
  url: string;
  /** Whether this is the entry's current text. */
  current: boolean;
  entry: Entry;
}

let cached: Promise<KnowledgeBase> | undefined;

/** Loads every collection once. Throws if a relation names no shown entry. */
export function loadKnowledgeBase(): Promise<KnowledgeBase> {
  // A failed load is not kept: the dev server may have read the content while an editor was saving.
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(): Promise<KnowledgeBase> {
  const perKind = await Promise.all(
    kindNames.map(async (kind) =>
      (await getCollection(kind)).map(
        (source) =>
          // `kind` runs over every kind here, so TypeScript cannot pair it with its data by itself.
          ({
            kind,
            id: source.data.id,
            slug: source.id,
            url: entryUrl(kind, source.id),
            data: source.data,
            source,
          }) as Entry,
      ),
    ),
  );
  const all = perKind.flat().sort(byId);
  const entries = all.filter((entry) => isShown(entry.data.status));
  const published = entries.filter((entry) => isLive(entry.data.status));
  const graph = buildGraph(published);
  if (graph.dangling.length > 0) {
    const list = graph.dangling.map(({ from, field, to }) => `${from} ${field} → ${to}`).join(', ');
    throw new Error(`Relaties naar items die niet gepubliceerd zijn: ${list}. Draai \`npm run check\`.`);
  }
  const themes = new Map((await getCollection('themes')).map(({ id, data }) => [id, data]));
  const laws = new Map((await getCollection('laws')).map(({ id, data }) => [id, data]));
  const versions = versionsOf(entries, await getCollection('versions'));
  const synonyms = (await getCollection('synonyms')).flatMap(({ data }) => data.groups);
  return {
    entries,
    published,
    concepts: all.filter((entry) => entry.data.status === 'concept'),
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    graph,
    themes,
    laws,
    versions,
    synonyms,
  };
}

/** What the versions collection holds of an earlier version (src/build/versions.ts). */
interface StoredVersion {
  id: string;
  date: string;
  kind: Kind;
  slug: string;
  data: EntryData;
}

/** Each shown entry's versions, oldest first: the earlier ones from the versions collection, then the current one if it is published. */
function versionsOf(entries: readonly Entry[], stored: readonly CollectionEntry<'versions'>[]): Map<string, Version[]> {
  const earlier = Map.groupBy(
    stored.filter((source) => !(source.data as { current?: boolean }).current),
    (source) => (source.data as StoredVersion).id,
  );
  return new Map(
    entries.map((entry) => {
      const past = (earlier.get(entry.id) ?? []).map((source): Version => {
        const { id, date, kind, slug, data } = source.data as StoredVersion;
        // The entry as it was: its kind's data, rendered from the version's own text.
        const then = { kind, id, slug, url: entry.url, data, source } as unknown as Entry;
        return { date, url: versionUrl(id, date), current: false, entry: then };
      });
      const now: Version[] = isLive(entry.data.status)
        ? [{ date: entry.data.updated, url: versionUrl(entry.id, entry.data.updated), current: true, entry }]
        : [];
      const all = [...past.filter((version) => !now.some((it) => it.date === version.date)), ...now];
      return [entry.id, all.sort((a, b) => a.date.localeCompare(b.date))];
    }),
  );
}
