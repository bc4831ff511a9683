/** Citations of an entry: APA (Dutch), BibTeX, RIS and CSL-JSON from one set of citation data, through citation-js. */
import { permalinkUrl } from './urls.ts';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { ui } from '../../i18n/nl.ts';
import type { Kind } from '../../schemas/kinds.ts';
import { siteConfig } from '../../site.config.ts';

/** What a citation needs to know of an entry. */
export interface CitationInput {
  id: string;
  /** The kind's Dutch name, e.g. "Dilemma"; shown with the ID. */
  genre: string;
  title: string;
  summary: string;
  /** Version date: the entry's last update, YYYY-MM-DD. */
  updated: string;
  /** The absolute permanent URL, e.g. https://…/D-007/. */
  url: string;
  /** Retrieval date, YYYY-MM-DD. */
  accessed: string;
  /** The knowledge base, named as author and container. */
  siteName: string;
  publisher: string;
}

/** Today's date (YYYY-MM-DD): the retrieval date of the citations in a build. */
export const retrievalDay = () => new Date().toISOString().slice(0, 10);

/** The citation input for an entry of this site: what its page and the open data cite. */
export function entryCitationInput(
  entry: { id: string; kind: Kind; data: { title: string; summary: string; updated: string } },
  site: URL | string,
  accessed: string,
): CitationInput {
  return {
    id: entry.id,
    genre: ui.kindSingular[entry.kind],
    title: entry.data.title,
    summary: entry.data.summary,
    updated: entry.data.updated,
    url: permalinkUrl(entry.id, site),
    accessed,
    siteName: ui.siteName,
    publisher: siteConfig.publisher,
  };
}

/** A CSL-JSON item (the subset this project writes). */
export interface CslItem {
  id: string;
  /** BibTeX key: the ID without its dash, since BibTeX keys allow no punctuation ("D007"). */
  'citation-key': string;
  type: 'webpage';
  title: string;
  genre: string;
  number: string;
  'container-title': string;
  author: { literal: string }[];
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  version: string;
  URL: string;
  language: string;
  abstract: string;
}

const dateParts = (isoDay: string): [[number, number, number]] => {
  const [year = 0, month = 0, day = 0] = isoDay.split('-').map(Number);
  return [[year, month, day]];
};

/** The one description of an entry that every citation format is produced from. */
export function citationData(input: CitationInput): CslItem {
  return {
    id: input.id,
    'citation-key': input.id.replace('-', ''),
    type: 'webpage',
    title: input.title,
    genre: input.genre,
    number: input.id,
    'container-title': input.siteName,
    author: [{ literal: input.siteName }],
    publisher: input.publisher,
    issued: { 'date-parts': dateParts(input.updated) },
    accessed: { 'date-parts': dateParts(input.accessed) },
    version: input.updated,
    URL: input.url,
    language: 'nl-NL',
    abstract: input.summary,
  };
}

/**
 * APA 7 as bundled with citation-js, with two changes for this site: entries change over time,
 * so the retrieval date is always given (APA 9.16), and day and month are in Dutch order.
 */
const APA_NL = 'apa-nl-kennisbank';
const cslConfig = plugins.config.get('@csl') as {
  styles: { get: (name: string) => string; add: (name: string, xml: string) => void; has: (name: string) => boolean };
};
if (!cslConfig.styles.has(APA_NL)) {
  const apa = cslConfig.styles.get('apa');
  const patched = apa
    .replace(
      '<if match="none" variable="issued status"><text term="retrieved"',
      '<if variable="accessed"><text term="retrieved"',
    )
    .replace(
      '<macro name="date-issued-month-day"><date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date></macro>',
      '<macro name="date-issued-month-day"><date variable="issued"><date-part name="day" suffix=" "/><date-part name="month"/></date></macro>',
    );
  if (patched === apa) throw new Error('De APA-stijl van citation-js is veranderd; pas src/lib/site/citation.ts aan.');
  cslConfig.styles.add(APA_NL, patched);
}

/** The entry cited in every format the site offers. */
export interface Citations {
  apa: string;
  apaHtml: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** Formats one citation item as APA (Dutch), BibTeX, RIS and CSL-JSON, all through citation-js. */
export function formatCitations(item: CslItem): Citations {
  const cite = new Cite(item);
  // citeproc takes about a millisecond per entry for APA; the plain text is read off the HTML
  // rather than formatted a second time.
  const apaHtml = (cite.format('bibliography', { template: APA_NL, lang: 'nl-NL', format: 'html' }) as string)
    .replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
  return {
    apa: decodeEntities(apaHtml.replace(/<[^>]+>/g, '')),
    apaHtml,
    bibtex: (cite.format('bibtex') as string).trim(),
    ris: (cite.format('ris') as string).trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}

// citeproc writes `&`, `<` and `>` in text as numeric references (`&#38;`, `&#60;`, `&#62;`).
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string) =>
  text.replace(
    /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi,
    (reference, decimal?: string, hex?: string, name?: string) =>
      decimal || hex
        ? String.fromCodePoint(Number.parseInt((decimal ?? hex)!, decimal ? 10 : 16))
        : (ENTITIES[name!.toLowerCase()] ?? reference),
  );
