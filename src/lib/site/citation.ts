/** Citations of an entry and of its sources: APA (Dutch), BibTeX, RIS and CSL-JSON from one set of citation data, through citation-js. */
import { permalinkUrl, versionUrl } from './urls.ts';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { ui } from '../../i18n/nl.ts';
import type { Kind } from '../../schemas/kinds.ts';
import { siteConfig } from '../../site.config.ts';
import { apaHtmlOf } from './apa-style.ts';
import { bibtexOf, risOf } from './citation-exports.ts';

/**
 * What a citation needs to know of an entry. There is no retrieval date: the page's script adds
 * the day the reader views it (see `retrievalClause`), so a build does not depend on its day.
 */
export interface CitationInput {
  id: string;
  /** The kind's Dutch name, e.g. "Dilemma"; shown with the ID. */
  genre: string;
  title: string;
  summary: string;
  /** Version date: the entry's last substantive change, YYYY-MM-DD. */
  updated: string;
  /**
   * The absolute URL the citation leads to: the page of this version (https://…/D-007/versies/2026-11-28/),
   * or the permanent link (https://…/D-007/) for a citation of whatever version is newest.
   */
  url: string;
  /** The permanent link, named beside the URL of a version. */
  permalink?: string;
  /** The knowledge base, named as group author and container. */
  siteName: string;
  publisher: string;
}

/**
 * The citation input for an entry of this site, or for one version of it (an entry as it was,
 * with its `updated` date): what its page and the open data cite. A published entry is cited by
 * the page of its version, with the permanent link beside it; `latest` cites the permanent link
 * alone ("altijd de nieuwste"), as is every withdrawn entry (its text is no longer published).
 */
export function entryCitationInput(
  entry: { id: string; kind: Kind; data: { title: string; summary: string; updated: string; status?: string } },
  site: URL | string,
  { latest = false }: { latest?: boolean } = {},
): CitationInput {
  const permalink = permalinkUrl(entry.id, site);
  const versioned = !latest && (entry.data.status === undefined || entry.data.status === 'gepubliceerd');
  return {
    id: entry.id,
    genre: ui.kindSingular[entry.kind],
    title: entry.data.title,
    summary: entry.data.summary,
    updated: entry.data.updated,
    url: versioned ? versionUrl(entry.id, entry.data.updated, site) : permalink,
    ...(versioned ? { permalink } : {}),
    siteName: ui.siteName,
    publisher: siteConfig.publisher,
  };
}

type DateParts = { 'date-parts': [[number, number, number]] };

/** A CSL-JSON item (the subset this project writes). */
export interface CslItem {
  id: string;
  /** BibTeX key: the ID itself ("D-007"); BibTeX and biber allow the dash. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  genre: string;
  number: string;
  'container-title': string;
  /** One organisation, as a literal name: no reader may split it into given and family names. */
  author: { literal: string }[];
  publisher: string;
  issued: DateParts;
  /** Only set when a day is known to be the retrieval date; the exports have none. */
  accessed?: DateParts;
  version: string;
  URL: string;
  /** Beside a version's URL: the permanent link to the newest version. */
  note?: string;
  language: string;
  abstract: string;
}

/** The note beside a version's URL: the version (RIS has no field of its own for it) and the permanent link. */
export const versionNote = (version: string, permalink: string) =>
  `Versie ${version}. Vaste link naar de nieuwste versie: ${permalink}`;

/** `[[2026, 11, 28]]` of "2026-11-28". */
export const dateParts = (isoDay: string): [[number, number, number]] => {
  const [year = 0, month = 0, day = 0] = isoDay.split('-').map(Number);
  return [[year, month, day]];
};

/** The one description of an entry that every citation format is produced from. */
export function citationData(input: CitationInput): CslItem {
  return {
    id: input.id,
    'citation-key': input.id,
    type: 'webpage',
    title: input.title,
    genre: input.genre,
    // APA shows the number with the genre: "(Dilemma D-007, Versie 2026-11-28)" for a version.
    number: input.permalink ? `${input.id}, versie ${input.updated}` : input.id,
    'container-title': input.siteName,
    author: [{ literal: input.siteName }],
    publisher: input.publisher,
    issued: { 'date-parts': dateParts(input.updated) },
    version: input.updated,
    URL: input.url,
    ...(input.permalink ? { note: versionNote(input.updated, input.permalink) } : {}),
    language: 'nl-NL',
    abstract: input.summary,
  };
}

const authorName = (item: { author?: { literal: string }[] }) => item.author?.map((name) => name.literal).join(', ');

/**
 * What APA shows of an item: APA 7 leaves out the site name and the publisher when they are the
 * same as the author, so a group author's page does not name it two or three times.
 */
