// Finds personal data in Dutch text, so that a build can refuse to publish it.
// Every class below says what it catches and, just as important, what it deliberately leaves alone:
// the detector runs over texts about laws and social work, and every false alarm blocks a build.

/** The classes of personal data the detector knows. */
export type PersonalDataKind = 'bsn' | 'iban' | 'telefoon' | 'e-mail' | 'postcode' | 'geboortedatum' | 'naam';

/** One piece of personal data in a text: what it is, where it is (1-based line and column), and a masked copy. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
  masked: string;
  line: number;
  column: number;
}

/** What the detector should also flag, and what it should let through. */
export interface PersonalDataOptions {
  /** Names (of clients, workers…) to flag wherever they occur as whole words, case-insensitive. */
  names?: readonly string[];
  /** Deliberately public values (e.g. an organisation's general contact address), matched case-insensitively and exactly. */
  allow?: readonly string[];
}

/** Dutch labels for each class, for messages to editors. */
export const personalDataLabels: Record<PersonalDataKind, string> = {
  bsn: 'BSN',
  iban: 'IBAN',
  telefoon: 'telefoonnummer',
  'e-mail': 'e-mailadres',
  postcode: 'postcode met huisnummer',
  geboortedatum: 'geboortedatum',
  naam: 'naam',
};

/** A match before it becomes a finding: its class and its span in the text. */
interface Candidate {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

type Span = Pick<Candidate, 'start' | 'end'>;

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** Not glued to a word or a number before it: no letter or digit, no "12." or "12-", no "+", "/", "@" or "#". */
const NOT_AFTER_NUMBER = String.raw`(?<![\p{L}\p{N}+/@#]|\p{N}[.,-])`;
/** Not glued to a word or a number after it: no letter or digit, no ".5", ",5", "-5" or "/5". */
const NOT_BEFORE_NUMBER = String.raw`(?![\p{L}\p{N}]|[.,/-]\p{N})`;
/** Not an amount of money: no currency sign before it. */
const NOT_AN_AMOUNT = String.raw`(?<![€$£]\s*)`;

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTHS_SHORT = String.raw`jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec`;
const MONTHS_EN = 'january|february|march|may|june|july|august|october';

/** All matches of a global regular expression as candidates of one class. */
function spansOf(kind: PersonalDataKind, pattern: RegExp, text: string): Candidate[] {
  return [...text.matchAll(pattern)].map((match) => ({ kind, start: match.index, end: match.index + match[0].length }));
}

/** The digits of a value, as numbers. */
const digitsOf = (value: string): number[] => [...value.replace(/\D/g, '')].map(Number);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------------------------------------
// Where numbers are not personal data

// Web addresses: DOIs, law identifiers and report numbers in URLs are full of digit runs.
// Numeric classes are not searched inside them (e-mail addresses and names still are).
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/giu;
// Book numbers, with or without hyphens: ISBN 978-90-5875-123-4, ISBN-10: 90-5875-123-X.
const ISBN = /\bISBN(?:-1[03])?:?\s*[\dX][\dX -]{8,16}[\dX]/giu;
// Case-law identifiers: ECLI:NL:RBDHA:2020:865.
const ECLI = /\bECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+/giu;
// Anything shaped like an IBAN, valid or not: its digits are never a phone number or a BSN.
const IBAN_SHAPE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** Spans in which digit runs belong to something else than a person. */
function ignoredSpans(text: string): Span[] {
  return [WEB_ADDRESS, ISBN, ECLI, IBAN_SHAPE].flatMap((pattern) => spansOf('bsn', pattern, text));
}

// ---------------------------------------------------------------------------------------------
// BSN

// Nine digits, bare or in the groupings people write: 123456782, 3-3-3 (123 456 782, 123-456-782,
// 123.456.782), 3-2-4 (123 45 6782), 4-2-3 (1234.56.782, as on an identity card) and 2-2-2-3
// (12-34-56-782), with spaces, dots or hyphens (one kind of separator per number).
// Not part of a longer number or code (a DOI "239788217X…", an ISBN, "12.123456782"), not an amount
// ("€ 111 222 333", "111 222 333 euro"). Eight-digit numbers (old numbers with an implied leading zero)
// are left out: too many dates and subscriber numbers look like them.
const BSN = new RegExp(
  NOT_AFTER_NUMBER +
    NOT_AN_AMOUNT +
    String.raw`(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{3}([ .-])\d{2}\2\d{4}|\d{4}([ .-])\d{2}\3\d{3}|\d{2}([ .-])\d{2}\4\d{2}\4\d{3})` +
    NOT_BEFORE_NUMBER +
    String.raw`(?!\s*(?:euro|EUR)(?!\p{L}))`,
  'gu',
);
// A round number in thousands notation ("117.000.000 inwoners") is a quantity, even when it passes the elfproef.
const ROUND_NUMBER = /^\d{3}\.\d{3}\.000$/;

/** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not 0. */
function passesElfproef(value: string): boolean {
  const digits = digitsOf(value);
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return digits.length === 9 && sum !== 0 && sum % 11 === 0;
}

function findBsns(text: string): Candidate[] {
  return spansOf('bsn', BSN, text).filter((span) => {
    const value = text.slice(span.start, span.end);
    return passesElfproef(value) && !ROUND_NUMBER.test(value);
  });
}

// ---------------------------------------------------------------------------------------------
// IBAN

// Length of the IBAN per country: the EU and EEA, plus Switzerland, the UK, Turkey and a few microstates.
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26, VA: 22,
}; // prettier-ignore

