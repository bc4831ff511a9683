import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, launchBrowser, preview, searchResultIds } from '../helpers/browser.ts';
import { buildFixture, projectRoot, rebuildFixture } from '../helpers/build.ts';

interface Query {
  query: string;
  expect: string[];
  kind: string;
}

const queries = yaml.load(
  readFileSync(path.join(projectRoot, 'tests/fixtures/search-queries.yaml'), 'utf8'),
) as Query[];

/** What the search page shows for a query typed into its search box. */
interface Shown {
  ids: string[];
  titles: string[];
  excerpts: string[];
  marks: number;
  /** The status line: how many results there are. */
  status: string;
}

/** Types `query` over what the search box holds and reads the results once the page shows them for it. */
async function typeQuery(page: Page, query: string): Promise<Shown> {
  await page.locator('#zoekterm').fill(query);
  await page.waitForFunction(
    (wanted) => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === wanted,
    query,
  );
  return {
    ids: await page.locator('#search-results .entry-id').allTextContents(),
    titles: await page.locator('#search-results .result-title').allTextContents(),
    excerpts: await page.locator('#search-results .excerpt').allTextContents(),
    marks: await page.locator('#search-results .excerpt mark').count(),
    status: (await page.locator('#search-status').textContent()) ?? '',
  };
}

/** Searches sorted by date ("Sorteer op: laatst bijgewerkt"), for the same site in one part and in several. */
const byDate = ['?q=gesprek&sorteer=bijgewerkt', '?q=schulden&sorteer=bijgewerkt', '?soort=dilemma&sorteer=bijgewerkt'];

