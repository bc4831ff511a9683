// The search index after a build, second half: Pagefind's own program indexes the staged entry pages (./search-index.ts) into dist/pagefind, then the index files it no longer uses are removed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_URL } from '../lib/site/urls.ts';

/** The search bundle's folder in a built site. */
export const SEARCH_BUNDLE = 'pagefind';

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

/**
 * Indexes the pages staged in `staging` into `<dist>/pagefind` with Pagefind's own program, then
 * removes the index files it no longer uses and points the search page at the new index. The
 * staged pages stay for the next build (./search-index.ts). This process holds little while Pagefind runs: at 10,000 entries Pagefind
 * itself takes about 1.8 GB, and nothing else of the build is running then.
 * Resolves to the pages indexed per language; throws on any Pagefind error. `signal` stops Pagefind.
 */
export async function indexStagedPages(
  dist: string,
  staging: string,
  signal?: AbortSignal,
): Promise<Record<string, number>> {
  if (!existsSync(staging))
    throw new Error(`er zijn geen pagina's klaargezet in ${staging}; \`npm run build\` zet ze klaar voor deze stap.`);
  const outputPath = path.join(dist, SEARCH_BUNDLE);
  const args = ['--site', staging, '--output-path', outputPath, '--exclude-selectors', NOT_PROSE.join(', '), '--quiet'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    // Run from the staging folder: Pagefind reads a pagefind.yml (or .toml, .json) from where it runs, and there is none.
    const child = spawn(pagefindBinary(), args, { cwd: staging, stdio: ['ignore', 'pipe', 'pipe'], signal });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const said = output.join('').trim();
  if (code !== 0) throw new Error(`Pagefind stopte met code ${code}: ${said}`);
  if (said) console.log(said);
  for (const file of staleSearchFiles(outputPath)) rmSync(path.join(outputPath, file));
  preloadIndex(dist);
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
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
  const entry = JSON.parse(readFileSync(path.join(dist, SEARCH_BUNDLE, 'pagefind-entry.json'), 'utf8')) as {
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
