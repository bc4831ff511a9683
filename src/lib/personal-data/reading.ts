// Reads a text as the patterns see it: character references read, look-alike spaces and hyphens made plain, invisible characters left out.
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

// Markdown and MDX source writes the same characters as character references, to keep a number on one line
// ("06&nbsp;12345678", "111&#160;222&#160;333") or to break it softly ("06&shy;12345678"). The patterns see
// the character a reference stands for; a finding spans the whole reference.
const NAMED_REFERENCES: Record<string, string> = {
  nbsp: '\u00A0',
  NonBreakingSpace: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hyphen: '\u2010',
  dash: '\u2010',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  shy: '\u00AD',
  zwsp: '\u200B',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  NoBreak: '\u2060',
};
const REFERENCE = new RegExp(
  String.raw`&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(${Object.keys(NAMED_REFERENCES).join('|')}));`,
  'y',
);

/**
 * A text as the patterns see it, and for each of its UTF-16 code units the offset in the original where it
 * starts and where it ends (none: the same text, one unit each).
 */
export interface Reading {
  text: string;
  origin: number[] | undefined;
  /** Where each unit ends in the original, when it stands for more than one unit there (a reference). */
  originEnd?: number[];
}

function seenAs(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (SPACE_LIKE.test(char)) return ' ';
  return HYPHEN_LIKE.test(char) ? '-' : char;
}

/** The character a character reference at an offset stands for, and how long the reference is. */
function referenceAt(text: string, offset: number): { char: string; length: number } | undefined {
  REFERENCE.lastIndex = offset;
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  const [reference, decimal, hex, name] = match;
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
  if (code !== undefined && (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0)) return undefined;
  const char = code === undefined ? NAMED_REFERENCES[name!]! : String.fromCodePoint(code);
  return { char, length: reference.length };
}

/** The text with references read, look-alike spaces and hyphens replaced and invisible characters left out. */
export function readText(text: string): Reading {
  if (!UNUSUAL.test(text) && !text.includes('&')) return { text, origin: undefined };
  const chars: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  for (let index = 0; index < text.length;) {
    const reference = text.charAt(index) === '&' ? referenceAt(text, index) : undefined;
    const length = reference?.length ?? 1;
    const seen = seenAs(reference?.char ?? text.charAt(index));
    for (const unit of seen.split('')) {
      chars.push(unit);
      origin.push(index);
      originEnd.push(index + length);
    }
    index += length;
  }
  return { text: chars.join(''), origin, originEnd };
}

/** A candidate found in a reading, with its span in the original text. */
export function inOriginal(reading: Reading, { kind, start, end }: Candidate): Candidate {
  const { origin, originEnd } = reading;
  if (!origin) return { kind, start, end };
  return { kind, start: origin[start]!, end: originEnd?.[end - 1] ?? origin[end - 1]! + 1 };
}
