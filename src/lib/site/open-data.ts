/** Entries as open data: the records of entries.json and the rows of entries.csv. */
import { permalinkUrl } from './urls.ts';
import type { Kind } from '../../schemas/kinds.ts';
import { relations } from '../../schemas/relations.ts';
import type { GraphEntry, RelationGraph } from './graph.ts';

type OpenEntry = GraphEntry & { slug: string; url: string; data: Record<string, unknown> & { title: string } };

/** A related entry as open data: enough to follow the link. */
export interface RelatedRecord {
  id: string;
  kind: Kind;
  title: string;
  url: string;
}

/** One entry as open data: every field, its URLs, and its relations resolved both ways. */
export type EntryRecord = Record<string, unknown> & {
  id: string;
  kind: Kind;
  url: string;
  permalink: string;
  relations: { outgoing: Record<string, RelatedRecord[]>; incoming: Record<string, RelatedRecord[]> };
};

/** The open-data record of an entry; `site` makes its URLs absolute. */
export function entryRecord<E extends OpenEntry>(entry: E, graph: RelationGraph<E>, site: URL): EntryRecord {
  const related = (other: E): RelatedRecord => ({
    id: other.id,
    kind: other.kind,
    title: other.data.title,
    url: new URL(other.url, site).href,
  });
  const outgoing: Record<string, RelatedRecord[]> = {};
  const incoming: Record<string, RelatedRecord[]> = {};
  for (const group of graph.groupsOf(entry.id)) {
    const target = group.direction === 'outgoing' ? outgoing : incoming;
    target[group.relation.field] = group.entries.map(related);
  }
  return {
    kind: entry.kind,
    ...entry.data,
    id: entry.id,
    url: new URL(entry.url, site).href,
    permalink: permalinkUrl(entry.id, site),
    relations: { outgoing, incoming },
  };
}

const CSV_COLUMNS = [
  'id',
  'kind',
  'title',
  'summary',
  'status',
  'level',
  'published',
  'updated',
  'themes',
  'laws',
  'aliases',
  'url',
  'permalink',
  ...relations.map((relation) => relation.field),
] as const;

/**
 * One CSV cell. A spreadsheet may run a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula, so such text gets a leading `'`, as OWASP advises against CSV
 * injection; then the cell is quoted as RFC 4180 requires.
 */
function csvCell(value: unknown): string {
  const raw = Array.isArray(value) ? value.join('; ') : value === undefined || value === null ? '' : String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r;']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The records as CSV (RFC 4180, comma-separated, lists joined with "; ", formulas neutralised), one row per entry. */
export function toCsv(records: readonly EntryRecord[]): string {
  const rows = records.map((record) =>
    CSV_COLUMNS.map((column) => {
      const related = record.relations.outgoing[column];
      return csvCell(related ? related.map((item) => item.id) : record[column]);
    }).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
