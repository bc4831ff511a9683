// A match before it becomes a finding, and the pattern pieces that keep a number from being read inside another.
import type { PersonalDataKind } from './detect.ts';

/** A match before it becomes a finding: its class and its span in the text. */
export interface Candidate {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** Where a match starts and ends. */
export type Span = Pick<Candidate, 'start' | 'end'>;

/** Not glued to a word or a number before it: no letter or digit, no "12." or "12-", no "+", "/", "@" or "#". */
export const NOT_AFTER_NUMBER = String.raw`(?<![\p{L}\p{N}+/@#]|\p{N}[.,-])`;
/** Not glued to a word or a number after it: no letter or digit, no ".5", ",5", "-5" or "/5". */
export const NOT_BEFORE_NUMBER = String.raw`(?![\p{L}\p{N}]|[.,/-]\p{N})`;
/** Not an amount of money: no currency sign before it. */
export const NOT_AN_AMOUNT = String.raw`(?<![€$£]\s*)`;
/** Not an amount of money: no "euro" or "EUR" after it. */
export const NOT_BEFORE_EURO = String.raw`(?!\s*(?:euro|EUR)(?!\p{L}))`;
/** Not the number of an entry ID or another code of one capital and a hyphen: D-007, P-060. */
export const NOT_IN_AN_ID = String.raw`(?<!(?<!\p{L})\p{Lu}-)`;

/** All matches of a global regular expression as candidates of one class. */
export function spansOf(kind: PersonalDataKind, pattern: RegExp, text: string): Candidate[] {
  return [...text.matchAll(pattern)].map((match) => ({ kind, start: match.index, end: match.index + match[0].length }));
}

/** The digits of a value, as numbers. */
export const digitsOf = (value: string): number[] => [...value.replace(/\D/g, '')].map(Number);

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