// Country code and check digits, then the account: NL91ABNA0417164300 or NL91 ABNA 0417 1643 00.
// The exact length for the country and the mod-97 check decide; failing numbers are no finding.
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** The standard IBAN check: move the first four characters to the end, letters become 10–35, remainder mod 97 is 1. */
function passesMod97(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

function isValidIban(value: string): boolean {
  const compact = value.replace(/ /g, '').toUpperCase();
  return IBAN_LENGTHS[compact.slice(0, 2)] === compact.length && passesMod97(compact);
}

/** The match may run on into a following word ("… 7034 voor"): the longest valid part, ending at a space or the end. */
function validIbanLength(value: string): number | undefined {
  const ends = [value.length, ...[...value.matchAll(/ /g)].map((space) => space.index).reverse()];
  return ends.find((end) => isValidIban(value.slice(0, end)));
}

function findIbans(text: string): Candidate[] {
  return spansOf('iban', IBAN, text).flatMap((span) => {
    const length = validIbanLength(text.slice(span.start, span.end));
    return length === undefined ? [] : [{ ...span, end: span.start + length }];
  });
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

// Between two digits of a phone number: a space, or a hyphen, dot or slash with or without spaces around it
// (06-12345678, 06 - 123 456 78, 06.12.34.56.78, 020/1234567).
const PHONE_SEPARATOR = String.raw`(?: ?[-./] ?| )`;
const PHONE_DIGIT = String.raw`(?:${PHONE_SEPARATOR}?\d)`;

// Dutch numbers, with any of those separators between the digits:
// - service numbers: 0800 or 0900/0906/0909 with four or seven digits (0800-1234, 0900 123 4567);
// - international: +31 or 0031, optionally (0) or 0, then nine digits (+31 6 12345678, +31(0)6-12345678,
//   (+31) 6 1234 5678, +31 20 123 4567);
// - area code in parentheses: (06) 12345678, (020) 123 4567, (0591) 123456, (0)6-12345678;
// - national: 0 and nine digits (06-12345678, 06 1234 5678, 020-123 45 67, 010 123 4567, 0591-123456).
// Never a date ("06-12-1987 12:00", "06.12.87"), never a range of times ("09.00-12.00 10 deelnemers"),
// never part of a longer number or a word (BWBR0015703), never a BSN (nine digits without the 0) or an ISBN.
const PHONE = new RegExp(
  NOT_AFTER_NUMBER +
    String.raw`(?!\d{1,2}([-./])\d{1,2}\1\d{2,4}(?!\d|[-./]\d))` +
    String.raw`(?!\d{2}[.:]\d{2} ?- ?\d{2}[.:]\d{2}(?!\d))` +
    '(?:' +
    [
      String.raw`0(?:800|90[069])${PHONE_DIGIT}{4}(?:${PHONE_DIGIT}{3})?`,
      String.raw`\(?(?:\+|00)31\)?${PHONE_SEPARATOR}?(?:\(0\) ?|0)?-? ?[1-9]${PHONE_DIGIT}{8}`,
      String.raw`\(0[1-9]\d{0,2}\)${PHONE_SEPARATOR}?\d${PHONE_DIGIT}{5,7}`,
      String.raw`\(0\)${PHONE_SEPARATOR}?[1-9]${PHONE_DIGIT}{8}`,
      String.raw`0[1-9]${PHONE_DIGIT}{8}`,
    ].join('|') +
    ')' +
    NOT_BEFORE_NUMBER,
  'gu',
);

/** A number with its area code in parentheses still needs ten digits in all. */
function hasPhoneLength(value: string): boolean {
  return !/^\(0/.test(value) || digitsOf(value).length === 10;
}

function findPhones(text: string): Candidate[] {
  return spansOf('telefoon', PHONE, text).filter((span) => hasPhoneLength(text.slice(span.start, span.end)));
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

// Any address: j.jansen@gemeente.nl, Info@Example.org, mailto:… included. A URL without "@" is no address.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

// ---------------------------------------------------------------------------------------------
// Addresses: postcode, house number, street

// Dutch street names end in one of these (Dorpsstraat, Kerkweg, Stationsplein…).
// "ring" only after a consonant (Stadsring), so that Regering, Ervaring and Sturing are no streets.
const STREET_SUFFIX = String.raw`(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|hof|pad|steeg|markt|park|baan|wal|plantsoen|(?<![aeiouyéë])ring)`;
// Words with a street suffix that are no street, also in a title or a file name ("zorgpad-2"): a circle of
// people (Intervisiekring, Steunkring) is no street either.
const NOT_A_STREET = String.raw`(?!(?:Gerechtshof|Arbeidsmarkt|Woningmarkt|Zorgmarkt|Loopbaan|Bijbaan|Blokkade|Onderweg|Uitweg|Omweg|Zorgpad|Leerpad|\p{Lu}\p{Ll}*kring)(?!\p{L}))`;
// A street: one capitalised word with a street suffix (Dorpsstraat), or a street word with a name
// (Laan van Meerdervoort, Weg der Verenigde Naties). The bare words "Markt", "Hof"… alone are not enough.
const STREET =
  String.raw`(?<![\p{L}\p{N}-])` +
  NOT_A_STREET +
  String.raw`(?:\p{Lu}\p{Ll}+${STREET_SUFFIX}` +
  String.raw`|(?:Laan|Weg|Plein|Kade|Singel|Dreef|Straat|Dijk|Gracht)(?: (?:van|der|de|den|het|op|aan|ter|ten|['’]t))+(?: \p{Lu}\p{Ll}+){1,3})`;
// A house number with an optional addition: 12, 3a, 12-A, 120-2. Never a year ("Arbeidsmarkt 2030"),
// never a percentage, never the day of a date ("Hof van Justitie 12 maart").
const HOUSE_NUMBER =
  String.raw`(?!(?:18|19|20)\d{2}(?!\d))[1-9]\d{0,3}(?:-?[A-Za-z](?!\p{L})|-\d{1,3})?` +
  String.raw`(?![\p{L}\p{N}]|[.,]\d|\s*%|\s+(?:${MONTHS_NL}|${MONTHS_SHORT})(?!\p{L}))`;
// A postcode: four digits (not starting with 0), optionally a space, two capitals. SA, SD and SS are never used.
// Capitals only: "2020 en 2021" is no postcode.
const POSTCODE = String.raw`[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])`;
// A postcode standing alone is flagged too: in a village it narrows a person down to a few houses.
// But a year before a common two-letter abbreviation ("2026 AD", "2020 EU", "2019 NL") is no postcode.
const NOT_A_YEAR_WITH_ABBREVIATION = String.raw`(?!(?:19|20)\d{2} ?(?:AD|BC|CE|EU|EG|EC|NL|BV|NV|OM|VN|VS|VK|UK|US|CU|GL)(?![\p{L}\p{N}]))`;
// Not glued to a number before it ("35 510", "12.1234 AB"), not an amount, not in an identifier ("nr/1234 AB").
const POSTCODE_START = String.raw`(?<![\p{L}\p{N}+/@#:-]|\p{N}[ .,-])` + NOT_AN_AMOUNT;

// One address is one finding:
// - street with house number, optionally followed by the postcode: "Dorpsstraat 12", "Kerkweg 3a", "Dorpsstraat 12, 1234 AB";
// - postcode with house number: "1234 AB 12", "1234AB 12a";
// - postcode alone: "1234 AB".
const ADDRESS = new RegExp(
  [
    String.raw`${STREET}[ \u00A0]${HOUSE_NUMBER}(?:,?\s+${POSTCODE})?`,
    String.raw`${POSTCODE_START}${POSTCODE}[ \u00A0]${HOUSE_NUMBER}`,
    String.raw`${POSTCODE_START}${NOT_A_YEAR_WITH_ABBREVIATION}${POSTCODE}`,
  ].join('|'),
  'gu',
);

function findAddresses(text: string): Candidate[] {
  return spansOf('postcode', ADDRESS, text);
}

// ---------------------------------------------------------------------------------------------
// Birth dates

// A full date: 12-03-1987, 12/03/87, 12.03.1987, 1987-03-12, 12 maart 1987, 12 mrt. 1987, 12 March 1987.
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const FULL_DATE =
  String.raw`(?:${DAY}(?<separator>[-/.])${MONTH}\k<separator>(?:${YEAR}|\d{2})` +
  String.raw`|${YEAR}-${MONTH}-${DAY}` +
  String.raw`|${DAY}(?:e|ste|de)? (?:${MONTHS_NL}|${MONTHS_EN}|(?:${MONTHS_SHORT})\.?) ${YEAR})(?![\p{L}\p{N}])`;
// The words that make a date a birth date ("geb" also without its dot, as in a file name).
const BIRTH_WORD = String.raw`(?<!\p{L})(?:geboren|geb\.?|geboortedatum|geboortedag|d\.o\.b\.|dob|date of birth|born)(?!\p{L})`;
// Between the word and the date: punctuation and at most three small words or a place ("geboren op",
// "is geboren op de", "geboren in Utrecht op", "geboren te Ergens,"). Any other word breaks the link,
// so "geboren vóór 1 januari 1946" and "wie geboren is in Nederland na 1960" are no birth dates.
const BIRTH_GAP = String.raw`[\s:(,-]*(?:(?:op|in|is|was|de|on|(?:in|te) \p{L}[\p{L}'’-]*)[\s:(,-]+){0,3}`;
// A full date after any birth word, or only a year right after "geb." or "geboortejaar": "(geb. 1987)".
// "geboren in 1987" is not flagged: policy texts say that about whole groups ("kinderen geboren in 2020").
const BIRTH_DATE = new RegExp(
  String.raw`${BIRTH_WORD}${BIRTH_GAP}(?<date>${FULL_DATE})` +
    String.raw`|(?<!\p{L})(?:geb\.?|geboortejaar)[\s:(]*(?<year>${YEAR})(?![\p{N}]|[-/.]\p{N})`,
  'giud',
);

function findBirthDates(text: string): Candidate[] {
  return [...text.matchAll(BIRTH_DATE)].flatMap((match) => {
    const indices = match.indices?.groups?.['date'] ?? match.indices?.groups?.['year'];
    return indices ? [{ kind: 'geboortedatum' as const, start: indices[0], end: indices[1] }] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// Names

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

function findNames(text: string, names: readonly string[]): Candidate[] {
  return names.filter((name) => name.trim() !== '').flatMap((name) => spansOf('naam', namePattern(name), text));
}

// ---------------------------------------------------------------------------------------------
// Reading a text as the patterns see it

// Text pasted from a word processor carries characters that look like ordinary ones or like nothing:
// no-break and thin spaces (U+00A0, U+202F…) between the groups of a number, zero-width spaces and
// joiners, word joiners, byte-order marks, direction marks and soft hyphens inside it, non-breaking
// hyphens and en dashes between its groups. The patterns see a space, nothing and a hyphen instead;
// findings still point into the original text.
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const HYPHEN_LIKE = /[\u2010-\u2013\u2212]/;
const UNUSUAL = new RegExp([SPACE_LIKE, INVISIBLE, HYPHEN_LIKE].map((pattern) => pattern.source).join('|'));

/** A text as the patterns see it, and for each of its UTF-16 code units the offset in the original (none: the same). */
interface Reading {
  text: string;
  origin: number[] | undefined;
}

function seenAs(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (SPACE_LIKE.test(char)) return ' ';
  return HYPHEN_LIKE.test(char) ? '-' : char;
}

/** The text with look-alike spaces and hyphens replaced and invisible characters left out. */
function readText(text: string): Reading {
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
function inOriginal(reading: Reading, { kind, start, end }: Candidate): Candidate {
  const { origin } = reading;
  return origin ? { kind, start: origin[start]!, end: origin[end - 1]! + 1 } : { kind, start, end };
}

// ---------------------------------------------------------------------------------------------
// Putting it together

/** Keeps the first and, on ties, longest of overlapping candidates: an e-mail address wins over a name inside it. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}

/** How values are compared to the allowlist: lower case, whitespace collapsed. */
const normalise = (value: string) => value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Numbers are also compared without separators, so "0800 1234" allows "0800-1234". */
const compact = (value: string) => normalise(value).replace(/[\s.()-]/g, '');

function isAllowed(kind: PersonalDataKind, match: string, allow: readonly string[]): boolean {
  const separatorsMatter = kind === 'e-mail' || kind === 'naam';
  return allow.some(
    (value) => normalise(value) === normalise(match) || (!separatorsMatter && compact(value) === compact(match)),
  );
}

/** The 1-based line and column (in UTF-16 code units) of an offset in the text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Masks a value: of each run of letters or digits, keeps the first and last character; runs of up to three are masked whole. */
export function maskValue(value: string): string {
  return value.replace(/[\p{L}\p{N}\p{M}]+/gu, (run) => {
    const chars = [...run];
    if (chars.length <= 3) return '•'.repeat(chars.length);
    return chars[0] + '•'.repeat(chars.length - 2) + chars.at(-1);
  });
}

/** Every candidate in a text as the patterns see it, with spans in that text. */
function candidatesIn(text: string, names: readonly string[]): Candidate[] {
  const ignored = ignoredSpans(text);
  const numeric = [...findBsns(text), ...findPhones(text), ...findAddresses(text), ...findBirthDates(text)].filter(
    (candidate) => !ignored.some((span) => overlaps(span, candidate)),
  );
  return [...findIbans(text), ...spansOf('e-mail', EMAIL, text), ...numeric, ...findNames(text, names)];
}

/** The findings for candidates with spans in the original text, without allowed values; each masked as it reads. */
function findingsOf(original: string, candidates: Candidate[], allow: readonly string[]): PersonalDataFinding[] {
  return withoutOverlaps(candidates).flatMap(({ kind, start, end }) => {
    const match = original.slice(start, end);
    const value = readText(match).text;
    if (isAllowed(kind, value, allow)) return [];
    return [{ kind, match, masked: maskValue(value), ...positionOf(original, start) }];
  });
}

/** Finds BSNs, IBANs, phone numbers, e-mail addresses, postcodes and addresses, birth dates and the given names in a text. */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const reading = readText(text);
  const candidates = candidatesIn(reading.text, options.names ?? []).map((candidate) => inOriginal(reading, candidate));
  return findingsOf(text, candidates, options.allow ?? []);
}

// ---------------------------------------------------------------------------------------------
// File names and URLs

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
function readName(name: Reading, tokens: readonly Token[], numberBreak: '-' | ' '): Reading {
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
function findIbansInName(tokens: readonly Token[]): Candidate[] {
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
function nameInFileName(name: string): string[] {
  const words = (value: string) =>
    value
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .filter(Boolean)
      .join(' ');
  return [...new Set([words(name), words(name.replace(/['’]/g, ''))])].filter(Boolean);
}

/** Finds personal data in a file name or URL segment, read as the words and numbers it stands for ("fictiefsma-bsn-111222333"). */
export function findPersonalDataInName(name: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const normalised = readText(name);
  const tokens = [...normalised.text.matchAll(TOKEN)].map((match) => ({
    value: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const withHyphens = readName(normalised, tokens, '-');
  const withSpaces = readName(normalised, tokens, ' ');
  const candidates = [
    ...candidatesIn(withHyphens.text, (options.names ?? []).flatMap(nameInFileName)).map((candidate) =>
      inOriginal(withHyphens, candidate),
    ),
    ...candidatesIn(withSpaces.text, []).map((candidate) => inOriginal(withSpaces, candidate)),
    ...[...findIbansInName(tokens), ...spansOf('e-mail', EMAIL, normalised.text)].map((candidate) =>
      inOriginal(normalised, candidate),
    ),
  ];
  return findingsOf(name, candidates, options.allow ?? []);
}
