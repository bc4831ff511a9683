/** What the CMS does with an entry before saving: leave out empty values, date a publication, and check it with the content check's own messages. */
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { errorsOf, type Problem } from '../content/problems.ts';
import { schemaProblems } from '../content/schema-problems.ts';

/** A path into an entry's data: keys and list indexes. */
export type DataPath = (string | number)[];

/** Changes to make to an entry's data before it is saved. */
export interface DataEdits {
  /** Paths to remove, deepest and last first, so removing one never moves another. */
  remove: DataPath[];
  /** Values to set. */
  set: [DataPath, unknown][];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value is empty as Decap leaves it: an empty text, nothing, or an object or list of empties. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** Every empty value under `value`, as paths; an empty object or list is removed as a whole. */
function emptyPaths(value: unknown, path: DataPath): DataPath[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => (isEmpty(item) ? [[...path, index]] : emptyPaths(item, [...path, index])));
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      isEmpty(item) ? [[...path, key]] : emptyPaths(item, [...path, key]),
    );
  }
  return [];
}

/** Orders paths so that removing them one by one never shifts the index of one still to come. */
const removalOrder = (a: DataPath, b: DataPath): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? y - x : String(x).localeCompare(String(y));
  }
  return b.length - a.length;
};

/**
 * What to change before saving an entry from the CMS: Decap writes a field that was touched and
 * emptied as `''` (and an emptied object as `{date: '', reason: ''}`), which the schemas refuse, so
 * empty values are left out, as if never written. An entry set to `gepubliceerd` without dates
 * gets today's as `published` and `updated`; an entry set to `ingetrokken` gets today's as
 * withdrawal date when a reason is given without one. The body is left as it is.
 */
export function entryEdits(data: Record<string, unknown>, today: string): DataEdits {
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'body'));
  const remove = emptyPaths(fields, []).sort(removalOrder);
  const set: [DataPath, unknown][] = [];
  if (data['status'] === 'gepubliceerd') {
    if (isEmpty(data['published'])) set.push([['published'], today]);
    if (isEmpty(data['updated'])) set.push([['updated'], isEmpty(data['published']) ? today : data['published']]);
  }
  const withdrawal = data['withdrawal'];
  if (data['status'] === 'ingetrokken' && isRecord(withdrawal) && !isEmpty(withdrawal['reason'])) {
    if (isEmpty(withdrawal['date'])) set.push([['withdrawal', 'date'], today]);
  }
  const setKeys = new Set(set.map(([path]) => path.join('.')));
  return { remove: remove.filter((path) => !setKeys.has(path.join('.'))), set };
}

/** The data with the edits made, as plain values (what {@link entryEdits} leads to). */
export function applyEdits(data: Record<string, unknown>, edits: DataEdits): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of edits.remove) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], copy);
    const last = path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete (parent as Record<string | number, unknown>)[last];
  }
  for (const [path, value] of edits.set) {
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((object, key) => {
      if (!isRecord(object[key])) object[key] = {};
      return object[key] as Record<string | number, unknown>;
    }, copy);
    parent[path.at(-1)!] = value;
  }
  return copy;
}

/**
 * The content check's schema problems for an entry edited in the CMS, in the check's own words: a
 * concept may still lack what publication needs (a warning), a shown entry may not. The next free
 * ID is not known in the browser (retired IDs live in the registry and its history), so messages
 * name it as `D-…`; `npm run intake` gives the real one.
 */
export function entryProblems(kind: Kind, file: string, data: Record<string, unknown>): Problem[] {
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'body'));
  return schemaProblems(file, kinds[kind].schema, fields, {
    nextId: `${kinds[kind].prefix}-…`,
    concept: fields['status'] === 'concept',
  });
}

/** The errors among problems as the check prints them, one `field: message` line each. */
export function errorLines(problems: readonly Problem[]): string[] {
  return errorsOf(problems).map((problem) => `${problem.field}: ${problem.message}`);
}
