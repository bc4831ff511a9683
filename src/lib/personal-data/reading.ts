// Reads a text as the patterns see it: look-alike spaces and hyphens made plain, invisible characters left out.
import type { Candidate } from './candidates.ts';

// Text pasted from a word processor carries characters that look like ordinary ones or like nothing:
// no-break and thin spaces (U+00A0, U+202F…) between the groups of a number, zero-width spaces and
// joiners, word joiners, byte-order marks, direction marks and soft hyphens inside it, non-breaking
// hyphens, en and em dashes and full-width hyphens between its groups. The patterns see a space, nothing
// and a hyphen instead; findings still point into the original text.
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const HYPHEN_LIKE = /[\u2010-\u2014\u2212\uFE58\uFE63\uFF0D]/;
const UNUSUAL = new RegExp([SPACE_LIKE, INVISIBLE, HYPHEN_LIKE].map((pattern) => pattern.source).join('|'));

/** A text as the patterns see it, and for each of its UTF-16 code units the offset in the original (none: the same). */
export interface Reading {
  text: string;
  origin: number[] | undefined;
}

function seenAs(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (SPACE_LIKE.test(char)) return ' ';
  return HYPHEN_LIKE.test(char) ? '-' : char;
}

/** The text with look-alike spaces and hyphens replaced and invisible characters left out. */
export function readText(text: string): Reading {
  if (!UNUSUAL.test(text)) return { text, origin: undefined };
  const chars: string[] = [];
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = seenAs(text.charAt(index));
    if (char === '') continue;
    chars.push(char);
    origin.push(index);
  }
  return { text: chars.join(''), origin };
}

/** A candidate found in a reading, with its span in the original text. */
export function inOriginal(reading: Reading, { kind, start, end }: Candidate): Candidate {
  const { origin } = reading;
  return origin ? { kind, start: origin[start]!, end: origin[end - 1]! + 1 } : { kind, start, end };
}
