/** The synonyms vocabulary: its check for `npm run check`, and its groups as search uses them (browser-safe). */
import { schemaProblems } from '../content/schema-problems.ts';
import type { Problem } from '../content/problems.ts';
import { synonymsFileSchema, synonymsShapeSchema, synonymsUniqueSchema } from '../../schemas/synonyms.ts';
import { wordsOf } from './text.ts';

/** The synonyms file as read from disk, like the other vocabularies; absent when the site has none. */
export interface RawSynonyms {
  file: string;
  data: unknown;
}

/** Every problem in the synonyms file, in the check's own messages; none when there is no file (it is optional). */
export function synonymProblems(vocabulary: RawSynonyms | undefined): Problem[] {
  if (!vocabulary) return [];
  // Shape and uniqueness apart, so a word in two groups is reported beside a misspelt one, not after it is fixed.
  const shape = schemaProblems(vocabulary.file, synonymsShapeSchema, vocabulary.data);
  const record = vocabulary.data !== null && typeof vocabulary.data === 'object' && !Array.isArray(vocabulary.data);
  return record ? [...shape, ...schemaProblems(vocabulary.file, synonymsUniqueSchema, vocabulary.data)] : shape;
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
