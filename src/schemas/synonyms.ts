/** The schema of the synonyms vocabulary: words that mean the same in this field, for search. */
import { z } from 'zod';
import { field } from './shared.ts';

/** One word or a short phrase: letters, with single spaces, hyphens or apostrophes between them. */
const term = (example: string) =>
  field(
    z
      .string()
      .trim()
      .min(2)
      .max(60)
      .regex(/^\p{L}+(?:[ '’-]\p{L}+)*$/u, {
        error: 'verwacht een woord of een korte woordgroep van letters, zonder cijfers of leestekens',
      }),
    'Woord of woordgroep zoals mensen het typen',
    example,
  );

/** The same word in another spelling or case counts as the same word. */
const sameWord = (word: string) =>
  word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();

/** Reports every word that stands twice in a group or in two groups; other values are left to the shape. */
function uniqueWords(groups: Record<string, unknown>, context: z.RefinementCtx) {
  const seen = new Map<string, string>();
  for (const [key, words] of Object.entries(groups)) {
    const all = [key, ...(Array.isArray(words) ? words : [])];
    for (const [index, word] of all.entries()) {
      if (typeof word !== 'string') continue;
      const known = seen.get(sameWord(word));
      const path = index === 0 ? [key] : [key, index - 1];
      if (known === undefined) seen.set(sameWord(word), key);
      else if (known === key) {
        context.addIssue({
          code: 'custom',
          path,
          input: word,
          message: `"${word}" staat twee keer in deze groep; haal het één keer weg`,
        });
      } else {
        context.addIssue({
          code: 'custom',
          path,
          input: word,
          message: `"${word}" staat ook in de groep "${known}"; een woord hoort bij één groep, dus voeg de twee groepen samen of haal het op één plek weg`,
        });
      }
    }
  }
}

/** The form of the synonyms file: a word → the other words that mean the same, e.g. `ontruiming: [huisuitzetting, uitzetting]`. */
export const synonymsShapeSchema = z.record(
  term('ontruiming'),
  field(z.array(term('huisuitzetting')).min(1).max(30), 'Woorden die hetzelfde betekenen', [
    'huisuitzetting',
    'uitzetting',
  ]),
);

/** The rule that a word stands in one group only (so two groups never silently merge), on any record of lists. */
export const synonymsUniqueSchema = z.record(z.string(), z.unknown()).superRefine(uniqueWords);

/**
 * The synonyms file: a word → the other words that mean the same in this field. A search for any of
 * them finds entries that use another. A word stands in one group only.
 */
export const synonymsFileSchema = synonymsShapeSchema.superRefine(uniqueWords);

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;

/** The synonyms as search uses them: groups of terms in normal form (the `synonyms` collection, see `synonymGroups`). */
export const synonymGroupsSchema = z.strictObject({ groups: z.array(z.array(z.string())) });
