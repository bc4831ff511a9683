/**
 * The B1 rules for summaries: short sentences, no long words, no jargon. A small rule set, not a
 * readability formula: no maintained npm library scores Dutch text (Flesch-Douma needs Dutch
 * syllables; the npm formulas are English), and a formula says little about two or three sentences.
 * The thresholds live in src/site.config.ts and are explained in CONTRIBUTING.md ("Leesbaarheid").
 */
import { sameWord } from '../../schemas/jargon.ts';

/** The thresholds of the rules. */
export interface ReadabilityRules {
  /** The most words a sentence may have on average. */
  maxAverageSentenceWords: number;
  /** The most letters a word may have (each part of a word with a hyphen counts on its own). */
  maxWordLetters: number;
}

/** Words the rules know: jargon with a plain alternative, and long words that may stay. */
export interface ReadabilityWords {
  /** Jargon → a plain alternative. */
  terms: Readonly<Record<string, string>>;
  /** Long words that name the subject and may stay (compared without case or accents). */
  knownLongWords: readonly string[];
}

/** What a summary breaks: one finding per rule and word. */
export type ReadabilityFinding =
  | { rule: 'long-sentences'; average: number; longest: string; sentences: number }
  | { rule: 'long-word'; word: string; letters: number }
  | { rule: 'jargon'; term: string; alternative: string };

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['art', 'artt', 'bijv', 'bv', 'ca', 'd.w.z', 'e.d', 'enz', 'jl', 'nr', 'o.a', 'vgl', 'zgn']);

/** The sentences of a text: a sentence ends at . ! ? or … before a space and a word that does not start in lowercase. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of text.matchAll(/[.!?…]+["'”’)]*(?=\s+[^\s\p{Ll}])/gu)) {
    const before = text.slice(start, end.index).split(/\s+/).at(-1) ?? '';
    if (end[0] === '.' && ABBREVIATIONS.has(before.toLowerCase())) continue;
    const sentence = text.slice(start, end.index + end[0].length).trim();
    if (wordsOf(sentence).length > 0) sentences.push(sentence);
    start = end.index + end[0].length;
  }
  const rest = text.slice(start).trim();
  if (wordsOf(rest).length > 0) sentences.push(rest);
  return sentences;
}

/** The words of a text: runs of letters and digits (with an apostrophe inside, as in "baby's"); a hyphen splits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Everything a summary breaks, in the order of the rules: sentence length, long words, jargon. */
export function readabilityFindings(
  text: string,
  rules: ReadabilityRules,
  words: ReadabilityWords,
): ReadabilityFinding[] {
  const findings: ReadabilityFinding[] = [];
  const sentences = sentencesOf(text);
  const counts = sentences.map((sentence) => wordsOf(sentence).length);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const average = sentences.length === 0 ? 0 : total / sentences.length;
  if (average > rules.maxAverageSentenceWords) {
    const longest = sentences[counts.indexOf(Math.max(...counts))] ?? '';
    findings.push({ rule: 'long-sentences', average: Math.round(average * 10) / 10, longest, sentences: sentences.length });
  }

  const jargon = Object.entries(words.terms).filter(([term]) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(sameWord(term))}(?![\\p{L}\\p{N}])`, 'u').test(sameWord(text)),
  );
  const jargonWords = new Set(jargon.map(([term]) => sameWord(term)));
  const known = new Set([...words.knownLongWords.map(sameWord), ...jargonWords]);
  const seen = new Set<string>();
  for (const word of wordsOf(text)) {
    const key = sameWord(word);
    if ([...word].length <= rules.maxWordLetters || known.has(key) || seen.has(key)) continue;
    seen.add(key);
    findings.push({ rule: 'long-word', word, letters: [...word].length });
  }
  for (const [term, alternative] of jargon) findings.push({ rule: 'jargon', term, alternative });
  return findings;
}
