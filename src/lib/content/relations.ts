/** Relation checks: relation fields, [[ID]] links in bodies and replacements point at entries that exist, of the right kind, and are shown. */
import { findBodyLinks } from '../../markdown/remark-entry-links.ts';
import { kindOfId, type Kind } from '../../schemas/kinds.ts';
import { relations } from '../../schemas/relations.ts';
import { ID_PATTERN, isLive, isShown, statuses } from '../../schemas/shared.ts';
import type { IdIndex, Known } from './ids.ts';
import { problem, suggest, type Problem } from './problems.ts';
import { isRecord, strings, type RawEntry } from './tree.ts';

/** Checks one target of an entry: it exists, is of the expected kind (none for [[ID]] links), is not the entry itself and is shown. */
function targetChecker(entry: RawEntry, index: IdIndex) {
  const data = isRecord(entry.data) ? entry.data : {};
  const id = typeof data['id'] === 'string' ? data['id'] : undefined;
  // Concept and withdrawn entries show no relations, so only live entries must not point at them.
  const live = isLive(data['status']);
  return (field: string, target: string, expected: Kind | undefined): Problem[] => {
    const at = { file: entry.file, field, value: target };
    if (!ID_PATTERN.test(target)) return []; // reported by the schema
    if (target === id) return [problem('self-relation', at, {})];
    const found = index.byId.get(target)?.[0];
    const prefixKind = kindOfId(target);
    if (expected && prefixKind && prefixKind !== expected) {
      return [problem('wrong-kind-relation', at, { found: prefixKind, target: expected })];
    }
    const broken = found ? undefined : index.stranded.get(target);
    if (broken) return [problem('relation-to-broken-file', at, { broken })];
    if (!found) {
      const near = suggest(target, expected ? index.idsOfKind(expected) : [...index.byId.keys()]);
      const suggestion = near && `"${near}"`;
      return [
        expected
          ? problem('unknown-relation', at, { target: expected, suggestion })
          : problem('unknown-body-link', at, { suggestion }),
      ];
    }
    // A status that is not one of the statuses is reported on that entry itself.
    if (!(statuses as readonly unknown[]).includes(found.status)) return [];
    if (live && !isShown(found.status)) return [problem('relation-to-unpublished', at, {})];
    if (live && found.status === 'ingetrokken') {
      return [problem('relation-to-withdrawn', at, { replacement: found.replacedBy })];
    }
    return [];
  };
}

/** The relation fields of one entry. */
export function relationFieldProblems(entry: RawEntry, index: IdIndex): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const checkTarget = targetChecker(entry, index);
  const problems: Problem[] = [];
  for (const relation of relations) {
    if (relation.from !== entry.kind) continue;
    const seen = new Set<string>();
    strings(data[relation.field]).forEach((target, position) => {
      const field = `${relation.field}[${position}]`;
      if (seen.has(target)) problems.push(problem('duplicate-relation', { file: entry.file, field, value: target }, {}));
      seen.add(target);
      problems.push(...checkTarget(field, target, relation.to));
    });
  }
  return problems;
}

/** The replacement of a withdrawn entry: it exists, is shown, and the chain of replacements ends. */
export function replacementOfProblems(entry: RawEntry, index: IdIndex): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const withdrawal = data['withdrawal'];
  if (data['status'] !== 'ingetrokken' || !isRecord(withdrawal) || typeof withdrawal['replacedBy'] !== 'string') {
    return [];
  }
  const replacement = withdrawal['replacedBy'];
  const id = typeof data['id'] === 'string' ? data['id'] : undefined;
  const field = 'withdrawal.replacedBy';
  return [
    ...targetChecker(entry, index)(field, replacement, entry.kind),
    ...(replacement === id ? [] : replacementProblems({ file: entry.file, field, value: replacement }, id, index.byId)),
  ];
}

/** The [[ID]] links of one entry's body. */
export function bodyLinkProblems(entry: RawEntry, index: IdIndex): Problem[] {
  const checkTarget = targetChecker(entry, index);
  return findBodyLinks(entry.body).flatMap((link) => {
    const field = `body (regel ${entry.bodyLine + link.line})`;
    return ID_PATTERN.test(link.id)
      ? checkTarget(field, link.id, undefined)
      : [problem('malformed-body-link', { file: entry.file, field, value: `[[${link.id}]]` }, {})];
  });
}

/**
 * A withdrawn entry sends its readers to its replacement: that must be a shown entry, and a chain
 * of replacements must end at one instead of going round in a circle.
 */
function replacementProblems(
  at: { file: string; field: string; value: string },
  id: string | undefined,
  byId: Map<string, Known[]>,
): Problem[] {
  const first = byId.get(at.value)?.[0];
  // A status that is not one of the statuses is reported on that entry itself.
  if (!first || !(statuses as readonly unknown[]).includes(first.status)) return [];
  if (!isShown(first.status)) return [problem('replacement-unpublished', at, {})];
  const chain = [id ?? '?', at.value];
  for (let current: Known | undefined = first; current?.replacedBy && current.status === 'ingetrokken';) {
    if (chain.includes(current.replacedBy)) {
      return [problem('replacement-cycle', at, { cycle: [...chain, current.replacedBy].join(' → ') })];
    }
    chain.push(current.replacedBy);
    current = byId.get(current.replacedBy)?.[0];
  }
  return [];
}


/**
 * Live entries that no relation field connects to another live entry, in either direction: readers
 * only find them through search or a theme. Editorial advice, so a warning.
 */
export function orphanProblems(index: IdIndex): Problem[] {
  const live = [...index.byId.values()].flatMap((known) => known.slice(0, 1)).filter((k) => isLive(k.status));
  const liveIds = new Set(live.map((known) => known.id));
  const connected = new Set<string>();
  for (const known of live) {
    const data = isRecord(known.entry.data) ? known.entry.data : {};
    for (const relation of relations) {
      if (relation.from !== known.entry.kind) continue;
      for (const target of strings(data[relation.field])) {
        if (!liveIds.has(target) || target === known.id) continue;
        connected.add(known.id);
        connected.add(target);
      }
    }
  }
  return live
    .filter((known) => !connected.has(known.id))
    .map((known) => problem('orphan', { file: known.entry.file, field: 'relaties', value: known.id }, {}));
}
