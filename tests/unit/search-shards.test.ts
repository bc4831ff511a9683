import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { indexStagedPages } from '../../src/build/search-bundle.ts';
import { stageSearchPages } from '../../src/build/search-index.ts';
import { fragmentUrl, pagesPerShard, shardCount, shardOf } from '../../src/build/search-shards.ts';
import { datesOf, newestFirst, sortingByDate } from '../../src/lib/site/search-dates.ts';
import type { EngineResult, SearchEngine } from '../../src/lib/site/search-runner.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the parts of the search index', () => {
  test('one part for a site up to the number of pages per part; a page stays in its part', () => {
    expect(shardCount(0, 2000)).toBe(1);
    expect(shardCount(2000, 2000)).toBe(1);
    expect(shardCount(2001, 2000)).toBe(2);
    expect(shardCount(9917, 2000)).toBe(5);
    const urls = Array.from({ length: 1000 }, (_, n) => `dilemmas/d-${n}/`);
    expect(urls.every((url) => shardOf(url, 1) === 0)).toBe(true);
    const parts = urls.map((url) => shardOf(url, 5));
    expect(parts).toEqual(urls.map((url) => shardOf(url, 5)));
    // Spread over every part, none with much more than its share.
    const sizes = [0, 1, 2, 3, 4].map((part) => parts.filter((p) => p === part).length);
    expect(Math.min(...sizes)).toBeGreaterThan(150);
    expect(Math.max(...sizes)).toBeLessThan(250);
  });

  test('the number of pages per part can be set, and a wrong number is refused with the fix', () => {
    expect(pagesPerShard({})).toBe(2000);
    expect(pagesPerShard({ KENNISBANK_SEARCH_PART_PAGES: '2' })).toBe(2);
    expect(() => pagesPerShard({ KENNISBANK_SEARCH_PART_PAGES: 'twee' })).toThrow(
      /KENNISBANK_SEARCH_PART_PAGES is "twee": geef een heel getal van 1 of meer/,
    );
    expect(() => pagesPerShard({ KENNISBANK_SEARCH_PART_PAGES: '0' })).toThrow(/heel getal van 1 of meer/);
  });
});

