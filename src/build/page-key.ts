// The cache key of an entry page for Astro's incremental build: unchanged key, page not rendered again.
import { createHash } from 'node:crypto';
import type { Entry, KnowledgeBase } from '../lib/site/knowledge-base.ts';

/**
 * A key that changes whenever anything an entry's page shows changes: the entry itself and its
 * rendered text (its change notes are in its data), the entries it relates to (and their relations, drawn in its map), the names of its
 * themes and laws. Nothing on the page depends on the day of the build (its script adds the
 * retrieval date). With incremental builds, a page whose key is unchanged is not rendered again.
 */
export function pageKey(base: KnowledgeBase, entry: Entry): string {
  const related = base.graph
    .groupsOf(entry.id)
    .flatMap((group) => group.entries)
    .map((other) => [other.id, other.url, other.data]);
  const replacement = entry.data.withdrawal?.replacedBy ? base.byId.get(entry.data.withdrawal.replacedBy) : undefined;
  const names = [
    ...entry.data.themes.map((key) => base.themes.get(key)),
    ...entry.data.laws.map((key) => base.laws.get(key)),
  ];
  return createHash('sha256')
    .update(
      JSON.stringify([
        entry.data,
        entry.source.rendered?.html,
        entry.url,
        related,
        replacement?.data.title,
        replacement?.url,
        names,
      ]),
    )
    .digest('hex')
    .slice(0, 32);
}
