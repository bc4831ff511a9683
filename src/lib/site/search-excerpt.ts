/** The excerpt of a search result: a passage of the entry's prose around what the reader searched for, as text with marks (browser). */
import { isInflectionOf, normalizeWord } from '../search/text.ts';

/** A piece of an excerpt: plain text, or text to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The words a result's text is marked for: the query's words, and the other words of each synonym
 * group one of them belongs to (a search for `huisuitzetting` marks `ontruiming` too). Normal form.
 */
export function markTerms(queryWords: readonly string[], groups: readonly string[][]): string[] {
  const terms = new Set(queryWords.map(normalizeWord).filter((word) => word.length >= 3));
  for (const group of groups) {
    if (group.some((term) => terms.has(term))) for (const term of group) terms.add(term);
  }
  return [...terms].filter((term) => !term.includes(' '));
}

/** Whether a word of the text matches a term: it starts with it, or (for terms of four letters or more) contains it, as a compound does. */
const matches = (word: string, terms: readonly string[]) => {
  const normal = normalizeWord(word.replace(/[^\p{L}\p{N}]/gu, ''));
  return (
    normal.length > 0 && terms.some((term) => normal.startsWith(term) || (term.length >= 4 && normal.includes(term)))
  );
};

/**
 * An excerpt of `length` words from `content` (the prose Pagefind indexed, words separated by spaces):
 * the passage with the most marked words, starting a little before the first; marked are Pagefind's
 * `locations` (word positions that matched) and every word that matches one of `terms`. Without any
 * match it is the start of the text (the summary). An ellipsis shows where text was left out.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  terms: readonly string[],
  length = 30,
): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const marked = new Set(locations.filter((at) => at >= 0 && at < words.length));
  words.forEach((word, at) => {
    if (matches(word, terms)) marked.add(at);
  });
  let start = 0;
  if (marked.size > 0) {
    const positions = [...marked].sort((a, b) => a - b);
    let best = -1;
    for (const first of positions) {
      const count = positions.filter((at) => at >= first && at < first + length).length;
      if (count > best) [best, start] = [count, first];
    }
    // A little context before the first match.
    start = Math.max(0, start - 3);
  }
  if (words.length - start < length) start = Math.max(0, words.length - length);
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let at = start; at < end; at++) {
    if (at > start) push(' ', false);
    const word = words[at]!;
    if (!marked.has(at)) push(word, false);
    else {
      // The mark covers the word, not the punctuation around it.
      const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  if (end < words.length) push(' …', false);
  return parts;
}

/**
 * The beginning of the typed word that is all a result was found by, if it is much shorter than the
 * word: Pagefind looks up a word it does not know by the longest indexed word it starts with, so
 * `schuldhlup` finds pages with `schuld`. Undefined for a real match, including another form of the
 * word (`gesprekken` finds `gesprek`), and for a match in metadata only (no locations).
 */
export function shorterMatch(
  content: string,
  locations: readonly number[],
  queryWords: readonly string[],
): string | undefined {
  if (locations.length === 0 || queryWords.length !== 1) return undefined;
  const query = normalizeWord(queryWords[0] ?? '');
  const words = content.split(/\s+/).filter(Boolean);
  let longest = 0;
  for (const at of locations) {
    const word = normalizeWord((words[at] ?? '').replace(/[^\p{L}\p{N}]/gu, ''));
    // `gesprekken` finding `gesprek` is a real match: the typed word is an inflection of the found one.
    if (isInflectionOf(query, word)) return undefined;
    let common = 0;
    while (common < word.length && word[common] === query[common]) common++;
    longest = Math.max(longest, common);
  }
  return query.length - longest >= 3 ? query.slice(0, longest) : undefined;
}
