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

  test('an abbreviation from an entry’s aliases finds that entry', async () => {
    const page = await open('/zoeken/?q=Pw');
    expect(await searchResultIds(page)).toEqual(['D-001']);
    await page.close();
  });

  test('a theme filter narrows the results to entries of that theme, with counts per value', async () => {
    const page = await open('/zoeken/?q=gesprek');
    const all = await searchResultIds(page);
    expect(all).toEqual(expect.arrayContaining(['P-001', 'B-001']));
    await page.locator('.filters summary').click();
    expect(await page.locator('[data-count="thema:professionele-ruimte"]').textContent()).toBe('(1)');
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

  test('the whole flow works by keyboard: "/" to the search box, a query, a result, the entry', async () => {
    const page = await open('/praktijken/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-zoekterm');
    await page.keyboard.type('Pw');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/zoeken/?q=Pw`);
    expect(await searchResultIds(page)).toEqual(['D-001']);
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
    await page.goto(`${server.url}/zoeken/?q=Pw&soort=practice`);
    expect(await searchResultIds(page)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('Haal een filter weg');
    await page.getByRole('button', { name: 'Alle filters weghalen' }).click();
    await page.waitForURL(`${server.url}/zoeken/?q=Pw`);
    expect(await searchResultIds(page)).toEqual(['D-001']);
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
