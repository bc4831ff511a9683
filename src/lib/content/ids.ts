/** Entry IDs across the tree: which entry holds which ID, and the next free ID of each kind. */
import { kindNames, kindOfId, kinds, type Kind } from '../../schemas/kinds.ts';
import { ID_PATTERN } from '../../schemas/shared.ts';
import { isRecord, type ContentTree, type RawEntry } from './tree.ts';

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
}

/** Indexes the IDs of every entry in the tree. */
export function indexIds(tree: ContentTree): IdIndex {
  const byId = new Map<string, Known[]>();
  for (const entry of tree.entries) {
    const data = isRecord(entry.data) ? entry.data : {};
    const id = data['id'];
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) continue;
    const withdrawal = isRecord(data['withdrawal']) ? data['withdrawal'] : {};
    const replacedBy = typeof withdrawal['replacedBy'] === 'string' ? withdrawal['replacedBy'] : undefined;
    byId.set(id, [...(byId.get(id) ?? []), { entry, id, status: data['status'], replacedBy }]);
  }
  const ids = [...byId.keys()];
  return {
    byId,
    idsOfKind: (kind) => ids.filter((id) => kindOfId(id) === kind).sort(),
    nextIds: Object.fromEntries(kindNames.map((kind) => [kind, nextFreeId(kind, ids)])) as Record<Kind, string>,
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

