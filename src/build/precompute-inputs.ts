// The inputs of an entry page's citations, relation map and QR code: one function each, for the pages and the precompute request.
import { entryCitationInput, type CitationInput } from '../lib/site/citation.ts';
import { buildGraph, byId, type RelationGraph } from '../lib/site/graph.ts';
import { entryMapRequest, type EntryMapRequest } from '../lib/site/entry-map.ts';
import { entryUrl, permalinkUrl } from '../lib/site/urls.ts';
import { kinds, type EntryData, type Kind } from '../schemas/kinds.ts';
import { isLive, isShown, type Source } from '../schemas/shared.ts';

/**
 * An entry as its page sees it: data validated by its kind's schema (trimmed, defaults filled in,
 * dates as text), as Astro's collections hold it. The pages' entries (src/lib/site/knowledge-base.ts)
 * have this shape, and so do those `shownEntriesOf` reads from the content tree.
 */
export interface ShownEntry {
  kind: Kind;
  id: string;
  url: string;
  data: EntryData;
}

/** The input of an entry's citations: of its version, or (`latest`) of its permanent link alone. */
export function citationInputOf(entry: ShownEntry, site: URL | string, latest = false): CitationInput {
  return entryCitationInput(entry, site, { latest });
}

/**
 * The sources an entry's page cites in APA: the entry's own and, for an assumption, those of the
 * evidence for and against it.
 */
export function sourcesOf(entry: ShownEntry): Source[] {
  const data = entry.data as { sources?: Source[]; evidence?: Record<'for' | 'against', { sources: Source[] }[]> };
  const evidence = data.evidence ? [...data.evidence.for, ...data.evidence.against] : [];
  return [...(data.sources ?? []), ...evidence.flatMap((item) => item.sources)];
}

/** The request for an entry's relation map: its neighbourhood in the graph; none when it has no relations. */
export function relationMapRequestOf<E extends ShownEntry>(
  graph: RelationGraph<E>,
  entry: E,
): EntryMapRequest | undefined {
  return entryMapRequest(graph, entry);
}

/** The input of an entry's QR code: its absolute permanent link. */
export function qrCodeInputOf(entry: ShownEntry, site: URL | string): string {
  return permalinkUrl(entry.id, site);
}

/** An entry file of the content tree as read (`RawEntry` in src/lib/content/tree.ts): frontmatter not yet validated. */
export interface UncheckedEntry {
  kind: Kind;
  slug: string;
  data: unknown;
}

/**
 * The entries the site shows (published and withdrawn, sorted by ID) and the relation graph of the
 * published ones, from the raw entries of the content tree the way the pages have them from Astro's
 * collections: each entry's frontmatter validated by its kind's schema, as the loader's `parseData`
 * does. Entries the schema rejects are left out (a build only gets here when the check found nothing).
 */
export function shownEntriesOf(raw: readonly UncheckedEntry[]): {
  entries: ShownEntry[];
  graph: RelationGraph<ShownEntry>;
} {
  const entries = raw
    .flatMap(({ kind, slug, data }): ShownEntry[] => {
      const parsed = kinds[kind].schema.safeParse(data);
      return parsed.success ? [{ kind, id: parsed.data.id, url: entryUrl(kind, slug), data: parsed.data }] : [];
    })
    .filter((entry) => isShown(entry.data.status))
    .sort(byId);
  return { entries, graph: buildGraph(entries.filter((entry) => isLive(entry.data.status))) };
}

/**
 * The expensive parts of entry pages: citeproc (about 1 ms an entry and 1 to 3 ms a source),
 * dagre (about 1 ms) and the QR code of the permanent link on the handout (about 0.2 ms).
 */
export interface PrecomputeRequest {
  citations: CitationInput[];
  /** Every source cited on the pages, once. */
  sources: Source[];
  maps: EntryMapRequest[];
  /** Permanent links. */
  qrCodes: string[];
}

/**
 * What the entry pages of these entries will ask for, made with the same functions as the pages
 * use (`citationsFor`, `sourceCitationFor`, `relationMapFor` and `qrCodeFor` in ./precomputed.ts), so every input is
 * byte for byte the one a page looks up.
 */
export function precomputeRequest<E extends ShownEntry>(
  { entries, graph }: { entries: readonly E[]; graph: RelationGraph<E> },
  site: URL | string,
): PrecomputeRequest {
  return {
    citations: [
      ...new Map(
        entries
          .flatMap((entry) => [citationInputOf(entry, site), citationInputOf(entry, site, true)])
          .map((input) => [JSON.stringify(input), input]),
      ).values(),
    ],
    sources: [...new Map(entries.flatMap(sourcesOf).map((source) => [JSON.stringify(source), source])).values()],
    maps: entries.flatMap((entry) => relationMapRequestOf(graph, entry) ?? []),
    qrCodes: entries.map((entry) => qrCodeInputOf(entry, site)),
  };
}
