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

// Nine digits, bare or in the groupings people write: 123456782, 123 456 782, 123-456-782,
// 1234.56.782 (as on an identity card), 12-34-56-782 (one kind of separator per number).
// Not part of a longer number or code (a DOI "239788217X…", an ISBN, "12.123456782"), not an amount
// ("€ 111 222 333", "111 222 333 euro"), and never 3-3-3 with dots: "111.222.333" is how a large
// number is written. Eight-digit numbers (old numbers with an implied leading zero) are left out:
// too many dates and subscriber numbers look like them.
const BSN = new RegExp(
  NOT_AFTER_NUMBER +
    NOT_AN_AMOUNT +
    String.raw`(?:\d{9}|\d{3}([ -])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3}|\d{2}([ .-])\d{2}\3\d{2}\3\d{3})` +
    NOT_BEFORE_NUMBER +
    String.raw`(?!\s*(?:euro|EUR)(?!\p{L}))`,
  'gu',
);

/** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not 0. */
function passesElfproef(value: string): boolean {
  const digits = digitsOf(value);
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return digits.length === 9 && sum !== 0 && sum % 11 === 0;
}

function findBsns(text: string): Candidate[] {
  return spansOf('bsn', BSN, text).filter((span) => passesElfproef(text.slice(span.start, span.end)));
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

// Dutch numbers, spaces or hyphens allowed between the digits:
// - service numbers: 0800 or 0900/0906/0909 with four or seven digits (0800-1234, 0900 123 4567);
// - international: +31 or 0031, optionally (0), then nine digits (+31 6 12345678, +31(0)6-12345678, +31 20 123 4567);
// - area code in parentheses: (020) 123 4567, (0591) 123456;
// - national: 0 and nine digits (06-12345678, 06 1234 5678, 020-1234567, 010 123 4567, 0591-123456).
// Never a date ("06-12-1987 12:00"), never part of a longer number or a word (BWBR0015703),
// never a BSN (nine digits without the 0) or an ISBN.
const PHONE = new RegExp(
  NOT_AFTER_NUMBER +
    String.raw`(?!\d{1,2}-\d{1,2}-\d{2,4}(?!\d))` +
    '(?:' +
    [
      String.raw`0(?:800|90[069])[ -]?\d(?:[ -]?\d){3}(?:(?:[ -]?\d){3})?`,
      String.raw`(?:\+|00)31 ?(?:\(0\) ?)?-? ?[1-9](?:[ -]?\d){8}`,
      String.raw`\(0[1-9]\d{1,2}\) ?\d(?:[ -]?\d){5,6}`,
      String.raw`0[1-9](?:[ -]?\d){8}`,
    ].join('|') +
    ')' +
    NOT_BEFORE_NUMBER,
  'gu',
);

/** A number with its area code in parentheses still needs ten digits in all. */
function hasPhoneLength(value: string): boolean {
  return !value.startsWith('(') || digitsOf(value).length === 10;
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
// Words with a street suffix that are no street.
const NOT_A_STREET = String.raw`(?!(?:Gerechtshof|Arbeidsmarkt|Woningmarkt|Zorgmarkt|Loopbaan|Blokkade|Onderweg)(?!\p{L}))`;
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
// The words that make a date a birth date.
const BIRTH_WORD = String.raw`(?<!\p{L})(?:geboren|geb\.|geboortedatum|geboortedag|d\.o\.b\.|dob|date of birth|born)(?!\p{L})`;
// Between the word and the date: punctuation and at most three small words or a place ("geboren op",
// "is geboren op de", "geboren in Utrecht op", "geboren te Ergens,"). Any other word breaks the link,
// so "geboren vóór 1 januari 1946" and "wie geboren is in Nederland na 1960" are no birth dates.
const BIRTH_GAP = String.raw`[\s:(,-]*(?:(?:op|in|is|was|de|on|(?:in|te) \p{L}[\p{L}'’-]*)[\s:(,-]+){0,3}`;
// A full date after any birth word, or only a year right after "geb." or "geboortejaar": "(geb. 1987)".
// "geboren in 1987" is not flagged: policy texts say that about whole groups ("kinderen geboren in 2020").
const BIRTH_DATE = new RegExp(
  String.raw`${BIRTH_WORD}${BIRTH_GAP}(?<date>${FULL_DATE})` +
    String.raw`|(?<!\p{L})(?:geb\.|geboortejaar)[\s:(]*(?<year>${YEAR})(?![\p{N}]|[-/.]\p{N})`,
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

/** Finds BSNs, IBANs, phone numbers, e-mail addresses, postcodes and addresses, birth dates and the given names in a text. */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const ignored = ignoredSpans(text);
  const numeric = [...findBsns(text), ...findPhones(text), ...findAddresses(text), ...findBirthDates(text)].filter(
    (candidate) => !ignored.some((span) => overlaps(span, candidate)),
  );
  const candidates = [...findIbans(text), ...spansOf('e-mail', EMAIL, text), ...numeric];
  const all = withoutOverlaps([...candidates, ...findNames(text, options.names ?? [])]);
  return all.flatMap(({ kind, start, end }) => {
    const match = text.slice(start, end);
    if (isAllowed(kind, match, options.allow ?? [])) return [];
    return [{ kind, match, masked: maskValue(match), ...positionOf(text, start) }];
  });
}
