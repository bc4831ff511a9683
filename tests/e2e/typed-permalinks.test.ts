import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, openSite } from '../helpers/browser.ts';

const entryUrl = '/dilemmas/activeren-op-straffe-van-korting/';
const entryTitle = 'Activeren op straffe van een uitkeringskorting';

describe.skipIf(!hasBrowser)('entry IDs typed by hand on the built site (npm start)', () => {
  let browser: Browser;
  let url: string;
  let close: () => Promise<void>;
  let context: BrowserContext;
  const foreign: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, url, close } = await openSite('valid-site'));
    context = await browser.newContext();
    // Every CSP violation on any page is recorded, as are requests to other origins and console errors.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    context.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    context.on('console', (message) => {
      // The 404 page is answered with status 404, which Chromium logs as a failed resource.
      if (message.type() === 'error' && !message.text().includes('404 (Not Found)')) problems.push(message.text());
    });
  });
  afterAll(() => close?.());

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${url}${path}`);
    return page;
  };

  test.each(['/D-001', '/d-001/', '/d1/', '/D1', '/d-1', '/D-001/'])('%s reaches the entry', async (path) => {
    const page = await open(path);
    await page.waitForURL(`${url}${entryUrl}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(entryTitle);
    await page.close();
  });

  test('a withdrawn entry is reached too: its page says why it was withdrawn', async () => {
    const page = await open('/d2/');
    await page.waitForURL(`${url}/dilemmas/oud-dilemma/`);
    await expect(page.locator('#ingetrokken').textContent()).resolves.toBe('Dit item is ingetrokken');
    await page.close();
  });

  test.each([
    ['/d999/', 'D-999'],
    ['/D-999/', 'D-999'],
    // A concept is on no page of the site, so its ID is not known there either.
    ['/p2/', 'P-002'],
  ])('%s stays on the not-found page, which names the ID it looked for', async (path, id) => {
    const page = await open(path);
    const notice = page.locator('[data-unknown-id]');
    await notice.waitFor({ state: 'visible' });
    await expect(notice.textContent()).resolves.toBe(
      `Er is geen item met het nummer ${id}. Misschien staat er een cijfer verkeerd, of is het item nog niet gepubliceerd.`,
    );
    await expect(notice.locator('.entry-id').textContent()).resolves.toBe(id);
    expect(new URL(page.url()).pathname).toBe(path);
    await page.close();
  });

  test('another missing page shows no ID notice', async () => {
    const page = await open('/bestaat-niet/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Deze pagina bestaat niet');
    await expect(page.locator('[data-unknown-id]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  test('without JavaScript the not-found page says how to type an ID', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${url}/d1/`);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Zoek je een item op zijn nummer? Typ het zo: een hoofdletter, een streepje, drie cijfers en een schuine streep aan het eind, bijvoorbeeld /D-007/.',
    );
    expect(new URL(page.url()).pathname).toBe('/d1/');
    await noScript.close();
  });

  test('the not-found page runs its script under the strict CSP, with nothing from another origin', async () => {
    const page = await open('/d1/');
    await page.waitForURL(`${url}${entryUrl}`);
    const response = await page.request.get(`${url}/d1/`);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await response.text())?.[1];
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
