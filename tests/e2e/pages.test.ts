import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, hasBrowser, openSite } from '../helpers/browser.ts';
import { readingChecks } from './reading-checks.ts';

/** One page of every template of the site, built from the valid-site fixture. */
const templates = {
  home: '/',
  'kind index': '/dilemmas/',
  'kind index by update': '/praktijken/bijgewerkt/',
  dilemma: '/dilemmas/activeren-op-straffe-van-korting/',
  practice: '/praktijken/eerst-het-gesprek/',
  assumption: '/aannames/straffen-leidt-tot-gedragsverandering/',
  proposal: '/beleidsvoorstellen/geen-korting-zonder-gesprek/',
  'withdrawn entry': '/dilemmas/oud-dilemma/',
  'theme overview': '/themas/',
  theme: '/themas/activering/',
  about: '/over/',
  accessibility: '/toegankelijkheid/',
  'not found': '/bestaat-niet/',
  search: '/zoeken/?q=gesprek',
};

describe.skipIf(!hasBrowser)('pages in Chromium', () => {
  let browser: Browser;
  let server: { url: string };
  let close: () => Promise<void>;

  beforeAll(async () => {
    const site = await openSite('valid-site');
    ({ browser, close } = site);
    server = { url: site.url };
  });
  afterAll(() => close?.());

  readingChecks(() => ({ browser, url: server.url }), {
    home: templates.home,
    dilemma: templates.dilemma,
    theme: templates.theme,
    search: templates.search,
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    test.each(Object.entries(templates))('the %s page has no axe violations (WCAG 2.x A and AA)', async (_, url) => {
      // CSP would block injecting axe-core itself; the CSP has its own test.
      const page = await browser.newPage({ colorScheme, bypassCSP: true });
      await page.goto(`${server.url}${url}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });

  test.each(Object.entries(templates))(
    'the %s page fits a 320 px wide screen without sideways scrolling',
    async (_, url) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${server.url}${url}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.close();
    },
  );

  test('every template loads only from its own origin, with no console errors and no CSP violation', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { violations: string[] }).violations = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const foreign: string[] = [];
    const messages: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:')) foreign.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    for (const [name, url] of Object.entries(templates)) {
      await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
      if (name === 'search') await page.waitForSelector('#search-results .result');
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      expect(violations, name).toEqual([]);
    }
    expect(foreign).toEqual([]);
    expect(messages.filter((message) => !message.includes('404 (Not Found)'))).toEqual([]);
    await context.close();
  });

  test('the skip link is the first stop for the keyboard and moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  test('a relation can be followed by keyboard from an entry to the related entry', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    const link = page.locator('.relations a', { hasText: 'Straffen leidt tot de gewenste gedragsverandering' }).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}${templates.assumption}`);
    expect(await page.locator('h1').textContent()).toBe('Straffen leidt tot de gewenste gedragsverandering');
    await page.close();
  });

  test('a permanent link /<ID>/ lands on the entry', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/D-001/`);
    await page.waitForURL(`${server.url}${templates.dilemma}`);
    expect(await page.locator('h1').textContent()).toBe('Activeren op straffe van een uitkeringskorting');
    await page.close();
  });

  test('printing an entry leaves out navigation and relations but keeps ID, title, permanent link and dates', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.site-header nav')).toBe(false);
    expect(await visible('.relations')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
    expect(await visible('.entry-header .entry-id')).toBe(true);
    expect(await visible('h1')).toBe(true);
    expect(await visible('.permalink')).toBe(true);
    expect(await visible('.entry-meta time')).toBe(true);
    await page.close();
  });

  test('the APA citation gives the day the reader views it as the retrieval date, and copies it with that date', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(2027, 1, 14, 10, 0));
    await page.goto(`${server.url}${templates.dilemma}`);
    const apa = page.locator('.citation-apa');
    const expected =
      'Kennisbank Do No Harm. (2026, 28 november). Activeren op straffe van een uitkeringskorting (Dilemma D-001, Versie 2026-11-28). ' +
      'Leergroep Do No Harm. Geraadpleegd op 14 februari 2027, van http://localhost:4321/D-001/versies/2026-11-28/';
    expect(await apa.innerText()).toBe(expected);
    await page.locator('.cite-format summary').first().click();
    expect(await page.locator('.cite-format pre').first().innerText()).toContain('\turldate = {2027-02-14},\n}');
    await page.clock.setFixedTime(new Date(2027, 1, 15, 9, 0));
    await apa.locator('xpath=following-sibling::button[1]').click();
    // The copy is asynchronous (an HTML and a plain-text part): wait for it rather than read at once.
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(expected.replace('14 februari', '15 februari'));
    await context.close();
  });

  test('without JavaScript the APA citation has no retrieval date and a note says to add it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    expect(await page.locator('.citation-apa').innerText()).toBe(
      'Kennisbank Do No Harm. (2026, 28 november). Activeren op straffe van een uitkeringskorting (Dilemma D-001, Versie 2026-11-28). ' +
        'Leergroep Do No Harm. http://localhost:4321/D-001/versies/2026-11-28/',
    );
    expect(await page.locator('.cite noscript p.meta').innerText()).toContain(
      'Zet bij het citeren de datum waarop je deze pagina raadpleegde',
    );
    await context.close();
  });

  test('content pages load no script files and run only the search shortcut, the copy buttons and, on the not-found page, the typed-ID forwarder', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const [name, url] of Object.entries(templates)) {
      if (name === 'search') continue;
      await page.goto(`${server.url}${url}`);
      const inline = await page
        .locator('script:not([type="application/json"]):not([type="application/ld+json"])')
        .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
      const known = inline.filter(
        (code) =>
          code.includes('data-search-shortcut') ||
          code.includes('data-copy') ||
          (name === 'not found' && code.includes('permalink-ids')),
      );
      expect(known, name).toEqual(inline);
      expect(
        inline.some((code) => code.includes('data-search-shortcut')),
        name,
      ).toBe(true);
    }
    expect(scripts).toEqual([]);
    await page.close();
  });
  test('on a 375 px phone, sharing the permanent link and copying the citation are within the first screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    for (const name of ['Deel link', 'Kopieer bronvermelding']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(740);
    }
    // Without a share sheet (as in headless Chromium), "Deel link" copies the permanent link.
    await page.getByRole('button', { name: 'Deel link', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4321/D-001/');
    await expect.poll(() => page.getByRole('button', { name: 'Link gekopieerd' }).count()).toBe(1);
    await context.close();
  });

  test('with a share sheet, "Deel" hands the permanent link and the title to it', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    await page.getByRole('button', { name: 'Deel', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: 'D-001 Activeren op straffe van een uitkeringskorting · Kennisbank Do No Harm',
      url: 'http://localhost:4321/D-001/',
    });
    await context.close();
  });

  test('copying the citation puts HTML with italics and plain text on the clipboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    await page.getByRole('button', { name: 'Kopieer bronvermelding', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
      return { html: await read('text/html'), text: await read('text/plain') };
    });
    expect(copied.html).toMatch(/<i>Activeren op straffe van een uitkeringskorting<\/i>/);
    // The share bar copies the citation of this version, whose text stays as it is.
    expect(copied.html).toContain('href="http://localhost:4321/D-001/versies/2026-11-28/"');
    expect(copied.text).toMatch(/^Kennisbank Do No Harm\. \(2026, 28 november\)\. Activeren op straffe/);
    expect(copied.text).not.toContain('<');
    await context.close();
  });

  test('every button, summary, select and filter option is at least 44 by 44 px (WCAG 2.5.5)', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const small: string[] = [];
    for (const url of [templates.dilemma, templates.search, templates.home]) {
      await page.goto(`${server.url}${url}`);
      // Open the search filters, so their options are measured too.
      await page.$$eval('details.filters', (details) => details.forEach((element) => element.setAttribute('open', '')));
      small.push(
        ...(
          await page.$$eval('button, summary, select, .facet-option', (elements) =>
            elements
              .filter((element) => (element as HTMLElement).offsetParent !== null)
              .map((element) => ({ element, box: element.getBoundingClientRect() }))
              .filter(({ box }) => box.width < 44 || box.height < 44)
              .map(
                ({ element, box }) =>
                  `${element.tagName} "${element.textContent?.trim().slice(0, 30)}" ${box.width}x${box.height}`,
              ),
          )
        ).map((found) => `${url}: ${found}`),
      );
    }
    expect(small).toEqual([]);
    await context.close();
  }, 60_000);
});
