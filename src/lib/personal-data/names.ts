// Finds the configured names (of clients, workers…) as whole words, in any case and with or without accents.
import { spansOf, type Candidate } from './candidates.ts';

/** Letters from Latin-1 and Latin Extended-A, grouped by the letter without its accent: "o" → "oòóôõöō…". */
const ACCENTED = (() => {
  const variants = new Map<string, string>();
  for (let code = 0xc0; code <= 0x17f; code++) {
    const char = String.fromCodePoint(code);
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/^[a-z]$/.test(base)) variants.set(base, (variants.get(base) ?? base) + char);
  }
  return variants;
})();

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A pattern for one character of a name: any accent or none (Özdemir, Ozdemir, "O" + combining diaeresis). */
function namePatternChar(char: string): string {
  if (/\s/.test(char)) return String.raw`\s+`;
  if (char === "'" || char === '’') return "['’]";
  const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const variants = ACCENTED.get(base);
  return variants ? `[${variants}]\\p{M}*` : escapeRegExp(char);
}

// A configured name as a whole word, in any case and with or without accents, also possessive or
// plural: "Jansen", "jansen", "Jansen's", "Jansens", "Joris'". Not inside another word ("Jansenstraat").
function namePattern(name: string): RegExp {
  const body = [...name.trim().normalize('NFC')].map(namePatternChar).join('');
  return new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}])${body}(?:['’]s|['’]|s)?(?![\p{L}\p{N}\p{M}])`, 'giu');
}

/** Every occurrence of the configured names; blank names are skipped. */
export function findNames(text: string, names: readonly string[]): Candidate[] {
  return names.filter((name) => name.trim() !== '').flatMap((name) => spansOf('naam', namePattern(name), text));
}
