/** The words search adds to an entry so that other ways of saying the same thing find it: compound parts and synonyms (pure). */
import { compoundParts, lemmas, type Lexicon } from './compounds.ts';
import { STOPWORDS, wordsOf } from './text.ts';

/**
 * Makes a function from an entry's text to the words its search record gets beyond the text itself:
 * the parts of its compounds (`uitkeringskorting` → `korting`), and for every synonym group one of whose
 * terms the text uses (as a word, an inflection, a compound part or a phrase), the group's other words.
 * Compounds are split once per distinct word across all entries; `partsOf` may hold the parts of words
 * split before (a build keeps them), and a lexicon given as a function is loaded only for a word it lacks.
 */
export function termFinder(
  lexicon: Lexicon | (() => Lexicon),
  groups: readonly string[][],
  partsOf = new Map<string, string[]>(),
): (text: string) => string[] {
  let loaded = typeof lexicon === 'function' ? undefined : lexicon;
  const parts = (word: string) => {
    let found = partsOf.get(word);
    if (!found) partsOf.set(word, (found = compoundParts(word, (loaded ??= (lexicon as () => Lexicon)()))));
    return found;
  };
  return (text) => {
    const words = wordsOf(text);
    const present = new Set(words);
    const extra = new Set<string>();
    for (const word of present) for (const part of parts(word)) extra.add(part);
    const known = new Set([...present, ...extra, ...[...present].flatMap(lemmas)]);
    const joined = ` ${words.join(' ')} `;
    for (const group of groups) {
      if (!group.some((term) => (term.includes(' ') ? joined.includes(` ${term} `) : known.has(term)))) continue;
      for (const term of group) for (const word of term.split(' ')) if (!STOPWORDS.has(word)) extra.add(word);
    }
    return [...extra].filter((word) => !present.has(word)).sort();
  };
}