/** Serves a built site and runs every query of the set, and the searches by date (their result IDs). */
async function searchSite(root: string) {
  const server = await preview(root);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zoeken/`);
    const shown = new Map<string, Shown>();
    for (const { query } of queries) shown.set(query, await typeQuery(page, query));
    const dated = new Map<string, string[]>();
    for (const search of byDate) {
      await page.goto(`${server.url}/zoeken/${search}`);
      dated.set(search, await searchResultIds(page));
    }
    return { shown, dated };
  } finally {
    await browser.close();
    server.stop();
  }
}

/** The share of queries with an expected entry in the top 3, and the ranks. */
function topThree(shown: Map<string, Shown>) {
  const ranks = queries.map(({ query, expect: wanted }) => {
    const ids = shown.get(query)?.ids ?? [];
    const rank = ids.findIndex((id) => wanted.includes(id)) + 1;
    return { query, wanted, top: ids.slice(0, 3), rank };
  });
  const passed = ranks.filter(({ rank }) => rank >= 1 && rank <= 3);
  return { ranks, passed, share: passed.length / ranks.length };
}

/** What the site in one part showed, for the comparison with the same site in several parts. */
let onePart: Awaited<ReturnType<typeof searchSite>> | undefined;
let siteRoot = '';

describe.skipIf(!hasBrowser)('search relevance on the real content (tests/fixtures/search-queries.yaml)', () => {
  let shown = new Map<string, Shown>();

  beforeAll(async () => {
    const site = buildFixture('search-relevance', path.join(projectRoot, 'content'));
    if (site.status !== 0) throw new Error(site.output);
    siteRoot = site.root;
    onePart = await searchSite(site.root);
    shown = onePart.shown;
  });

  test('the set has at least 40 queries of every kind, each expecting entries that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((query) => query.kind))).toEqual(
      new Set(['compound', 'form', 'synonym', 'phrase', 'theme', 'title', 'id', 'fact']),
    );
    const published = readFileSync(path.join(projectRoot, 'content/registry.json'), 'utf8');
    for (const { expect: wanted } of queries) for (const id of wanted) expect(published).toContain(`"${id}"`);
  });

  test('at least 95% of the queries have an expected entry in the top 3 (prints the share and the MRR)', () => {
    const { ranks, passed, share } = topThree(shown);
    const mrr = ranks.reduce((sum, { rank }) => sum + (rank > 0 ? 1 / rank : 0), 0) / ranks.length;
    const failed = ranks.filter((one) => !passed.includes(one));
    console.log(
      [
        `Search relevance: ${passed.length} of ${ranks.length} queries (${(share * 100).toFixed(1)}%) have an ` +
          `expected entry in the top 3; MRR ${mrr.toFixed(3)}.`,
        ...failed.map(
          ({ query, wanted, top }) =>
            `  missed "${query}": wanted ${wanted.join('/')}, got ${top.join(' ') || 'nothing'}`,
        ),
      ].join('\n'),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  test('excerpts are the entry’s own prose: no facts, labels, anchor glyphs, or the title and ID again', () => {
    // What the facts table and the page's own headings would add (the text as it used to be indexed).
    const labels =
      /(?:Gepubliceerd|Bijgewerkt)\s*\d|Bestuurslaag\s*(?:lokaal|regionaal|landelijk)|Vaste link|Citeer deze|Vragen voor de leergroep|Vraag aan beleidsmakers|Waarden die botsen|Betrokkenen|(?:^|\s)#(?:\s|$)/;
    let checked = 0;
    for (const [query, { ids, titles, excerpts }] of shown) {
      excerpts.forEach((excerpt, index) => {
        checked++;
        expect(excerpt, `${query}: ${ids[index]}`).not.toMatch(labels);
        expect(excerpt.replace(/^… /, ''), `${query}: ${ids[index]}`).not.toMatch(new RegExp(`^${ids[index]}\\b`));
        expect(excerpt.replace(/^… /, '').startsWith(titles[index] ?? '\u0000'), `${query}: ${ids[index]}`).toBe(false);
      });
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('a part of a compound is marked inside the compound, and a synonym is marked in the excerpt', () => {
    expect(shown.get('korting')?.marks).toBeGreaterThan(0);
    const eviction = shown.get('huisuitzetting')!;
    expect(eviction.excerpts.join(' ')).toMatch(/ontruiming|uitzetting/i);
    expect(eviction.marks).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasBrowser)('the same search over an index in several parts (a big site)', () => {
  let parts: Awaited<ReturnType<typeof searchSite>>;
  let updated: Map<string, string>;
  let output = '';

  beforeAll(async () => {
    // The same site again, its search index in parts of 25 pages, as a site of more than 2,000 entries has it.
    const site = rebuildFixture(siteRoot, { env: { KENNISBANK_SEARCH_PART_PAGES: '25' } });
    if (site.status !== 0) throw new Error(site.output);
    output = site.output;
    parts = await searchSite(site.root);
    const entries = JSON.parse(site.page('data/entries.json')) as { id: string; updated: string }[];
    updated = new Map(entries.map(({ id, updated: date }) => [id, date]));
  });

  test('the index is in several parts', () => {
    expect(output).toMatch(/Zoekindex: \d+ \(nl\) pagina's in [2-9] delen/);
  });

  test('every query finds at least what one index finds, and 95% still have an expected entry in the top 3', () => {
    // Where a word of the query is in no page of a part, Pagefind matches that part's longest word the query word starts with
    // ("jeugd" for "jeugdzorg"): a few weak extra results at the end, never fewer.
    const count = (shown?: Shown) => Number(/\d+/.exec(shown?.status ?? '')?.[0] ?? 0);
    const fewer = queries.filter(({ query }) => count(parts.shown.get(query)) < count(onePart?.shown.get(query)));
    expect(fewer.map(({ query }) => query)).toEqual([]);
    const { share } = topThree(parts.shown);
    const same = queries.filter(
      ({ query }) => parts.shown.get(query)?.ids.join() === onePart?.shown.get(query)?.ids.join(),
    );
    const first = queries.filter(({ query }) => parts.shown.get(query)?.ids[0] === onePart?.shown.get(query)?.ids[0]);
    console.log(
      `Search in parts: ${same.length} of ${queries.length} queries show the same results in the same order, ` +
        `${first.length} the same first result; top 3: ${(share * 100).toFixed(1)}%.`,
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  test('sorted by date, the results are newest first, with the dates of one index', () => {
    for (const search of byDate) {
      const dates = (ids: string[] = []) => ids.map((id) => updated.get(id) ?? `geen datum voor ${id}`);
      const shownDates = dates(parts.dated.get(search));
      expect(shownDates.length, search).toBeGreaterThan(1);
      expect(shownDates, search).toEqual([...shownDates].sort().reverse());
      expect(shownDates, search).toEqual(dates(onePart?.dated.get(search)));
    }
  });
});
