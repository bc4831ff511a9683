// Finds personal data in Dutch text, so that a build can refuse to publish it.
// Every class (numbers.ts, places.ts, names.ts) says what it catches and, just as important, what it deliberately
// leaves alone: the detector runs over texts about laws and social work, and every false alarm blocks a build.

import { overlaps, type Candidate } from './candidates.ts';
import { findIbansInName, nameInFileName, readName, tokensOf } from './file-names.ts';
import { findNames } from './names.ts';
import { findBsns, findIbans, findPhones, ignoredSpans } from './numbers.ts';
import { findAddresses, findBirthDates, findEmails } from './places.ts';
import { inOriginal, readText } from './reading.ts';

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

/** The offsets at which the lines of a text start. */
const lineStartsOf = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];

/** The 1-based line and column (in UTF-16 code units) of an offset, given where the lines start. */
function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

/**
 * Masks a value: keeps its first and last letter or digit and every separator, and hides every other
 * letter and digit (`0612345678` → `0••••••••8`); a value of up to three letters and digits is hidden whole.
 */
export function maskValue(value: string): string {
  const visible = [...value.matchAll(/[\p{L}\p{N}\p{M}]/gu)];
  const first = visible[0]?.index;
  const last = visible.at(-1)?.index;
  const whole = visible.length <= 3;
  return value.replace(/[\p{L}\p{N}\p{M}]/gu, (char, offset: number) =>
    !whole && (offset === first || offset === last) ? char : '•',
  );
}

/** Every candidate in a text as the patterns see it, with spans in that text. */
function candidatesIn(text: string, names: readonly string[]): Candidate[] {
  const ignored = ignoredSpans(text);
  const numeric = [...findBsns(text), ...findPhones(text), ...findAddresses(text), ...findBirthDates(text)].filter(
    (candidate) => !ignored.some((span) => overlaps(span, candidate)),
  );
  return [...findIbans(text), ...findEmails(text), ...numeric, ...findNames(text, names)];
}

/** The findings for candidates with spans in the original text, without allowed values; each masked as it reads. */
function findingsOf(original: string, candidates: Candidate[], allow: readonly string[]): PersonalDataFinding[] {
  const lineStarts = lineStartsOf(original);
  return withoutOverlaps(candidates).flatMap(({ kind, start, end }) => {
    const match = original.slice(start, end);
    const value = readText(match).text;
    if (isAllowed(kind, value, allow)) return [];
    return [{ kind, match, masked: maskValue(value), ...positionOf(lineStarts, start) }];
  });
}

/** Finds BSNs, IBANs, phone numbers, e-mail addresses, postcodes and addresses, birth dates and the given names in a text. */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const reading = readText(text);
  const candidates = candidatesIn(reading.text, options.names ?? []).map((candidate) => inOriginal(reading, candidate));
  return findingsOf(text, candidates, options.allow ?? []);
}

/** Finds personal data in a file name or URL segment, read as the words and numbers it stands for ("fictiefsma-bsn-111222333"). */
export function findPersonalDataInName(name: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const normalised = readText(name);
  const tokens = tokensOf(normalised.text);
  const withHyphens = readName(normalised, tokens, '-');
  const withSpaces = readName(normalised, tokens, ' ');
  const candidates = [
    ...candidatesIn(withHyphens.text, (options.names ?? []).flatMap(nameInFileName)).map((candidate) =>
      inOriginal(withHyphens, candidate),
    ),
    ...candidatesIn(withSpaces.text, []).map((candidate) => inOriginal(withSpaces, candidate)),
    ...[...findIbansInName(tokens), ...findEmails(normalised.text)].map((candidate) =>
      inOriginal(normalised, candidate),
    ),
  ];
  return findingsOf(name, candidates, options.allow ?? []);
}
