// Reads a file name or URL segment ("fictiefsma-bsn-111222333") back as the text it stands for.
import type { Candidate } from './candidates.ts';
import { isValidIban } from './numbers.ts';
import { NOT_A_STREET, STREET_SUFFIX } from './places.ts';
import type { Reading } from './reading.ts';

// The file name of an entry is its URL (content/dilemmas/<name>.mdx → /dilemmas/<name>/), and a former
// name stays one: personal data in it is published on every link. Its words and numbers are separated by
// hyphens, in lower case, without accents ("mevrouw-fictiefsma-bsn-111222333"). It is read back as the
// text it came from, and the patterns for text run over that:
// - words are separated by spaces, and the groups of one number by hyphens ("06-12345678", "geboren
//   12-03-1985") in one reading and by spaces in another, so that two numbers in a row are both found;
// - a street gets its capital ("dorpsstraat-12" → "Dorpsstraat 12", "laan-van-meerdervoort-120");
// - a postcode gets its capitals ("1234ab", "1234-ab" → "1234AB", "1234 AB"), unless its letters are a
//   word ("2020-en-2021");
// - "31-6-12345678" is "+31 6 12345678" that lost its "+";
// - an IBAN is found across its groups ("nl91-abna-0417-1643-00");
// - a configured name is found with its spaces, hyphens and apostrophes as hyphens ("van-t-fictief") or
//   its apostrophes left out ("dfictief" for "d'Fictief").
// Everything else stays in lower case, so "activeren-op-straffe-van-korting" and "wet-2015-artikel-12"
// read as the harmless text they are.

/** A word or a number in a file name, with its span in the name as the patterns see it. */
interface Token {
  value: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** The words and numbers of a file name, with their spans. */
export function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    value: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const isNumber = (value: string) => /^\d+$/.test(value);
const capitalise = (word: string) => {
  const first = word.charAt(0).toUpperCase();
  return first.length === 1 ? first + word.slice(1) : word;
};

// A word that is a street once it has its capital: Dorpsstraat, Kerkweg, Stadsring (not Loopbaan).
const STREET_WORD = new RegExp(String.raw`^${NOT_A_STREET}\p{Lu}\p{Ll}+${STREET_SUFFIX}$`, 'u');
// A street word that begins a street with a name ("laan-van-meerdervoort"). Not "weg" and "straat",
// which begin titles ("weg-van-de-wachtlijst").
const STREET_WITH_NAME = /^(?:laan|plein|kade|singel|dreef|dijk|gracht)$/;
const STREET_NAME_PARTICLES = new Set(['van', 'der', 'de', 'den', 'het', 'op', 'aan', 'ter', 'ten']);
// Two-letter words and abbreviations that follow a number in a title and are no postcode letters.
const TWO_LETTER_WORD =
  /^(?:ad|al|an|as|at|be|bv|by|ce|cu|de|do|ec|eg|en|er|eu|gl|go|he|ik|in|is|it|ja|je|me|my|nl|no|nu|nv|of|om|on|op|or|so|te|to|tv|uk|up|us|uw|vk|vn|vs|we|ze|zo)$/i;

function isPostcodeLetters(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.value ?? '';
  return /^[1-9]\d{3}$/.test(tokens[index - 1]?.value ?? '') && /^[a-z]{2}$/i.test(word) && !TWO_LETTER_WORD.test(word);
}

/** Each token as it would be written in text: streets with their capital, postcode letters in capitals. */
function writtenTokens(tokens: readonly Token[]): string[] {
  let streetNameWords = 0;
  return tokens.map(({ value }, index) => {
    const lower = value.toLowerCase();
    if (/^[1-9]\d{3}[a-z]{2}$/i.test(value) || isPostcodeLetters(tokens, index)) return value.toUpperCase();
    if (STREET_WITH_NAME.test(lower)) {
      streetNameWords = 3;
      return capitalise(value);
    }
    if (streetNameWords > 0 && !isNumber(value) && !STREET_NAME_PARTICLES.has(lower)) {
      streetNameWords--;
      return capitalise(value);
    }
    if (isNumber(value)) streetNameWords = 0;
    return STREET_WORD.test(capitalise(value)) ? capitalise(value) : value;
  });
}

/** Whether a token begins a run of numbers that is a +31 number without its "+": 31-6-12345678. */
function lostItsPlus(tokens: readonly Token[], index: number): boolean {
  if (isNumber(tokens[index - 1]?.value ?? '') || !tokens[index]?.value.startsWith('31')) return false;
  let digits = '';
  for (let next = index; next < tokens.length && isNumber(tokens[next]!.value); next++) digits += tokens[next]!.value;
  return /^310?[1-9]\d{8}$/.test(digits);
}

/** The file name as text; `numberBreak` separates the groups of a number. */
export function readName(name: Reading, tokens: readonly Token[], numberBreak: '-' | ' '): Reading {
  const at = (index: number) => name.origin?.[index] ?? index;
  const written = writtenTokens(tokens);
  const chars: string[] = [];
  const origin: number[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous) {
      const startsPostcode = isPostcodeLetters(tokens, index + 1);
      chars.push(isNumber(previous.value) && isNumber(token.value) && !startsPostcode ? numberBreak : ' ');
      origin.push(at(previous.end));
    }
    if (lostItsPlus(tokens, index)) {
      chars.push('+');
      origin.push(at(token.start));
    }
    chars.push(written[index]!);
    for (let offset = token.start; offset < token.end; offset++) origin.push(at(offset));
  });
  return { text: chars.join(''), origin };
}

/** IBANs written in groups ("nl91-abna-0417-1643-00") or in one piece, in any case. */
export function findIbansInName(tokens: readonly Token[]): Candidate[] {
  return tokens.flatMap((first, index) => {
    let value = '';
    let longest: Candidate | undefined;
    for (const token of tokens.slice(index, index + 10)) {
      value += token.value.toUpperCase();
      if (value.length > 34) break;
      if (/^[A-Z]{2}\d{2}/.test(value) && isValidIban(value)) {
        longest = { kind: 'iban', start: first.start, end: token.end };
      }
    }
    return longest ? [longest] : [];
  });
}

/** A configured name as it is written in a file name: words apart, apostrophes as a break or left out. */
export function nameInFileName(name: string): string[] {
  const words = (value: string) =>
    value
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .filter(Boolean)
      .join(' ');
  return [...new Set([words(name), words(name.replace(/['’]/g, ''))])].filter(Boolean);
}
