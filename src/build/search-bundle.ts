// The search index after a build, second half: Pagefind's own program indexes each part of the staged entry pages (./search-index.ts) that changed, then the index files it no longer uses are removed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_URL } from '../lib/site/urls.ts';
import { codeVersion, findUp } from './precompute-cache.ts';
import { writeDateTable } from './search-dates.ts';
import {
  bundleNames,
  readBundleEntry,
  shardBundle,
  shardBundlesIn,
  shardFolder,
  shardUrl,
  type StagedShard,
} from './search-shards.ts';

/** Where a build stages the entry pages for Pagefind, relative to the site's folder; kept between builds, like Astro's own caches there. */
export const SEARCH_STAGING = 'node_modules/.astro/kennisbank-search-pages';

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

/**
 * Pagefind's program as its npm package installs it for this machine (the package's own runner
 * looks in the same place): `@pagefind/<platform>-<cpu>`, the extended build (with Dutch stemming) first.
 */
export function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const exe = platform === 'windows' ? '.exe' : '';
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.arch}/bin/${name}${exe}`);
    } catch {
      // Not installed for this platform: try the next.
    }
  }
  throw new Error(
    `Pagefind is niet geïnstalleerd voor ${platform}-${process.arch}: voer \`npm ci\` opnieuw uit (het pakket @pagefind/${platform}-${process.arch} ontbreekt).`,
  );
}

/** What indexing the staged parts did. */
export interface SearchIndexed {
  /** Pages in the index per language, over all parts. */
  pages: Record<string, number>;
  /** The parts of the index, and how many of them Pagefind indexed (the others had not changed since it last did). */
  shards: number;
  indexed: number;
}

/** The parts staging wrote (./search-index.ts), from `<staging>.json`. */
function readStagedShards(staging: string): StagedShard[] {
  const missing = `er zijn geen pagina's klaargezet in ${staging}; \`npm run build\` zet ze klaar voor deze stap.`;
  if (!existsSync(staging) || !existsSync(`${staging}.json`)) throw new Error(missing);
  const { shards } = JSON.parse(readFileSync(`${staging}.json`, 'utf8')) as { shards?: StagedShard[] };
  if (!Array.isArray(shards) || shards.length === 0) throw new Error(missing);
  return shards;
}

/** What the last indexing of a part found: the fingerprint of the pages it indexed, the entry file it wrote, and the version of the code and of Pagefind that did it. */
interface ShardStamp {
  fingerprint: string;
  entry: string;
  indexer: string;
}

function readStamp(file: string): ShardStamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ShardStamp;
  } catch {
    return undefined;
  }
}

/**
 * Indexes the parts staged in `staging` (`deel-<n>/`, listed in `<staging>.json`) with Pagefind's own
 * program, each into its bundle (./search-shards.ts), then removes the index files each no longer
 * uses, and points the search page at the parts. A part whose pages are the ones it indexed last
 * time, by the same code and Pagefind, into the bundle that is still there, is not indexed again.
 * The staged pages stay for the next build (./search-index.ts). This process holds little while
 * Pagefind runs, two parts at a time. Throws on any Pagefind error; `signal` stops Pagefind.
 */
export async function indexStagedPages(dist: string, staging: string, signal?: AbortSignal): Promise<SearchIndexed> {
  const shards = readStagedShards(staging);
  // This file (what Pagefind leaves out), what it imports, and the lockfile that pins Pagefind.
  const here = fileURLToPath(import.meta.url);
  const indexer = codeVersion(here, findUp('package-lock.json', path.dirname(here)));
  // A part without pages has no bundle; the first always has one (Pagefind says so when a site has no entry pages).
  const used = [...shards.keys()].filter((shard) => shard === 0 || shards[shard]!.pages > 0);
  const stale = used.filter((shard) => {
    const entry = JSON.stringify(readBundleEntry(shardBundle(dist, shard)) ?? null);
    const stamp = readStamp(path.join(staging, `${shardFolder(shard)}.json`));
    const same =
      stamp?.fingerprint === shards[shard]!.fingerprint && stamp.indexer === indexer && stamp.entry === entry;
    return !same || entry === 'null';
  });
  // Two parts at a time (each Pagefind holds about 0.4–0.55 GB for 2,000 pages): indexing all 5 parts of 10,000 entries
  // took 15.5 and 13.9 s instead of 19.8 and 16.9 s one by one (two pairs).
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort(signal.reason));
  const queue = [...stale];
  const indexNext = async () => {
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
      const bundle = shardBundle(dist, shard);
      const stampFile = path.join(staging, `${shardFolder(shard)}.json`);
      rmSync(stampFile, { force: true });
      await runPagefind(path.join(staging, shardFolder(shard)), bundle, stop.signal);
      for (const file of staleSearchFiles(bundle)) rmSync(path.join(bundle, file));
      const entry = JSON.stringify(readBundleEntry(bundle) ?? null);
      const stamped: ShardStamp = { fingerprint: shards[shard]!.fingerprint, indexer, entry };
      writeFileSync(stampFile, JSON.stringify(stamped));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(2, availableParallelism(), stale.length) }, indexNext));
  } catch (error) {
    // The other Pagefind stops too, instead of writing on after this step has failed.
    stop.abort();
    throw error;
  }
  for (const shard of shardBundlesIn(dist))
    if (!used.includes(shard)) rmSync(shardBundle(dist, shard), { recursive: true, force: true });
  preloadIndex(dist, used, writeDateTable(dist, staging, used));
  const pages: Record<string, number> = {};
  for (const shard of used)
    for (const [lang, { page_count: count }] of Object.entries(readBundleEntry(shardBundle(dist, shard)) ?? {}))
      pages[lang] = (pages[lang] ?? 0) + count;
  return { pages, shards: used.length, indexed: stale.length };
}

