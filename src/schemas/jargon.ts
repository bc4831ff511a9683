/** The schema of the jargon vocabulary (content/jargon.yaml): words a B1 reader may not know, with plain alternatives. */
import { z } from 'zod';
import { field, visibleText } from './shared.ts';

/** One word or a short phrase of letters, with single spaces, hyphens or apostrophes between them. */
const wordPattern = /^\p{L}+(?:[ '’-]\p{L}+)*$/u;

const word = (example: string, description: string) =>
  field(
    z.string().trim().min(2).max(60).regex(wordPattern, {
      error: 'verwacht een woord of korte woordgroep van letters, zonder cijfers of leestekens',
    }),
    description,
    example,
  );

/** The same word in another case or with accents counts as the same word. */
export const sameWord = (value: string): string =>
  value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();

/** Reports a word that stands twice in a list or as a key, so no rule is silently written twice. */
function uniqueWords(values: readonly unknown[], context: z.RefinementCtx, path: (index: number) => PropertyKey[]) {
  const seen = new Map<string, string>();
  values.forEach((value, index) => {
    if (typeof value !== 'string') return;
    const first = seen.get(sameWord(value));
    if (first !== undefined) {
      const message = `"${value}" staat al in de lijst als "${first}"; houd er één over`;
      context.addIssue({ code: 'custom', path: path(index), input: value, message });
    } else seen.set(sameWord(value), value);
  });
}

/**
 * content/jargon.yaml: `terms` maps a word that `npm run check` flags in a summary to a plain
 * alternative; `knownLongWords` lists long words that may stay in a summary because they name the
 * subject (e.g. a law) and readers need to know them.
 */
export const jargonFileSchema = z
  .strictObject({
    terms: field(
      z.record(
        word('handhaving', 'Vaktaal zoals het in een samenvatting kan staan'),
        field(visibleText(2, 200), 'Een gewoon woord of een korte uitleg in plaats van de vaktaal', 'controle'),
      ),
      'Vaktaal met een gewoon alternatief',
      { handhaving: 'controle' },
    ),
    knownLongWords: field(
      z.array(word('schuldhulpverlening', 'Een lang woord dat lezers moeten kennen')).default([]),
      'Lange woorden die in een samenvatting mogen blijven, omdat ze het onderwerp noemen',
      ['schuldhulpverlening'],
    ),
  })
  .superRefine((file, context) => {
    uniqueWords(Object.keys(file.terms), context, (index) => ['terms', Object.keys(file.terms)[index]!]);
    uniqueWords(file.knownLongWords, context, (index) => ['knownLongWords', index]);
  });

export type JargonFile = z.infer<typeof jargonFileSchema>;
