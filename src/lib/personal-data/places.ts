// Finds what leads to a person's door or day of birth: e-mail addresses, street addresses, postcodes and birth dates.
import { NOT_AN_AMOUNT, spansOf, type Candidate } from './candidates.ts';

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTHS_SHORT = String.raw`jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec`;
const MONTHS_EN = 'january|february|march|may|june|july|august|october';

// ---------------------------------------------------------------------------------------------
// E-mail addresses

// Any address: j.jansen@gemeente.nl, Info@Example.org, mailto:… included. A URL without "@" is no address.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** E-mail addresses. */
export function findEmails(text: string): Candidate[] {
  return spansOf('e-mail', EMAIL, text);
}

// ---------------------------------------------------------------------------------------------
// Addresses: postcode, house number, street

/**
 * Dutch street names end in one of these (Dorpsstraat, Kerkweg, Stationsplein…).
 * "ring" only after a consonant (Stadsring), so that Regering, Ervaring and Sturing are no streets.
 */
export const STREET_SUFFIX = String.raw`(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|hof|pad|steeg|markt|park|baan|wal|plantsoen|(?<![aeiouyéë])ring)`;
/**
 * Words with a street suffix that are no street, also in a title or a file name ("zorgpad-2"): a circle of
 * people (Intervisiekring, Steunkring) is no street either.
 */
export const NOT_A_STREET = String.raw`(?!(?:Gerechtshof|Arbeidsmarkt|Woningmarkt|Zorgmarkt|Loopbaan|Bijbaan|Blokkade|Onderweg|Uitweg|Omweg|Zorgpad|Leerpad|\p{Lu}\p{Ll}*kring)(?!\p{L}))`;
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

/** Addresses: a street with its house number (and postcode), a postcode with a house number, or a postcode alone. */
export function findAddresses(text: string): Candidate[] {
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

/** Birth dates: the date (or the year) after a birth word, without the word itself. */
export function findBirthDates(text: string): Candidate[] {
  return [...text.matchAll(BIRTH_DATE)].flatMap((match) => {
    const indices = match.indices?.groups?.['date'] ?? match.indices?.groups?.['year'];
    return indices ? [{ kind: 'geboortedatum' as const, start: indices[0], end: indices[1] }] : [];
  });
}
