/** The sources an entry cites, in APA 7 (Dutch) through citeproc, as its Bronnen list shows them. */
import type { Source } from '../../schemas/shared.ts';
import { apaHtmlOf } from './apa-style.ts';
import { dateParts, escapeLikeCiteproc, forApa } from './citation.ts';

/** A source of an entry cited in APA 7 (Dutch): HTML up to the URL, and the URL if it has one. */
export interface SourceCitation {
  html: string;
  url?: string;
}

/** The CSL-JSON item of a source: a document with its author (as written: a person or an organisation), year, publisher and URL. */
export function sourceData(source: Source): Record<string, unknown> {
  return {
    id: 'bron',
    type: 'document',
    title: source.title,
    ...(source.author ? { author: [{ literal: source.author }] } : {}),
    ...(source.year ? { issued: { 'date-parts': [[source.year]] } } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(source.accessed ? { accessed: { 'date-parts': dateParts(source.accessed) } } : {}),
    language: 'nl-NL',
  };
}

const sourceCitations = new Map<string, SourceCitation>();

/**
 * A source in APA 7 (Dutch) through citeproc, as the entry's Bronnen list shows it: author, year
 * (or "z.d."), title, publisher (unless it is the author) and URL. Many entries cite the same
 * sources, so each is formatted once per build.
 */
export function sourceCitation(source: Source): SourceCitation {
  const key = JSON.stringify(source);
  const known = sourceCitations.get(key);
  if (known) return known;
  const item = sourceData(source) as { URL?: string; author?: { literal: string }[]; publisher?: string };
  const html = apaHtmlOf(forApa(item));
  const urlHtml = item.URL === undefined ? '' : escapeLikeCiteproc(item.URL);
  const cited: SourceCitation =
    item.URL !== undefined && html.endsWith(urlHtml)
      ? { html: html.slice(0, -urlHtml.length), url: item.URL }
      : { html };
  sourceCitations.set(key, cited);
  return cited;
}
