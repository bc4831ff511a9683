/** The synonyms vocabulary (content/synonyms.yaml): its check for `npm run check`, and its groups as search uses them (browser-safe). */
import { schemaProblems } from '../content/schema-problems.ts';
import { problem, type Problem } from '../content/problems.ts';
import { synonymsFileSchema, synonymsShapeSchema, synonymsUniqueSchema } from '../../schemas/synonyms.ts';
import { wordsOf } from './text.ts';

/** The synonyms file as read from disk, like the other vocabularies; absent when the site has none. */
export interface RawSynonyms {
  file: string;
  data: unknown;
  /** The whole file, to name the line of a group. */
  text?: string | undefined;
}

/** The line of the file on which a group starts (`korting: [...]`), if it can be found. */
function groupLine(text: string | undefined, group: string): number | undefined {
  if (text === undefined) return undefined;
  const key = group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = text.split(/\r?\n/).findIndex((row) => new RegExp(`^\\s*(["']?)${key}\\1\\s*:`).test(row));
  return line < 0 ? undefined : line + 1;
}

/**
 * Every problem in the synonyms file, in the check's own messages, each naming the group and its
 * line; none when there is no file (it is optional).
 */
export function synonymProblems(vocabulary: RawSynonyms | undefined): Problem[] {
  if (!vocabulary) return [];
  const { file, data, text } = vocabulary;
  // Shape and uniqueness apart, so a word in two groups is reported beside a misspelt one, not after it is fixed.
  const shape = schemaProblems(file, synonymsShapeSchema, data);
  const record = data !== null && typeof data === 'object' && !Array.isArray(data);
  const unique = record ? (synonymsUniqueSchema.safeParse(data).error?.issues ?? []) : [];
  const groups = data as Record<string, unknown>;
  const twice = unique.map(({ path, message }) => {
    const [group = '', position] = path as [string, number?];
    const words = groups[group];
    const word = position === undefined ? group : Array.isArray(words) ? words[position] : undefined;
    const field = position === undefined ? group : `${group}[${position}]`;
    return problem('synonym-twice', { file, field, value: word }, { reason: message });
  });
  return [...shape, ...twice].map((found) => {
    const group = /^[^[]*/.exec(found.field)?.[0] ?? '';
    const line = record && group in groups ? groupLine(text, group) : undefined;
    return line === undefined ? found : { ...found, field: `${found.field} (regel ${line})` };
  });
}

/**
 * The groups of a valid synonyms file, each a list of terms in normal form (a phrase as its words
 * joined by one space): `{ ontruiming: [huisuitzetting] }` → `[['ontruiming', 'huisuitzetting']]`.
 * Throws on an invalid file: the content check reports it before search reads it.
 */
export function synonymGroups(data: unknown): string[][] {
  if (data === undefined || data === null) return [];
  const groups = synonymsFileSchema.parse(data);
  return Object.entries(groups).map(([key, words]) => [key, ...words].map((word) => wordsOf(word).join(' ')));
}