/** Runs Pagefind's program over the staged pages in `site`, writing the bundle in `outputPath` (over what is there). */
async function runPagefind(site: string, outputPath: string, signal?: AbortSignal): Promise<void> {
  const args = ['--site', site, '--output-path', outputPath, '--exclude-selectors', NOT_PROSE.join(', '), '--quiet'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    // Run from the staging folder: Pagefind reads a pagefind.yml (or .toml, .json) from where it runs, and there is none.
    const child = spawn(pagefindBinary(), args, { cwd: site, stdio: ['ignore', 'pipe', 'pipe'], signal });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const said = output.join('').trim();
  if (code !== 0) throw new Error(`Pagefind stopte met code ${code}: ${said}`);
  if (said) console.log(said);
}

/** Marks the links the search index step adds to the search page (and replaces on every build). */
const PRELOAD_MARK = 'data-search-index';

/**
 * Adds to the built search page the index files every search needs first, per part of the index,
 * so the browser fetches them while it loads the page's scripts instead of after: the part's entry
 * file (named by its index's hash, which the page passes on as Pagefind's metaCacheTag, so a new
 * index is never mistaken for an old one) and its metadata file. The entry file's link names the
 * part's bundle (`data-search-bundle`: the page merges every part after the first) and, on the first,
 * the table of dates that sorts results of several parts (`data-search-dates`, ./search-dates.ts).
 * Astro has written the page before the index exists, hence here.
 */
export function preloadIndex(dist: string, shards: readonly number[], dates?: string): void {
  const page = path.join(dist, SEARCH_URL, 'index.html');
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8').replace(new RegExp(`<link [^>]*${PRELOAD_MARK}[^>]*>`, 'g'), '');
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';
  const links = shards.flatMap((shard) => {
    const languages = readBundleEntry(shardBundle(dist, shard)) ?? {};
    const index = languages[lang] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
    if (!index) return [];
    const url = shardUrl(shard);
    const dated = shard === shards[0] && dates ? ` data-search-dates="${dates}"` : '';
    return [
      `<link rel="preload" href="${url}pagefind-entry.json?ts=${index.hash}" as="fetch" crossorigin="anonymous" ${PRELOAD_MARK}="${index.hash}" data-search-bundle="${url}"${dated}>`,
      `<link rel="preload" href="${url}pagefind.${index.hash}.pf_meta" as="fetch" crossorigin="anonymous" ${PRELOAD_MARK}>`,
    ];
  });
  writeFileSync(page, html.replace('</head>', `${links.join('')}</head>`));
}

/** The folders of a Pagefind bundle whose files are named by a hash of their content. */
const HASHED = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;

/**
 * Files in a Pagefind bundle that its current index does not use: what an earlier build wrote.
 * Pagefind skips files that already exist (their names are hashes of their content; writing a
 * fresh folder of 10,000 fragments takes three times as long here) and never removes any, so
 * without this the text of a changed or withdrawn entry would stay published in an old fragment.
 * The hashes in use are read from each language's metadata file (./search-shards.ts, which throws
 * when they do not cover every indexed page). Other parts' bundles inside this one are left alone.
 */
export function staleSearchFiles(outputPath: string): string[] {
  const languages = readBundleEntry(outputPath) ?? {};
  const metaFiles = new Set(Object.values(languages).map(({ hash }) => `pagefind.${hash}.pf_meta`));
  const used = bundleNames(outputPath).named;
  const stale = readdirSync(outputPath).filter((file) => /^pagefind\..+\.pf_meta$/.test(file) && !metaFiles.has(file));
  for (const [folder, extension] of Object.entries(HASHED)) {
    if (!existsSync(path.join(outputPath, folder))) continue;
    for (const file of readdirSync(path.join(outputPath, folder))) {
      if (!file.endsWith(extension) || !used.has(file.slice(0, -extension.length))) stale.push(`${folder}/${file}`);
    }
  }
  return stale.sort();
}
