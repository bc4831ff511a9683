// Finds the numbers that point to a person: BSNs, IBANs and phone numbers, and where digit runs are not personal data.
import {
  digitsOf,
  NOT_AFTER_NUMBER,
  NOT_AN_AMOUNT,
  NOT_BEFORE_EURO,
  NOT_BEFORE_NUMBER,
  NOT_IN_AN_ID,
  spansOf,
  type Candidate,
  type Span,
} from './candidates.ts';

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
export function ignoredSpans(text: string): Span[] {
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
    NOT_BEFORE_EURO,
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

/** BSNs: nine digits in one of the usual groupings that pass the elfproef and are no round number. */
export function findBsns(text: string): Candidate[] {
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

/** Whether a value (spaces and case aside) has the IBAN length of its country and passes the mod-97 check. */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/ /g, '').toUpperCase();
  return IBAN_LENGTHS[compact.slice(0, 2)] === compact.length && passesMod97(compact);
}

/** The match may run on into a following word ("… 7034 voor"): the longest valid part, ending at a space or the end. */
function validIbanLength(value: string): number | undefined {
  const ends = [value.length, ...[...value.matchAll(/ /g)].map((space) => space.index).reverse()];
  return ends.find((end) => isValidIban(value.slice(0, end)));
}

/** Valid IBANs, compact or in groups of four. */
export function findIbans(text: string): Candidate[] {
  return spansOf('iban', IBAN, text).flatMap((span) => {
    const length = validIbanLength(text.slice(span.start, span.end));
    return length === undefined ? [] : [{ ...span, end: span.start + length }];
  });
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

// Between two digits of a phone number: spaces, or a hyphen, dot or slash with or without spaces around it
// (06-12345678, 06 - 123 456 78, 06.12.34.56.78, 020/1234567, 020 / 123 45 67), a few spaces where text is
// aligned ("06  12345678"), or a line break where a paragraph is wrapped inside the number ("06 12 34\n56 78",
// "06-\n12345678"). Not a line break before a hyphen, so that a Markdown list ("- 01\n- 02") is no number, and
// only one line break in a number (see findPhones), so that a column of numbers ("01\n02\n03\n04\n05") is none.
const PHONE_SPACE = String.raw`[ \t]{0,3}(?:\r?\n[ \t]{0,3})?`;
const PHONE_SEPARATOR = String.raw`(?:[ \t]{0,3}[-./]${PHONE_SPACE}|(?=\s)${PHONE_SPACE})`;
const PHONE_DIGIT = String.raw`(?:${PHONE_SEPARATOR}?\d)`;
// The area code of a service number after its 0, and the four or seven digits that follow it.
const SERVICE_AREA = '(?:800|90[069])';
const SERVICE_REST = String.raw`${PHONE_DIGIT}{4}(?:${PHONE_DIGIT}{3})?`;
// What follows the 0 of any other number: nine digits, the first not 0.
const NINE_DIGITS = String.raw`[1-9]${PHONE_DIGIT}{8}`;
const AFTER_THE_ZERO = `(?:${SERVICE_AREA}${SERVICE_REST}|${NINE_DIGITS})`;
// The country code, +31 or 0031, in parentheses or not, then the 0 of the area code as (0), 0 or nothing.
const COUNTRY_CODE = String.raw`(?:\((?:\+ ?|00)31\)|(?:\+ ?|00)31)${PHONE_SEPARATOR}?(?:\(0\)${PHONE_SEPARATOR}?|0${PHONE_SEPARATOR}?)?`;

// A time of day: 09.00, 17:30.
const CLOCK = String.raw`(?:[01]\d|2[0-3])[.:][0-5]\d`;
// What a number does not start with (the guards look at the start only, so a number with a country code passes):
// - a date: "06-12-1987 12:00", "06.12.87 12.00", "03.12.04 1009 AB", "01-01-21 1.500". A date with a two-digit
//   year counts only when a time or a number of four digits follows, so that "06-12-34 56 78" is a phone number;
// - a range of times: "09.00-12.00 10 deelnemers";
// - a time before other numbers: "07.45 - 01-01-65", "om 06.15 16.07.12". Two digits, a dot and two digits
//   ("06.12") must go on with a digit or a dot ("06.12.34.56.78"), so "06.12 34 56 78" is left out as a time.
const NOT_A_DATE = String.raw`(?!\d{1,2}([-./])\d{1,2}\1(?:(?:19|20)\d{2}|\d{2}(?=${PHONE_SEPARATOR}(?:\d{1,2}[.:]\d{2}|\d{4}|\d{1,3}\.\d{3})(?!\d)))(?!\d|[-./]\d))`;
const NOT_TIMES = String.raw`(?!${CLOCK} ?- ?${CLOCK}(?!\d|[-./]\d))(?!0\d\.[0-5]\d(?!\d|\.\d))`;

// Dutch numbers, with any of those separators between any of the digits after the first two
// (0612 345 678, 06 1 2345678):
// - service numbers: 0800 or 0900/0906/0909 with four or seven digits (0800-1234, 0900 123 4567, (0800) 1234);
// - international: +31 or 0031, optionally (0) or 0, then nine digits or a service number (+31 6 12345678,
//   +31(0)6-12345678, (+31) 6 1234 5678, 0031 20 123 4567, +31 800 1234);
// - the 0 in parentheses: (0)6-12345678, (0)20 123 4567;
// - area code in parentheses: (06) 12345678, (020) 123 4567, (0591) 123456;
// - national: 0 and nine digits (06-12345678, 06 1234 5678, 020-123 45 67, 010 123 4567, 0591-123456, 088 123 4567).
// The 0 and the digit after it are never apart, and a service number's 0800 or 0900 is written whole, so
// that "0 - 4 jaar", "0.5" and times ("09.00 12.00") start no number.
// Never a date or a time (above), never an amount ("€ 0612345678", "060 6.629.881 euro"), never the number of
// an ID ("P-060 / 6.629.881"), never part of a longer number or a word (BWBR0015703), never a BSN (nine digits
// without the 0) or an ISBN.
const PHONE = new RegExp(
  NOT_AFTER_NUMBER +
    NOT_AN_AMOUNT +
    NOT_IN_AN_ID +
    NOT_A_DATE +
    NOT_TIMES +
    '(?:' +
    [
      String.raw`0${SERVICE_AREA}${SERVICE_REST}`,
      String.raw`\(0${SERVICE_AREA}\)${SERVICE_REST}`,
      `${COUNTRY_CODE}${AFTER_THE_ZERO}`,
      String.raw`\(0\)${PHONE_SEPARATOR}?${AFTER_THE_ZERO}`,
      String.raw`\(0[1-9]\d{0,2}\)${PHONE_SEPARATOR}?\d${PHONE_DIGIT}{5,7}`,
      `0${NINE_DIGITS}`,
    ].join('|') +
    ')' +
    NOT_BEFORE_NUMBER +
    NOT_BEFORE_EURO,
  'gu',
);

/** A number with its area code in parentheses still has ten digits in all, or eight or eleven for a service number. */
function hasPhoneLength(value: string): boolean {
  if (!/^\(0[1-9]/.test(value)) return true;
  const digits = digitsOf(value).length;
  return /^\(0(?:800|90[069])\)/.test(value) ? digits === 8 || digits === 11 : digits === 10;
}

/** The phone numbers the pattern finds, with the length they need and at most one line break. */
const phonesIn = (text: string) =>
  spansOf('telefoon', PHONE, text).filter((span) => {
    const value = text.slice(span.start, span.end);
    return hasPhoneLength(value) && value.split('\n').length <= 2;
  });

// A slash between two numbers, as in "020-1234567/06-12345678": the pattern takes the slash for part of a longer
// number or a code ("SZW/0612345678"), so the slash is read as a break, and both sides count only when both are
// phone numbers without a slash of their own (so that dates such as "28/04/74 19.00 06/04/1987" are not read as two).
const SLASH_BETWEEN_NUMBERS = /(?<=\d)\/(?=[0+(])/g;

/** Dutch phone numbers: national, international, with an area code in parentheses, or a service number. */
export function findPhones(text: string): Candidate[] {
  const found = phonesIn(text);
  const slashes = [...text.matchAll(SLASH_BETWEEN_NUMBERS)].map((match) => match.index);
  if (slashes.length === 0) return found;
  const listed = phonesIn(text.replace(SLASH_BETWEEN_NUMBERS, ';'));
  const pairs = slashes.flatMap((slash) => {
    const whole = (span: Candidate) => !text.slice(span.start, span.end).includes('/');
    const before = listed.find((span) => span.end === slash && whole(span));
    const after = listed.find((span) => span.start === slash + 1 && whole(span));
    return before && after ? [before, after] : [];
  });
  return [...found, ...pairs];
}
