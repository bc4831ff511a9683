/** What changed between two versions of an entry: word by word for text, item by item for lists, field by field (with jsdiff). */
import { diffArrays, diffWords } from 'diff';
import { fieldLabels } from '../cms/labels.ts';

/** A stretch of text in a change: kept, added or removed. */
export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** One changed field: its Dutch label, and its change as one text (`words`) or as list items (`items`). */
export interface FieldChange {
  field: string;
  label: string;
  words?: DiffPart[];
  items?: DiffPart[];
}

/** A version as compared: its frontmatter and the text of its rendered body. */
export interface ComparedVersion {
  data: Record<string, unknown>;
  /** The body's rendered HTML. */
  html: string | undefined;
}

/** Fields that name the version or are shown beside it rather than being what changed. */
const NOT_COMPARED = new Set(['id', 'updated', 'changes', 'formerSlugs']);

/** The label of the body in a comparison. */
export const BODY_LABEL = 'Toelichting';

/** Words kept around a change in a long text; longer unchanged stretches are shortened to "…". */
const CONTEXT_WORDS = 12;

/** Every field that differs between two versions, in the order of the newer one's fields, the body last. */
export function versionChanges(before: ComparedVersion, after: ComparedVersion): FieldChange[] {
  const fields = [...new Set([...Object.keys(after.data), ...Object.keys(before.data)])].filter(
    (field) => !NOT_COMPARED.has(field),
  );
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [old, now] = [before.data[field], after.data[field]];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    const label = fieldLabels[field] ?? field;
    if ((typeof old === 'string' || old === undefined) && (typeof now === 'string' || now === undefined)) {
      changes.push({ field, label, words: wordChanges(old ?? '', now ?? '') });
    } else {
      changes.push({ field, label, items: itemChanges(linesOf(old), linesOf(now)) });
    }
  }
  const [oldBody, newBody] = [textOfHtml(before.html ?? ''), textOfHtml(after.html ?? '')];
  if (oldBody !== newBody) changes.push({ field: 'body', label: BODY_LABEL, words: wordChanges(oldBody, newBody) });
  return changes;
}

/** A text compared word by word, with long unchanged stretches shortened to their first and last words. */
export function wordChanges(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part, index, all) => {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    return { change, text: change === 'same' ? shortened(part.value, index > 0, index < all.length - 1) : part.value };
  });
}

/** An unchanged stretch with only the words next to a change: after the one before it, before the one after it. */
function shortened(text: string, afterChange: boolean, beforeChange: boolean): string {
  const words = text.split(/(\s+)/);
  const keep = CONTEXT_WORDS * 2;
  if (words.length <= keep * (Number(afterChange) + Number(beforeChange)) + 2) return text;
  const head = afterChange ? words.slice(0, keep).join('').trimEnd() : '';
  const tail = beforeChange ? words.slice(-keep).join('').trimStart() : '';
  return [head, '…', tail].filter(Boolean).join(' ');
}

/** Two lists compared item by item: kept, added and removed items in order. */
export function itemChanges(before: string[], after: string[]): DiffPart[] {
  return diffArrays(before, after).flatMap((part) =>
    part.value.map((text): DiffPart => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text })),
  );
}

/** A field's value as lines a reader can compare: one per list item, nested fields with their Dutch labels. */
export function linesOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => [lineOf(item)]);
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      linesOf(inner).map((line) => `${fieldLabels[key] ?? key}: ${line}`),
    );
  }
  return [String(value)];
}

/** One list item on one line: an object's values joined, each with its label. */
const lineOf = (item: unknown): string =>
  typeof item === 'object' && item !== null && !Array.isArray(item)
    ? Object.entries(item)
        .map(([key, value]) => `${fieldLabels[key] ?? key}: ${linesOf(value).join('; ')}`)
        .join(', ')
    : linesOf(item).join('; ');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of rendered HTML: blocks separated by blank lines, tags left out, character references read. */
export function textOfHtml(html: string): string {
  return (
    html
      .replace(/<\/(?:p|h[1-6]|li|tr|blockquote|table|ul|ol)>/g, '\n\n')
      .replace(/<\/t[dh]>/g, ' ')
      // The "#" links to each passage (src/markdown/rehype-anchors.ts) are no part of the text.
      .replace(/<a class="passage-link"[^>]*>[^<]*<\/a>/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (reference, decimal?: string, hex?: string, name?: string) =>
        decimal || hex
          ? String.fromCodePoint(Number.parseInt((decimal ?? hex)!, decimal ? 10 : 16))
          : (ENTITIES[name!.toLowerCase()] ?? reference),
      )
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n')
  );
}
