/** The relation graph: which entries point at which, both ways, grouped by relation. */
import type { Kind } from '../../schemas/kinds.ts';
import { relations, type Relation } from '../../schemas/relations.ts';

/** What the graph needs of an entry. */
export interface GraphEntry {
  kind: Kind;
  id: string;
  data: Record<string, unknown>;
}

/** One group of related entries on an entry's page: a relation, which side this entry is on, and the entries. */
export interface RelationGroup<E extends GraphEntry> {
  relation: Relation;
  direction: 'outgoing' | 'incoming';
  entries: E[];
}

/** The kind of the entries in a group: the other end of its relation. */
export function otherKindOf(group: RelationGroup<GraphEntry>): Kind {
  return group.direction === 'outgoing' ? group.relation.to : group.relation.from;
}

/** One resolved relation. */
export interface RelationEdge<E extends GraphEntry> {
  from: E;
  to: E;
  relation: Relation;
}

/** Relations both ways for every entry, resolved once. */
export interface RelationGraph<E extends GraphEntry> {
  /** Groups for one entry: outgoing first, then incoming, in the order of the relations table. */
  groupsOf(id: string): RelationGroup<E>[];
  /** Every resolved relation as an edge from the entry that states it to the entry it names. */
  edges: RelationEdge<E>[];
  /** The edges among the given entries, in the order of `edges`; linear in their relations, not in all edges. */
  edgesAmong(ids: ReadonlySet<string>): RelationEdge<E>[];
  /** Relation targets that name no entry (the integrity check should have caught them). */
  dangling: { from: string; field: string; to: string }[];
}

/** Compares Dutch strings with numbers as numbers; one collator, as `localeCompare` with options builds one per call. */
export const compareNl = new Intl.Collator('nl', { numeric: true }).compare;

/** Orders entries by ID, numbers as numbers (D-9 before D-10). */
export const byId = <E extends { id: string }>(a: E, b: E) => compareNl(a.id, b.id);

/** Builds the relation graph from the entries that are shown on the site. */
export function buildGraph<E extends GraphEntry>(entries: readonly E[]): RelationGraph<E> {
  const index = new Map(entries.map((entry) => [entry.id, entry]));
  const outgoing = new Map<string, Map<Relation, E[]>>();
  const incoming = new Map<string, Map<Relation, E[]>>();
  const dangling: RelationGraph<E>['dangling'] = [];
  const edges: RelationGraph<E>['edges'] = [];
  /** Indexes into `edges` of each entry's outgoing edges. */
  const edgesFrom = new Map<string, number[]>();
  const add = (map: Map<string, Map<Relation, E[]>>, id: string, relation: Relation, entry: E) => {
    const groups = map.get(id) ?? new Map<Relation, E[]>();
    groups.set(relation, [...(groups.get(relation) ?? []), entry]);
    map.set(id, groups);
  };

  for (const entry of entries) {
    for (const relation of relations) {
      if (relation.from !== entry.kind) continue;
      const targets = entry.data[relation.field];
      for (const targetId of Array.isArray(targets) ? (targets as string[]) : []) {
        const target = index.get(targetId);
        if (!target || target.kind !== relation.to) {
          dangling.push({ from: entry.id, field: relation.field, to: targetId });
          continue;
        }
        edgesFrom.set(entry.id, [...(edgesFrom.get(entry.id) ?? []), edges.length]);
        edges.push({ from: entry, to: target, relation });
        add(outgoing, entry.id, relation, target);
        add(incoming, target.id, relation, entry);
      }
    }
  }

  return {
    edges,
    dangling,
    edgesAmong(ids) {
      return [...ids]
        .flatMap((id) => edgesFrom.get(id) ?? [])
        .filter((index) => ids.has((edges[index] as RelationEdge<E>).to.id))
        .sort((a, b) => a - b)
        .map((index) => edges[index] as RelationEdge<E>);
    },
    groupsOf(id) {
      const groups: RelationGroup<E>[] = [];
      for (const relation of relations) {
        const out = outgoing.get(id)?.get(relation);
        if (out) groups.push({ relation, direction: 'outgoing', entries: out });
      }
      for (const relation of relations) {
        const into = incoming.get(id)?.get(relation);
        if (into) {
          groups.push({ relation, direction: 'incoming', entries: [...into].sort(byId) });
        }
      }
      return groups;
    },
  };
}

/** Entries sorted by last update, newest first, then by ID (a stable order). */
export function byLastUpdate<E extends GraphEntry & { data: { updated: string } }>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => b.data.updated.localeCompare(a.data.updated) || compareNl(a.id, b.id));
}
