import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, hasBrowser, openSite, searchResultIds } from '../helpers/browser.ts';

describe.skipIf(!hasBrowser)('search in Chromium (fixture valid-site)', () => {
  let browser: Browser;
  let server: { url: string };
  let close: () => Promise<void>;

  beforeAll(async () => {
    const site = await openSite('valid-site');
    ({ browser, close } = site);
    server = { url: site.url };
  });
  afterAll(() => close?.());

  async function open(path: string, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage(options);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  test('a Dutch plural finds the entry that uses the singular (stemming)', async () => {
    const page = await open('/zoeken/?q=gesprekken');
    expect(await searchResultIds(page)).toContain('P-001');
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/^gesprek/i);
    await page.close();
  });

  test('an abbreviation from an entry’s aliases finds that entry first, above entries that only cite the law', async () => {
    const page = await open('/zoeken/?q=Pw');
    const ids = await searchResultIds(page);
    expect(ids[0]).toBe('D-001');
    expect(ids).toEqual(expect.arrayContaining(['P-001', 'B-001']));
    await page.close();
  });

  test('a theme filter narrows the results to entries of that theme, with counts per value', async () => {
    const page = await open('/zoeken/?q=gesprek');
    const all = await searchResultIds(page);
    expect(all).toEqual(expect.arrayContaining(['P-001', 'B-001']));
    // Counts need every filter loaded, which the page does once the filters are opened.
    await page.locator('.filters summary').click();
    await expect.poll(() => page.locator('[data-count="thema:professionele-ruimte"]').textContent()).toBe('(1)');
    await page.getByLabel('Professionele ruimte').check();
    await page.waitForURL(/thema=professionele-ruimte/);
    expect(await searchResultIds(page)).toEqual(['P-001']);
    await page.close();
  });

  test('a URL with query and filters shows the same search, and back and forward work', async () => {
    const page = await open('/zoeken/?q=gesprek&thema=professionele-ruimte');
    expect(await searchResultIds(page)).toEqual(['P-001']);
    expect(await page.locator('#zoekterm').inputValue()).toBe('gesprek');
    expect(await page.locator('input[name="thema"][value="professionele-ruimte"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Filter Professionele ruimte weghalen' }).click();
    await page.waitForURL(`${server.url}/zoeken/?q=gesprek`);
    expect(await searchResultIds(page)).toEqual(expect.arrayContaining(['P-001', 'B-001']));
    await page.goBack();
    await page.waitForURL(/thema=professionele-ruimte/);
    expect(await page.locator('input[name="thema"][value="professionele-ruimte"]').isChecked()).toBe(true);
    expect(await searchResultIds(page)).toEqual(['P-001']);
    await page.goForward();
    await page.waitForURL(`${server.url}/zoeken/?q=gesprek`);
    expect(await page.locator('input[name="thema"][value="professionele-ruimte"]').isChecked()).toBe(false);
    await page.close();
  });

  test('facets fit the kind: proposals filter by addressee, and a facet without results for the search is hidden', async () => {
    const page = await open('/zoeken/?q=gemeenteraad');
    expect((await searchResultIds(page)).sort()).toEqual(['B-001', 'D-001']);
    const facet = (key: string) => page.locator(`fieldset[data-facet="${key}"]`);
    /** Whether the page hides a facet (its own choice, not the closed filter panel). */
    const hidden = (key: string) => facet(key).evaluate((element) => (element as HTMLFieldSetElement).hidden);
    await page.locator('.filters summary').click();
    await expect.poll(() => page.locator('[data-count="gericht:gemeenteraad"]').textContent()).toBe('(1)');
    // No practice has the word, so what a practice does with harm has only zeros.
    expect(await hidden('schade')).toBe(true);
    expect(await facet('gericht').isVisible()).toBe(true);
    expect(await facet('gericht').locator('legend').textContent()).toMatch(
      /Gericht aan\s*\(alleen beleidsvoorstellen\)/,
    );
    await page.locator('input[name="gericht"][value="gemeenteraad"]').check();
    await page.waitForURL(/gericht=gemeenteraad/);
    expect(await searchResultIds(page)).toEqual(['B-001']);

    // Choosing a kind hides the facets of other kinds at once; a facet in use stays.
    await page.goto(`${server.url}/zoeken/?soort=dilemma&gericht=gemeenteraad`);
    await searchResultIds(page);
    expect([await hidden('stand'), await hidden('schade'), await hidden('gericht')]).toEqual([true, true, false]);
    await page.getByRole('button', { name: 'Filter gemeenteraad weghalen' }).click();
    await page.waitForURL(`${server.url}/zoeken/?soort=dilemma`);
    expect([await hidden('gericht'), await hidden('thema')]).toEqual([true, false]);
    await page.close();
  });

  test('the whole flow works by keyboard: "/" to the search box, a query, a result, the entry', async () => {
    const page = await open('/praktijken/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-zoekterm');
    await page.keyboard.type('Pw');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/zoeken/?q=Pw`);
    expect((await searchResultIds(page))[0]).toBe('D-001');
    const link = page.locator('#search-results a').first();
    for (let tab = 0; tab < 60 && !(await link.evaluate((element) => element === document.activeElement)); tab++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/dilemmas/activeren-op-straffe-van-korting/`);
    await page.close();
  });

  test('no results says so, and with filters offers to drop them', async () => {
    const page = await open('/zoeken/?q=onvindbaarwoord');
    await searchResultIds(page);
    expect(await page.locator('#search-status').textContent()).toBe('Geen resultaten gevonden.');
    await page.goto(`${server.url}/zoeken/?q=aanzet&soort=practice`);
    expect(await searchResultIds(page)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('Haal een filter weg');
    await page.getByRole('button', { name: 'Alle filters weghalen' }).click();
    await page.waitForURL(`${server.url}/zoeken/?q=aanzet`);
    expect(await searchResultIds(page)).toEqual(['A-001']);
    await page.close();
  });

  test('an entry ID typed in the header goes straight to the entry; on the search page it comes first and Enter opens it', async () => {
    const page = await open('/praktijken/');
    await page.locator('#header-zoekterm').fill('d1');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/dilemmas/activeren-op-straffe-van-korting/`);
    // Back leads to the page the reader came from, not to a search that sends them on again.
    await page.goBack();
    await page.waitForURL(`${server.url}/praktijken/`);
    await page.goto(`${server.url}/zoeken/`);
    await page.locator('#zoekterm').fill('B-1');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === 'B-1',
    );
    expect(await page.locator('#search-results .entry-id').allTextContents()).toEqual(['B-001']);
    expect(await page.locator('#search-status').textContent()).toBe('B-001 gevonden. Druk op Enter om het te openen.');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/beleidsvoorstellen/geen-korting-zonder-gesprek/`);
    await page.close();
  });

  test('ordinary words that no entry holds together give the best partial matches, each saying which word it lacks', async () => {
    const page = await open(`/zoeken/?q=${encodeURIComponent('wat aanzet tot riskeren')}`);
    expect((await searchResultIds(page)).sort()).toEqual(['A-001', 'B-001']);
    expect(await page.locator('#search-status').textContent()).toMatch(/^Geen item bevat al je zoekwoorden\./);
    expect((await page.locator('#search-results .result-missing').allTextContents()).sort()).toEqual([
      'Zonder: aanzet',
      'Zonder: riskeren',
    ]);
    await page.close();
  });

  test('a query without results suggests the nearest word of the site and offers the themes', async () => {
    const page = await open('/zoeken/?q=gesprk');
    expect(await searchResultIds(page)).toEqual([]);
    const suggestion = page.locator('[data-did-you-mean]');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toBe('Bedoelde je gesprek?');
    expect(await page.getByRole('link', { name: 'Professionele ruimte' }).isVisible()).toBe(true);
    await suggestion.getByRole('link').click();
    await page.waitForURL(`${server.url}/zoeken/?q=gesprek`);
    expect(await searchResultIds(page)).toEqual(expect.arrayContaining(['P-001', 'B-001']));
    await page.close();
  });

  test('while the reader types, the list never goes empty and ends with the results of the last query', async () => {
    const page = await open('/zoeken/?q=korting');
    await searchResultIds(page);
    await page.evaluate(() => {
      const list = document.querySelector('#search-results')!;
      (window as unknown as { emptied: number }).emptied = 0;
      new MutationObserver(() => {
        if (list.children.length === 0) (window as unknown as { emptied: number }).emptied++;
      }).observe(list, { childList: true });
    });
    await page.locator('#zoekterm').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('gesprekken', { delay: 20 });
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === 'gesprekken',
    );
    expect(await page.locator('#search-results .entry-id').allTextContents()).toEqual(
      expect.arrayContaining(['P-001', 'B-001']),
    );
    expect(await page.evaluate(() => (window as unknown as { emptied: number }).emptied)).toBe(0);
    await page.close();
  });

  test('kind index and theme pages lead to the search filtered on them', async () => {
    const page = await open('/themas/activering/');
    await page.getByRole('link', { name: 'Zoeken binnen dit thema' }).click();
    await page.waitForURL(`${server.url}/zoeken/?thema=activering`);
    expect((await searchResultIds(page)).sort()).toEqual(['A-001', 'B-001', 'D-001', 'P-001']);
    await page.goto(`${server.url}/dilemmas/`);
    await page.getByRole('link', { name: /Zoeken in dilemma/ }).click();
    expect(await searchResultIds(page)).toEqual(['D-001']);
    await page.close();
  });

  test('without JavaScript the search page says so and links to the kinds and themes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/zoeken/?q=gesprek`);
    expect(await page.locator('main p', { hasText: 'Zoeken werkt alleen als JavaScript aan staat' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('link', { name: 'Thema’s' }).last().isVisible()).toBe(true);
    expect(await page.locator('#search-results').isVisible()).toBe(false);
    await context.close();
  });

  test('the search page with results and open filters has no axe violations', async () => {
    // CSP would block injecting axe-core itself; the search tests above run under the CSP.
    const page = await open('/zoeken/?q=gesprek&thema=activering', { bypassCSP: true });
    await searchResultIds(page);
    await page.locator('.filters summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