describe('a search index in several parts', () => {
  const folder = () => {
    const made = mkdtempSync(path.join(os.tmpdir(), 'parts-'));
    folders.push(made);
    mkdirSync(path.join(made, 'content'));
    mkdirSync(path.join(made, 'dist/zoeken'), { recursive: true });
    writeFileSync(
      path.join(made, 'dist/zoeken/index.html'),
      '<!doctype html><html lang="nl"><head></head><body></body></html>',
    );
    return made;
  };
  const entry = (root: string, url: string, text: string, updated: string, footer = '') => {
    mkdirSync(path.join(root, 'dist', url), { recursive: true });
    writeFileSync(
      path.join(root, 'dist', url, 'index.html'),
      `<!doctype html><html lang="nl"><body><article data-pagefind-body><h1>${text}</h1><p>${text} gesprek</p>` +
        `<span data-pagefind-sort="updated:${updated}"></span></article><footer>${footer}</footer></body></html>`,
    );
  };
  const urls = ['dilemmas/a/', 'dilemmas/b/', 'praktijken/c/', 'praktijken/d/', 'aannames/e/', 'beleidsvoorstellen/f/'];
  const build = async (root: string, perShard: number) => {
    const dist = path.join(root, 'dist');
    const staging = path.join(root, 'staged');
    const staged = await stageSearchPages(dist, { contentDir: path.join(root, 'content'), staging, perShard });
    return { staged, indexed: await indexStagedPages(dist, staging) };
  };
  const bundles = (root: string) =>
    ['pagefind', ...readdirSync(path.join(root, 'dist/pagefind')).filter((name) => name.startsWith('deel-'))].map(
      (name) => (name === 'pagefind' ? path.join(root, 'dist/pagefind') : path.join(root, 'dist/pagefind', name)),
    );
  const fragmentsOf = (bundle: string) =>
    readdirSync(path.join(bundle, 'fragment')).map((file) => file.replace(/\.pf_fragment$/, ''));

  test('indexes only the parts whose pages changed, sorts by date over the parts, and goes back to one part', async () => {
    const root = folder();
    urls.forEach((url, n) => entry(root, url, `Pagina ${n}`, `2026-0${n + 1}-01`));
    const parts = new Set(urls.map((url) => shardOf(url, 3)));
    expect(parts.size, 'the test pages fill three parts').toBe(3);

    const first = await build(root, 2);
    expect(first.staged).toMatchObject({ staged: 6, shards: 3 });
    expect(first.indexed).toEqual({ pages: { nl: 6 }, shards: 3, indexed: 3 });
    // Every page in exactly the bundle of its part.
    const byBundle = bundles(root).map((bundle) =>
      fragmentsOf(bundle)
        .map((name) => fragmentUrl(bundle, name))
        .sort(),
    );
    expect(byBundle.flat().sort()).toEqual(urls.map((url) => `/${url}`).sort());
    for (const [part, pages] of byBundle.entries()) {
      expect(pages.every((url) => shardOf(url.slice(1), 3) === part)).toBe(true);
    }

    // The search page names each part's bundle and hash, and the table of dates.
    const head = readFileSync(path.join(root, 'dist/zoeken/index.html'), 'utf8');
    expect([...head.matchAll(/data-search-bundle="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/pagefind/',
      '/pagefind/deel-1/',
      '/pagefind/deel-2/',
    ]);
    const datesUrl = /data-search-dates="\/pagefind\/(datums\.[\w-]+\.json)"/.exec(head)?.[1];
    const table = JSON.parse(readFileSync(path.join(root, 'dist/pagefind', datesUrl!), 'utf8')) as Record<
      string,
      string[]
    >;
    const dated = Object.entries(table).flatMap(([date, names]) =>
      names.map((name) => {
        const bundle = bundles(root).find((at) => fragmentsOf(at).includes(name))!;
        return `${fragmentUrl(bundle, name)} ${date}`;
      }),
    );
    expect(dated.sort()).toEqual(urls.map((url, n) => `/${url} 2026-0${n + 1}-01`).sort());
    expect(Object.keys(table)).toEqual(Object.keys(table).sort().reverse());

    // Nothing changed: no part is indexed again.
    expect((await build(root, 2)).indexed).toMatchObject({ shards: 3, indexed: 0 });
    // Built pages changed outside what search reads (a neighbour's new title in a list, say): read again, not indexed again.
    entry(root, 'dilemmas/a/', 'Pagina 0', '2026-01-01', 'Zie ook: een nieuwe titel');
    entry(root, 'aannames/e/', 'Pagina 4', '2026-05-01', 'Zie ook: een nieuwe titel');
    const unchanged = await build(root, 2);
    expect(unchanged.staged).toMatchObject({ read: 2 });
    expect(unchanged.indexed).toMatchObject({ shards: 3, indexed: 0 });

    // One page changed: only its part is indexed again, and its old fragment is gone.
    const changedPart = shardOf('praktijken/c/', 3);
    const changedBundle = bundles(root)[changedPart]!;
    const before = fragmentsOf(changedBundle);
    entry(root, 'praktijken/c/', 'Pagina 2 herschreven', '2026-12-01');
    expect((await build(root, 2)).indexed).toMatchObject({ shards: 3, indexed: 1 });
    const after = fragmentsOf(changedBundle);
    expect(after).toHaveLength(before.length);
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
    const newTable = readdirSync(path.join(root, 'dist/pagefind')).filter((file) => file.startsWith('datums.'));
    expect(newTable, 'one table of dates, the new one').toHaveLength(1);
    const newest = JSON.parse(readFileSync(path.join(root, 'dist/pagefind', newTable[0]!), 'utf8')) as Record<
      string,
      string[]
    >;
    expect(Object.keys(newest)[0]).toBe('2026-12-01');

    // A part whose bundle went missing is indexed again.
    rmSync(path.join(root, 'dist/pagefind/deel-2'), { recursive: true });
    expect((await build(root, 2)).indexed).toMatchObject({ shards: 3, indexed: 1 });
    expect(existsSync(path.join(root, 'dist/pagefind/deel-2/pagefind-entry.json'))).toBe(true);

    // Back to one part: the other parts' bundles and the table of dates are removed.
    const one = await build(root, 2000);
    expect(one.indexed).toEqual({ pages: { nl: 6 }, shards: 1, indexed: 1 });
    expect(bundles(root)).toHaveLength(1);
    expect(readdirSync(path.join(root, 'dist/pagefind')).filter((file) => file.startsWith('datums.'))).toEqual([]);
    const oneHead = readFileSync(path.join(root, 'dist/zoeken/index.html'), 'utf8');
    expect(oneHead.match(/data-search-bundle=/g)).toHaveLength(1);
    expect(oneHead).not.toContain('data-search-dates');
  });
});

describe('sorting results of several parts by date', () => {
  const dates = datesOf({ '2026-11-01': ['nl_c'], '2026-06-01': ['nl_a', 'nl_d'], '2025-01-01': ['nl_b'] });
  const result = (id: string, score: number): EngineResult => ({ id, score, data: async () => Promise.reject() });

  test('newest first, the same date in the order found, a result without a date left out', () => {
    const found = [result('nl_d', 9), result('nl_b', 8), result('nl_x', 7), result('nl_a', 6), result('nl_c', 5)];
    expect(newestFirst(found, dates).map(({ id }) => id)).toEqual(['nl_c', 'nl_d', 'nl_a', 'nl_b']);
  });

  test('asks the engine without the sort, and passes other searches on as they are', async () => {
    const asked: object[] = [];
    const engine: SearchEngine = {
      search: async (_term, options) => {
        asked.push(options);
        return { results: [result('nl_b', 2), result('nl_c', 1)], filters: { soort: { dilemma: 2 } } };
      },
    };
    let loads = 0;
    const sorted = sortingByDate(engine, async () => {
      loads++;
      return dates;
    });
    const byDate = await sorted.search('gesprek', {
      filters: { soort: { any: ['dilemma'] } },
      sort: { updated: 'desc' },
    });
    expect(byDate?.results.map(({ id }) => id)).toEqual(['nl_c', 'nl_b']);
    expect(byDate?.filters).toEqual({ soort: { dilemma: 2 } });
    const byRelevance = await sorted.search('gesprek', { filters: {} });
    expect(byRelevance?.results.map(({ id }) => id)).toEqual(['nl_b', 'nl_c']);
    expect(asked).toEqual([{ filters: { soort: { any: ['dilemma'] } } }, { filters: {} }]);
    expect(loads).toBe(1);
  });
});
