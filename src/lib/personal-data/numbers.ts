// Finds the numbers that point to a person: BSNs, IBANs and phone numbers, and where digit runs are not personal data.
import {
  digitsOf,
  NOT_AFTER_NUMBER,
  NOT_AN_AMOUNT,
  NOT_BEFORE_NUMBER,
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

/** Dutch phone numbers: national, international, with an area code in parentheses, or a service number. */
export function findPhones(text: string): Candidate[] {
  return spansOf('telefoon', PHONE, text).filter((span) => hasPhoneLength(text.slice(span.start, span.end)));
}
