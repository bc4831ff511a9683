/** "Bedoelde je …?": the nearest word of the site to one it does not know (pure, browser-safe; loaded only when a search finds almost nothing). */
import { distance } from 'fastest-levenshtein';
import { isInflectionOf, normalizeWord, STOPWORDS } from './text.ts';

/** A word of the site with the number of entries it occurs in, as in the word list files. */
export type CountedWord = readonly [word: string, entries: number];

/**
 * The nearest word of the site to a word it does not know, for "Bedoelde je …?": at most one typing
 * error away for words up to five letters, two for longer ones; the closest, then the most used.
 * Undefined when the site has the word, a word that starts with it or a word it inflects, or nothing is near enough.
 */
export function nearestWord(word: string, known: readonly CountedWord[]): string | undefined {
  const wanted = normalizeWord(word);
  if (wanted.length < 3 || STOPWORDS.has(wanted)) return undefined;
  if (known.some(([candidate]) => candidate.startsWith(wanted) || isInflectionOf(wanted, candidate))) return undefined;
  const limit = wanted.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number; entries: number } | undefined;
  for (const [candidate, entries] of known) {
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const away = distance(candidate, wanted);
    if (away > limit) continue;
    if (!best || away < best.distance || (away === best.distance && entries > best.entries)) {
      best = { word: candidate, distance: away, entries };
    }
  }
  return best?.word;
}
