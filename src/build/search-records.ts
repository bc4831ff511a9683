/**
 * What the search index gets of an entry page: its article, plus a hidden `terms` field with the
 * parts of its compounds and the synonyms of its words; and the word list behind "Bedoelde je …?".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STOPWORDS, wordsOf } from '../lib/search/text.ts';

/** Named and numeric character references in a page's text. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An entry page as search reads it: the HTML to index and the words it shows (text and metadata). */
export interface EntryRecord {
  /** The page's language and its article only: Pagefind reads nothing else of an entry page. */
  html: string;
  /** The words of the article and of its metadata (title, aliases, facts), for terms and the word list. */
  text: string;
  /** The date the entry was last updated, as the search page sorts by it (`data-pagefind-sort="updated:…"`). */
  updated?: string;
}

/** The metadata whose words count as the entry's own: what SearchData.astro and the summary give Pagefind. */
const WORDED_META = new Set(['title', 'summary', 'aliases', 'facts']);

/**
 * The words of an article that are the entry's own, as Pagefind reads them (see NOT_PROSE in
 * search-index.ts): without the header (its title and summary come back as metadata), the facts
 * tables (their facts come back as metadata), headings every entry has, sources, and the citation
 * box. Otherwise the labels on every page ("Bestuurslaag", "Kennisbank") would give every entry the
 * same search terms.
 */
function ownText(article: string): string {
  return (
    article
      .replace(/<header\b[\s\S]*?<\/header>/gi, ' ')
      .replace(/<div data-pagefind-ignore[\s\S]*$/i, ' ')
      // Parts Pagefind ignores: the headings of the reader parts and the policy box, the lists of related entries.
      .replace(/<(h2|h3|div)\b[^>]*\sdata-pagefind-ignore[\s>][\s\S]*?<\/\1>/gi, ' ')
      .replace(/<(script|style|svg|pre|dl|h1|h2)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<ul class="sources"[\s\S]*?<\/ul>/gi, ' ')
      .replace(/<p class="meta"[\s\S]*?<\/p>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
  );
}

/**
 * The record of a built entry page, or undefined when the page is not indexed (a withdrawn entry's
 * tombstone has no `data-pagefind-body`).
 */
export function entryRecord(page: string): EntryRecord | undefined {
  const start = page.indexOf('<article');
  const end = page.lastIndexOf('</article>');
  if (start < 0 || end < start) return undefined;
  const article = page.slice(start, end + '</article>'.length);
  if (!/^<article[^>]*\sdata-pagefind-body[\s>=]/.test(article)) return undefined;
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(page)?.[1] ?? 'nl';
  const meta = [...article.matchAll(/data-pagefind-meta="([^":]*):([^"]*)"/g)]
    .filter((match) => WORDED_META.has(match[1] ?? ''))
    .map((match) => match[2] ?? '');
  const summary = /<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(article)?.[1] ?? '';
  const updated = /\sdata-pagefind-sort="updated:([^"]*)"/.exec(article)?.[1];
  return {
    ...(updated && { updated }),
    html: `<!doctype html><html lang="${attribute(lang)}"><body>${article}</body></html>`,
    text: decode([ownText(article), summary.replace(/<[^>]*>/g, ' '), ...meta].join(' ')),
  };
}

/** The record's HTML with its extra search terms as hidden metadata; unchanged when there are none. */
export function withTerms(record: EntryRecord, terms: readonly string[]): string {
  if (terms.length === 0) return record.html;
  return record.html.replace(
    '</body>',
    `<span hidden data-pagefind-meta="terms:${attribute(terms.join(' '))}"></span></body>`,
  );
}

/**
 * Counts in how many records each word occurs (words of three letters or more, function words left
 * out), for the suggestions on a search without results.
 */
export class WordList {
  readonly #counts = new Map<string, number>();

  /** Adds the distinct words of one record. */
  add(words: Iterable<string>): void {
    for (const word of new Set(words)) {
      if (word.length >= 3 && !STOPWORDS.has(word)) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
    }
  }

  /**
   * Writes one file per first letter, `<folder>/<letter>.json`: `[[word, records], …]`, most used first.
   * A search page loads only the letter of the word it has no result for. Replaces what was there.
   */
  write(folder: string): number {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const byLetter = new Map<string, [string, number][]>();
    for (const [word, count] of this.#counts) {
      const letter = /^[a-z]/.test(word) ? word[0]! : '_';
      const list = byLetter.get(letter) ?? [];
      if (list.length === 0) byLetter.set(letter, list);
      list.push([word, count]);
    }
    for (const [letter, words] of byLetter) {
      words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      writeFileSync(path.join(folder, `${letter}.json`), JSON.stringify(words));
    }
    return this.#counts.size;
  }
}

/** The words of a record's text in normal form. */
export const recordWords = (record: EntryRecord) => wordsOf(record.text);
