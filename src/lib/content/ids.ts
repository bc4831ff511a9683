/** Entry IDs across the tree: which entry holds which ID, and the next free ID of each kind. */
import { kindNames, kindOfId, kinds, type Kind } from '../../schemas/kinds.ts';
import { ID_PATTERN } from '../../schemas/shared.ts';
import { isRecord, STRANDED_ID, type ContentTree, type RawEntry } from './tree.ts';

/** An entry with a well-formed ID, and what other checks need to know about it. */
export interface Known {
  entry: RawEntry;
  id: string;
  status: unknown;
  replacedBy: string | undefined;
}

/** Every well-formed ID in the tree with the entries that use it. */
export interface IdIndex {
  byId: Map<string, Known[]>;
  /** The IDs of one kind, sorted. */
  idsOfKind: (kind: Kind) => string[];
  /** The next free ID per kind, for messages that propose one. */
  nextIds: Record<Kind, string>;
  /** IDs written in files that could not be loaded, with that file (see `ContentTree.stranded`). */
  stranded: ReadonlyMap<string, string>;
}

/** Indexes the IDs of every entry in the tree. */
export function indexIds(tree: ContentTree): IdIndex {
  const byId = new Map<string, Known[]>();
  const stranded = new Map(tree.stranded);
  for (const entry of tree.entries) {
    if (!isRecord(entry.data)) {
      // Frontmatter that is not a block of fields (a list, a text): its ID is stranded like a broken file's.
      const id = STRANDED_ID.exec(entry.text)?.[1];
      if (id && !stranded.has(id)) stranded.set(id, entry.file);
      continue;
    }
    const data = entry.data;
    const id = data['id'];
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) continue;
    const withdrawal = isRecord(data['withdrawal']) ? data['withdrawal'] : {};
    const replacedBy = typeof withdrawal['replacedBy'] === 'string' ? withdrawal['replacedBy'] : undefined;
    byId.set(id, [...(byId.get(id) ?? []), { entry, id, status: data['status'], replacedBy }]);
  }
  // IDs in files that could not be loaded and in the registry are taken too: never proposed again.
  const registered = isRecord(tree.registry?.data) ? Object.keys(tree.registry.data) : [];
  const ids = [...byId.keys()];
  const taken = [...ids, ...stranded.keys(), ...registered];
  return {
    byId,
    stranded,
    idsOfKind: (kind) => ids.filter((id) => kindOfId(id) === kind).sort(),
    nextIds: Object.fromEntries(kindNames.map((kind) => [kind, nextFreeId(kind, taken)])) as Record<Kind, string>,
  };
}

/** The next unused ID of a kind: one above the highest number in use. */
export function nextFreeId(kind: Kind, ids: Iterable<string>): string {
  const prefix = kinds[kind].prefix;
  let highest = 0;
  for (const id of ids) {
    if (ID_PATTERN.test(id) && id.startsWith(`${prefix}-`)) highest = Math.max(highest, Number(id.slice(2)));
  }
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}

