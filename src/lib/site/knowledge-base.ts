/** The knowledge base as the pages use it: every collection loaded and sorted once per build (the only caller of getCollection). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { kindNames, type EntryData, type Kind } from '../../schemas/kinds.ts';
import type { Law, Theme } from '../../schemas/vocabulary.ts';
import { isLive, isShown } from '../../schemas/shared.ts';
import { buildGraph, byId, type RelationGraph } from './graph.ts';
import { entryUrl } from './urls.ts';

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
  return {
    entries,
    published,
    concepts: all.filter((entry) => entry.data.status === 'concept'),
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    graph,
    themes,
    laws,
  };
}
