import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { hasBrowser, launchBrowser, preview } from '../helpers/browser.ts';
import { buildFixture } from '../helpers/build.ts';

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
  };
}

describe.skipIf(!hasBrowser)('search relevance on the real content (tests/fixtures/search-queries.yaml)', () => {
  let browser: Browser;
  let server: { url: string; stop: () => void };
  const shown = new Map<string, Shown>();

  beforeAll(async () => {
    const site = buildFixture('search-relevance', path.join(projectRoot, 'content'));
    if (site.status !== 0) throw new Error(site.output);
    server = await preview(site.root);
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${server.url}/zoeken/`);
    for (const { query } of queries) shown.set(query, await typeQuery(page, query));
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
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
    const ranks = queries.map(({ query, expect: wanted }) => {
      const ids = shown.get(query)?.ids ?? [];
      const rank = ids.findIndex((id) => wanted.includes(id)) + 1;
      return { query, wanted, top: ids.slice(0, 3), rank };
    });
    const passed = ranks.filter(({ rank }) => rank >= 1 && rank <= 3);
    const share = passed.length / ranks.length;
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
