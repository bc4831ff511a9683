import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { indexStagedPages, staleSearchFiles } from '../../src/build/search-bundle.ts';
import { stageSearchPages } from '../../src/build/search-index.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nl"><head><title>${title}</title></head>` +
  `<body><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;

/** Writes a Pagefind bundle of the given pages into `outputPath`, as the build does (over what is there). */
async function writeBundle(outputPath: string, pages: Record<string, string>) {
  const { index } = await pagefind.createIndex({});
  for (const [url, html] of Object.entries(pages)) await index!.addHTMLFile({ url, content: html });
  const { errors } = await index!.writeFiles({ outputPath });
  expect(errors).toEqual([]);
  await index!.deleteIndex();
}

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
/** A new folder in the system's temporary folder, removed after the test. */
const tempFolder = (prefix: string) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
};
afterAll(() => pagefind.close());

/** Stages pages for indexStagedPages as one part, the way stageSearchPages does (`deel-0/<url>/index.html` and `<staging>.json`). */
function stageOnePart(staging: string, pages: Record<string, string>) {
  for (const [url, html] of Object.entries(pages)) {
    mkdirSync(path.join(staging, 'deel-0', url), { recursive: true });
    writeFileSync(path.join(staging, 'deel-0', url, 'index.html'), html);
  }
  mkdirSync(path.join(staging, 'deel-0'), { recursive: true });
  const shards = [{ pages: Object.keys(pages).length, fingerprint: JSON.stringify(pages) }];
  writeFileSync(`${staging}.json`, JSON.stringify({ shards, pages: {} }));
}

describe('staleSearchFiles', () => {
  const pages = {
    '/dilemmas/a/': page('Activeren', 'Een gesprek over de maatregel.'),
    '/praktijken/b/': page('Eerst het gesprek', 'Samen kijken wat nodig is.'),
  };
  const bundle = async () => {
    const folder = tempFolder('pagefind-');
    await writeBundle(folder, pages);
    return folder;
  };

  test('finds nothing stale in a fresh bundle', async () => {
    expect(staleSearchFiles(await bundle())).toEqual([]);
  });

  test('finds the fragment of a page whose text changed, and leaves every file in use', async () => {
    const folder = await bundle();
    const before = new Set(readdirSync(path.join(folder, 'fragment')));
    await writeBundle(folder, { ...pages, '/dilemmas/a/': page('Activeren', 'Een ingetrokken tekst.') });
    const stale = staleSearchFiles(folder);
    // The old fragment of the changed page, and the word index and metadata that pointed to it.
    const fragments = stale.filter((file) => file.startsWith('fragment/'));
    expect(fragments).toHaveLength(1);
    expect(before.has(fragments[0]!.slice('fragment/'.length))).toBe(true);
    expect(stale.filter((file) => !file.startsWith('fragment/'))).toEqual(
      stale.filter((file) => /^(index\/.+\.pf_index|pagefind\..+\.pf_meta)$/.test(file)),
    );
    // What stays is exactly the current bundle: removing the stale files leaves a bundle with nothing stale.
    for (const file of stale) rmSync(path.join(folder, file));
    expect(staleSearchFiles(folder)).toEqual([]);
    expect(readdirSync(path.join(folder, 'fragment'))).toHaveLength(2);
  });

  test('finds files of an earlier index: fragments, index and filter chunks, metadata', async () => {
    const folder = await bundle();
    const old = ['fragment/nl_0000000.pf_fragment', 'index/nl_0000000.pf_index', 'filter/nl_0000000.pf_filter'];
    for (const file of [...old, 'pagefind.nl_0000000000.pf_meta']) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), 'oud');
    }
    expect(staleSearchFiles(folder)).toEqual([...old, 'pagefind.nl_0000000000.pf_meta'].sort());
    expect(existsSync(path.join(folder, 'pagefind.js'))).toBe(true);
  });

  test('refuses to judge when the metadata does not name every indexed page', async () => {
    const folder = await bundle();
    const meta = readdirSync(folder).find((file) => file.endsWith('.pf_meta'))!;
    writeFileSync(path.join(folder, meta), gzipSync('pagefind_dcd zonder hashes'));
    expect(() => staleSearchFiles(folder)).toThrow(/noemt 0 van de 2 pagina's/);
  });
});

describe('indexStagedPages', () => {
  test("indexes the staged pages with Pagefind's program, without what is no prose", async () => {
    const folder = tempFolder('pagefind-');
    const dist = path.join(folder, 'dist');
    const staging = path.join(folder, 'staged');
    const article = (title: string) =>
      `<!doctype html><html lang="nl"><body><article data-pagefind-body><h1>${title}</h1><p>Samen kijken wat nodig is.</p>` +
      `<section class="sources-section"><p>Bronvermelding zonder zoekwaarde</p></section></article></body></html>`;
    stageOnePart(staging, { 'dilemmas/a': article('Activeren'), 'praktijken/b': article('Eerst het gesprek') });
    mkdirSync(path.join(dist, 'zoeken'), { recursive: true });
    writeFileSync(
      path.join(dist, 'zoeken/index.html'),
      '<!doctype html><html lang="nl"><head></head><body></body></html>',
    );
    expect(await indexStagedPages(dist, staging)).toEqual({ pages: { nl: 2 }, shards: 1, indexed: 1 });
    const fragments = readdirSync(path.join(dist, 'pagefind/fragment')).map((file) =>
      gunzipSync(readFileSync(path.join(dist, 'pagefind/fragment', file))).toString('utf8'),
    );
    expect(fragments.map((text) => /"url":"([^"]+)"/.exec(text)?.[1]).sort()).toEqual([
      '/dilemmas/a/',
      '/praktijken/b/',
    ]);
    expect(fragments.join()).toContain('Samen kijken wat nodig is.');
    expect(fragments.join()).not.toContain('Bronvermelding');
    expect(readFileSync(path.join(dist, 'zoeken/index.html'), 'utf8')).toMatch(
      /<link rel="preload" href="\/pagefind\/pagefind-entry\.json\?ts=nl_/,
    );
  });

  test('says what is missing, and what Pagefind said when it fails', async () => {
    const folder = tempFolder('pagefind-');
    await expect(indexStagedPages(path.join(folder, 'dist'), path.join(folder, 'ontbreekt'))).rejects.toThrow(
      /geen pagina's klaargezet/,
    );
    // Of two parts indexed at once, one fails: the step fails with what Pagefind said.
    const twoParts = path.join(folder, 'twee');
    stageOnePart(twoParts, { 'dilemmas/a': page('Activeren', 'Een gesprek.') });
    mkdirSync(path.join(twoParts, 'deel-1'));
    writeFileSync(
      `${twoParts}.json`,
      JSON.stringify({
        shards: [
          { pages: 1, fingerprint: 'a' },
          { pages: 1, fingerprint: 'b' },
        ],
        pages: {},
      }),
    );
    await expect(indexStagedPages(path.join(folder, 'dist'), twoParts)).rejects.toThrow(
      /Pagefind stopte met code 1: [\s\S]*not able to build an index/,
    );
    stageOnePart(path.join(folder, 'leeg'), {});
    await expect(indexStagedPages(path.join(folder, 'dist'), path.join(folder, 'leeg'))).rejects.toThrow(
      /Pagefind stopte met code 1: [\s\S]*not able to build an index/,
    );
  });
});

describe('indexStagedPages, stopped', () => {
  test('a stopped build stops Pagefind too', async () => {
    const folder = tempFolder('pagefind-');
    const staging = path.join(folder, 'staged');
    stageOnePart(staging, { 'dilemmas/a': page('Activeren', 'Een gesprek.') });
    const stop = new AbortController();
    const indexing = indexStagedPages(path.join(folder, 'dist'), staging, stop.signal);
    stop.abort();
    await expect(indexing).rejects.toThrow(/aborted/);
  });
});

describe('stageSearchPages', () => {
  test('reads again only the pages that changed since it staged them, and removes the staged pages of pages that are gone', async () => {
    const folder = tempFolder('staging-');
    const dist = path.join(folder, 'dist');
    const content = path.join(folder, 'content');
    const staging = path.join(folder, 'staged');
    mkdirSync(content);
    const entry = (url: string, text: string) => {
      mkdirSync(path.join(dist, url), { recursive: true });
      writeFileSync(
        path.join(dist, url, 'index.html'),
        `<!doctype html><html lang="nl"><body><article data-pagefind-body><p>${text}</p></article></body></html>`,
      );
    };
    entry('dilemmas/a', 'Een gesprek over de maatregel.');
    entry('praktijken/b', 'Samen kijken wat nodig is.');
    entry('praktijken/c', 'Eerst luisteren naar het verhaal.');
    const stage = () => stageSearchPages(dist, { contentDir: content, staging });
    const staged = (url: string) => path.join(staging, 'deel-0', url, 'index.html');

    expect(await stage()).toMatchObject({ pages: 3, read: 3, staged: 3 });
    const first = JSON.parse(readFileSync(path.join(dist, 'pagefind/woorden/g.json'), 'utf8')) as unknown;
    expect(await stage()).toMatchObject({ pages: 3, read: 0, staged: 3 });
    expect(JSON.parse(readFileSync(path.join(dist, 'pagefind/woorden/g.json'), 'utf8'))).toEqual(first);

    entry('praktijken/b', 'Samen kijken wat nodig is, met de buurt.');
    rmSync(path.join(dist, 'praktijken/c'), { recursive: true });
    expect(await stage()).toMatchObject({ pages: 2, read: 1, staged: 2 });
    expect(readFileSync(staged('praktijken/b'), 'utf8')).toContain('met de buurt');
    expect(existsSync(staged('praktijken/c'))).toBe(false);
    expect(existsSync(staged('dilemmas/a'))).toBe(true);

    // A staged page that went missing is staged again.
    rmSync(path.join(staging, 'deel-0/dilemmas/a'), { recursive: true });
    expect(await stage()).toMatchObject({ read: 1, staged: 2 });
    expect(existsSync(staged('dilemmas/a'))).toBe(true);

    // Other synonyms make other extra search words: every page is read again.
    writeFileSync(path.join(content, 'synonyms.yaml'), 'gesprek: [dialoog]\n');
    expect(await stage()).toMatchObject({ read: 2, staged: 2 });
    expect(readFileSync(staged('dilemmas/a'), 'utf8')).toContain('dialoog');
  });
});
