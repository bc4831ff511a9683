/** "Bedoelde je …?": the nearest word of the site to one it does not know (pure, browser-safe). */
import { isInflectionOf, normalizeWord, STOPWORDS } from './text.ts';

/**
 * The number of letters to add, remove or change to turn one word into the other (Levenshtein).
 * Written out rather than imported: the page's script then shares no chunk with other pages' scripts,
 * which would be one more file to wait for before the first search.
 */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

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
