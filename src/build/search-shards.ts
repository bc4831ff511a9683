// The search index in parts: which part of the index an entry page goes into, where each part's bundle lives, and when a part must be indexed again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The search bundle's folder in a built site; the first part's bundle, with the other parts' bundles inside it. */
export const SEARCH_BUNDLE = 'pagefind';

/**
 * How many entry pages go into one part of the search index. Pagefind indexes every page of a
 * part again when one of them changes, and its time and memory grow faster than the pages: at
 * 9,710 pages one index took 29 s and 2.3 GB here, 2,000 of them 3–5 s and 0.55 GB. A search fetches
 * each part's metadata and word chunks, so more parts cost the reader more requests.
 * `KENNISBANK_SEARCH_PART_PAGES` sets another number (tests use a small one to get several parts).
 */
export function pagesPerShard(env: NodeJS.ProcessEnv = process.env): number {
  const set = env['KENNISBANK_SEARCH_PART_PAGES'];
  if (set === undefined || set === '') return 2000;
  const pages = Number(set);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(
      `KENNISBANK_SEARCH_PART_PAGES is "${set}": geef een heel getal van 1 of meer (het aantal pagina's per deel van de zoekindex), of laat het weg.`,
    );
  }
  return pages;
}

/** How many parts an index of this many pages has: one for a site of up to `perShard` entry pages. */
export const shardCount = (pages: number, perShard: number) => Math.max(1, Math.ceil(pages / perShard));

/** The part an entry page belongs to, by its URL alone: a page stays in its part as long as the number of parts stays the same. */
export function shardOf(url: string, count: number): number {
  return count === 1 ? 0 : createHash('sha1').update(url).digest().readUInt32BE(0) % count;
}

/** A part's folder name, in the staging folder and (for all but the first) inside the search bundle. */
export const shardFolder = (shard: number) => `deel-${shard}`;

/** Where a part's bundle is in the built site: the first in dist/pagefind (with Pagefind's scripts), the others in dist/pagefind/deel-<n>. */
export const shardBundle = (dist: string, shard: number) =>
  shard === 0 ? path.join(dist, SEARCH_BUNDLE) : path.join(dist, SEARCH_BUNDLE, shardFolder(shard));

/** The URL of a part's bundle, as the search page merges it. */
export const shardUrl = (shard: number) =>
  shard === 0 ? `/${SEARCH_BUNDLE}/` : `/${SEARCH_BUNDLE}/${shardFolder(shard)}/`;

/** Bundles of parts inside the first part's bundle (`deel-<n>`), by number. */
export function shardBundlesIn(dist: string): number[] {
  const folder = path.join(dist, SEARCH_BUNDLE);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => /^deel-([1-9]\d*)$/.exec(name)?.[1])
    .filter((number) => number !== undefined)
    .map(Number);
}

/** What staging says of one part: its pages, and a fingerprint that changes whenever one of them does. */
export interface StagedShard {
  pages: number;
  fingerprint: string;
}

/** The fingerprint of a part from its pages' URLs and the hashes of the pages as staged. */
export function shardFingerprint(pages: Iterable<[url: string, digest: string]>): string {
  const hash = createHash('sha256');
  for (const page of [...pages].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    hash.update(`${page.join(' ')}\n`);
  return hash.digest('base64url');
}

/** A bundle's entry file: per language the hash of its index and its pages; undefined when there is none. */
export function readBundleEntry(bundle: string): Record<string, { hash: string; page_count: number }> | undefined {
  try {
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    };
    return entry.languages;
  } catch {
    return undefined;
  }
}

/**
 * The names in a bundle's index (`nl_1a2b3c4`), read from each language's metadata file: every name
 * it uses (fragments, word and filter chunks), and those that are pages (their fragments). Throws if
 * those do not cover the pages Pagefind says it indexed, so a changed format fails the build instead
 * of the search.
 */
export function bundleNames(bundle: string): { named: Set<string>; pages: Set<string> } {
  const languages = readBundleEntry(bundle) ?? {};
  const fragmentFolder = path.join(bundle, 'fragment');
  const fragments = new Set(existsSync(fragmentFolder) ? readdirSync(fragmentFolder) : []);
  const named = new Set<string>();
  const pages = new Set<string>();
  for (const [language, { hash, page_count: count }] of Object.entries(languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    const meta = gunzipSync(readFileSync(path.join(bundle, metaFile))).toString('latin1');
    const names = meta.match(new RegExp(`${language.replace(/[^\w]/g, '\\$&')}_[0-9a-f]+`, 'g')) ?? [];
    const found = new Set(names.filter((name) => fragments.has(`${name}.pf_fragment`)));
    if (found.size < count) {
      throw new Error(
        `de metadata van de zoekindex (${metaFile} in ${bundle}) noemt ${found.size} van de ${count} pagina's; ` +
          'is het formaat van Pagefind veranderd? Verwijder dist/ en bouw opnieuw.',
      );
    }
    names.forEach((name) => named.add(name));
    found.forEach((name) => pages.add(name));
  }
  return { named, pages };
}

/** The URL of the page in a fragment of a bundle. */
export function fragmentUrl(bundle: string, page: string): string {
  const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', `${page}.pf_fragment`))).toString('utf8');
  const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url?: unknown };
  if (typeof fragment.url !== 'string') throw new Error(`het zoekfragment ${page} van ${bundle} heeft geen URL.`);
  return fragment.url;
}