export function forApa<T extends { author?: { literal: string }[]; publisher?: string; 'container-title'?: string }>(
  item: T,
): T {
  const author = authorName(item);
  const { publisher, 'container-title': container, ...rest } = item;
  return {
    ...rest,
    ...(publisher && publisher !== author ? { publisher } : {}),
    ...(container && container !== author ? { 'container-title': container } : {}),
  } as T;
}

/** The entry cited in every format the site offers. None holds a retrieval date. */
export interface Citations {
  /** APA 7 in Dutch as plain text, ending with the URL; `withRetrievalDate` adds the day before it. */
  apa: string;
  /** The same as HTML up to the URL (the page puts the retrieval date and the URL after it). */
  apaHtml: string;
  /** The URL that ends the APA reference. */
  url: string;
  bibtex: string;
  ris: string;
  cslJson: string;
  /**
   * Where the page's script puts the retrieval date in each export, and what: the text the
   * format has for an `accessed` date, with `{y}`, `{m}`, `{d}`, `{mm}` and `{dd}` for the day.
   */
  retrieval: Record<ExportFormat, { at: number; template: string }>;
}

/** The formats that are exported as text. */
export type ExportFormat = 'bibtex' | 'ris' | 'cslJson';

/** BibTeX, RIS and CSL-JSON of an item, with its retrieval date if it has one. */
function exportsOf(item: CslItem): Record<ExportFormat, string> {
  const cite = new Cite(item);
  return { bibtex: bibtexOf(cite, item), ris: risOf(cite), cslJson: JSON.stringify([item], null, 2) };
}

/** A day no citation holds, so its numbers can be found in what a format writes for it. */
const PROBE: DateParts = { 'date-parts': [[1987, 6, 5]] };

/**
 * Where and how a format writes a retrieval date: the text formatted with the probe day compared
 * with the text without one. The inserted text becomes the template, its day the placeholders.
 */
function retrievalTemplate(plain: string, probed: string): { at: number; template: string } {
  let at = 0;
  while (at < plain.length && plain[at] === probed[at]) at++;
  let end = 0;
  while (end < plain.length - at && plain.at(-1 - end) === probed.at(-1 - end)) end++;
  const template = probed
    .slice(at, probed.length - end)
    .replace(/1987([-/,\s]+)(0?)6([-/,\s]+)(0?)5/g, (_match, first: string, mm: string, second: string, dd: string) => {
      return `{y}${first}${mm ? '{mm}' : '{m}'}${second}${dd ? '{dd}' : '{d}'}`;
    });
  if (/1987|\b0?6\b.*\b0?5\b/.test(template) || probed.length - end - at <= 0)
    throw new Error(`Datum van raadplegen niet gevonden in: ${template}`);
  return { at, template };
}

/** Formats one citation item as APA (Dutch), BibTeX, RIS and CSL-JSON, all through citation-js. */
export function formatCitations(item: CslItem): Citations {
  const exported: CslItem = { ...item };
  delete exported.accessed;
  const html = apaHtmlOf(forApa(exported));
  const urlHtml = escapeLikeCiteproc(item.URL);
  if (!html.endsWith(urlHtml)) throw new Error(`APA-verwijzing van ${item.id} eindigt niet op de URL: ${html}`);
  const plain = exportsOf(exported);
  const probed = exportsOf({ ...exported, accessed: PROBE });
  return {
    apa: decodeEntities(html.replace(/<[^>]+>/g, '')),
    apaHtml: html.slice(0, -urlHtml.length),
    url: item.URL,
    ...plain,
    retrieval: {
      bibtex: retrievalTemplate(plain.bibtex, probed.bibtex),
      ris: retrievalTemplate(plain.ris, probed.ris),
      cslJson: retrievalTemplate(plain.cslJson, probed.cslJson),
    },
  };
}

/**
 * The words APA puts before the URL of a page that changes, as citeproc writes them with this
 * style: `Geraadpleegd op {datum}, van ` where `{datum}` stands for the day in Dutch ("2 december
 * 2026"). The page's script fills in the day the reader views the page; tests hold it to citeproc.
 */
export const retrievalClause = 'Geraadpleegd op {datum}, van ';

/** The APA reference with the retrieval clause for a day written in Dutch, as the page shows it with its script. */
export const withRetrievalDate = (citations: Pick<Citations, 'apa' | 'url'>, dutchDay: string) =>
  `${citations.apa.slice(0, -citations.url.length)}${retrievalClause.replace('{datum}', dutchDay)}${citations.url}`;

// citeproc writes `&`, `<` and `>` in text as numeric references (`&#38;`, `&#60;`, `&#62;`).
export const escapeLikeCiteproc = (text: string) =>
  text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string) =>
  text.replace(
    /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi,
    (reference, decimal?: string, hex?: string, name?: string) =>
      decimal || hex
        ? String.fromCodePoint(Number.parseInt((decimal ?? hex)!, decimal ? 10 : 16))
        : (ENTITIES[name!.toLowerCase()] ?? reference),
  );
