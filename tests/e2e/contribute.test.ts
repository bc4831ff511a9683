import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entrySchemas } from '../../src/schemas/kinds.ts';
import { indexIds } from '../../src/lib/content/ids.ts';
import { relationFieldProblems } from '../../src/lib/content/relations.ts';
import { schemaProblems } from '../../src/lib/content/schema-problems.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { axeViolations, hasBrowser, launchBrowser, preview } from '../helpers/browser.ts';
import { buildFixture, projectRoot, runCheck, type BuildResult } from '../helpers/build.ts';
import { readDist } from '../helpers/dist.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/valid-site/content');
const SUBMIT = '.contribute-form button[type=submit]';

/** Fills in a dilemma as a social worker would, with the given body; everything but `leaveOut`. */
async function fillDilemma(page: Page, body: string, leaveOut: string[] = []) {
  const text: Record<string, string> = {
    '#f-title': 'Huisbezoek zonder aankondiging',
    '#f-summary':
      'Een klantmanager wil onaangekondigd op huisbezoek om samenwonen te controleren. De sociaal werker ziet het vertrouwen verdwijnen.',
    '#f-questions': 'Wanneer is een huisbezoek nog hulp?',
    '#f-tension': 'rechtmatigheid\nvertrouwen',
    '#f-question': 'Mag een gemeente onaangekondigd op huisbezoek gaan bij een inwoner die hulp krijgt?',
    '#f-body': body,
  };
  for (const [selector, value] of Object.entries(text)) {
    if (!leaveOut.includes(selector)) await page.fill(selector, value);
  }
  await page.check('#f-themes input[value="rechtmatigheid"]');
  await page.check('#f-level input[value="lokaal"]');
  await page.check('#f-anonymisation input[value="samengesteld"]');
}

/** Presses Tab until the focused element matches a CSS selector, as a keyboard user moves through the page. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.skipIf(!hasBrowser)('the contribution form /bijdragen/ in Chromium', () => {
  let site: BuildResult;
  let browser: Browser;
  let url: string;
  let stop: () => void;
  let work: string;

  beforeAll(async () => {
    site = buildFixture('contribute', fixture);
    if (site.status !== 0) throw new Error(site.output);
    const server = await preview(site.root);
    ({ url, stop } = server);
    browser = await launchBrowser();
    work = mkdtempSync(path.join(tmpdir(), 'bijdrage-'));
  });
  afterAll(async () => {
    await browser?.close();
    stop?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const open = async (context?: BrowserContext, query = '?soort=dilemma') => {
    const page = await (context ?? browser).newPage();
    await page.goto(`${url}/bijdragen/${query}`);
    await page.waitForSelector('.contribute-form');
    return page;
  };

  test('blocks a dilemma with a phone number in it, masked; fixed, downloaded and taken in with npm run intake, it passes npm run check', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await fillDilemma(page, 'Ze belde me op 06-12345678 om te zeggen dat er iemand aan de deur stond.');
    const finding = page.locator('#f-body-privacy');
    await expect.poll(() => finding.textContent()).toContain('lijkt op een telefoonnummer');
    expect(await finding.textContent()).not.toContain('12345678');
    expect(await page.getAttribute('#f-body', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-body', 'aria-describedby')).toContain('f-body-privacy');

    await page.click(SUBMIT);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.locator('.error-summary li').allTextContents()).toEqual([
      expect.stringMatching(/^Toelichting: "0[•-]+8" lijkt op een telefoonnummer\./),
    ]);
    expect(await page.locator('.result').isHidden()).toBe(true);

    await page.fill('#f-body', 'Ze belde het wijkteam om te zeggen dat er iemand aan de deur stond.');
    await page.click(SUBMIT);
    await page.locator('.result a[download]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaat-titel');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.result a[download]')]);
    expect(download.suggestedFilename()).toBe('huisbezoek-zonder-aankondiging.mdx');
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('status: concept');

    const content = path.join(work, 'content');
    cpSync(fixture, content, { recursive: true });
    const intake = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/intake.ts'), file, '--content-dir', content],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(intake.stdout + intake.stderr).toContain('ID: D-003');
    expect(intake.status).toBe(0);
    expect(runCheck(content).status).toBe(0);
    await context.close();
  }, 60_000);

  test('rejects an empty required field and an unknown relation with the content check’s own words', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await fillDilemma(page, 'Er stond iemand aan de deur.', ['#f-question']);
    await page.fill('#f-restsOn-search', 'A-999');
    await page.press('#f-restsOn-search', 'Enter');
    await page.click(SUBMIT);

    // What `npm run check` says about the same fields of a file, from the check's own code.
    const tree = readContentTree(fixture, 'content');
    const keys = (data: unknown) => Object.keys(data as object);
    const schema = entrySchemas({ themeKeys: keys(tree.themes!.data), lawKeys: keys(tree.laws!.data) }).dilemma;
    const missing = schemaProblems('x', schema, { title: 'Een titel' }).find((found) => found.field === 'question');
    const entry = { ...tree.entries[0]!, kind: 'dilemma' as const, data: { status: 'concept', restsOn: ['A-999'] } };
    const unknown = relationFieldProblems(entry, indexIds(tree))[0];
    expect(missing?.message).toMatch(/^ontbreekt/);
    expect(unknown?.message).toMatch(/bestaat niet/);

    expect(await page.locator('#f-question-error').textContent()).toBe(missing!.message);
    expect(await page.locator('#f-restsOn-error').textContent()).toBe(unknown!.message);
    expect(await page.getAttribute('#f-question', 'aria-describedby')).toContain('f-question-error');
    const summary = await page.locator('.error-summary li').allTextContents();
    expect(summary).toEqual([`Vraag aan beleidsmakers: ${missing!.message}`, `Berust op: ${unknown!.message}`]);
    // A link in the summary moves the focus to its field.
    await page.locator('.error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-question');
    await context.close();
  });

  test('can be completed with the keyboard alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/bijdragen/`);
    await page.waitForSelector('.contribute-form');
    await tabTo(page, '#soort-practice');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#soort-dilemma')).toBe(true);
    const typeInto = async (id: string, text: string) => {
      await tabTo(page, `#${id}`);
      await page.keyboard.type(text);
    };
    await typeInto('f-title', 'Huisbezoek zonder aankondiging');
    await typeInto('f-summary', 'Een klantmanager wil onaangekondigd op huisbezoek om samenwonen te controleren.');
    await typeInto('f-questions', 'Wanneer is een huisbezoek nog hulp?');
    await tabTo(page, '#f-tension');
    await page.keyboard.type('rechtmatigheid');
    await page.keyboard.press('Enter');
    await page.keyboard.type('vertrouwen');
    await typeInto('f-question', 'Mag een gemeente onaangekondigd op huisbezoek gaan?');
    await typeInto('f-body', 'Er stond iemand aan de deur.');
    await tabTo(page, '[name="f-themes"][value="rechtmatigheid"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[name="f-level"]');
    await page.keyboard.press('Space');
    await typeInto('f-restsOn-search', 'straffen');
    await page.keyboard.press('Enter');
    expect(await page.locator('#f-restsOn .picker-chosen').textContent()).toContain('A-001');
    await tabTo(page, '[name="f-anonymisation"]');
    await page.keyboard.press('Space');
    await tabTo(page, '.contribute-form [type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.result a[download]').waitFor();
    const downloading = page.waitForEvent('download');
    await tabTo(page, '[download]');
    await page.keyboard.press('Enter');
    expect((await downloading).suggestedFilename()).toBe('huisbezoek-zonder-aankondiging.mdx');
    await context.close();
  }, 90_000);

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    test('axe finds no violations: empty, with the check’s messages, and finished', async () => {
      // CSP would block injecting axe-core itself; the CSP has its own test.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await open(context);
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('#f-title', 'Bel 06-12345678');
      await page.fill('#f-restsOn-search', 'A-999');
      await page.press('#f-restsOn-search', 'Enter');
      await page.click('#f-sources button');
      await page.click(SUBMIT);
      expect(await page.locator('.error-summary li').count()).toBeGreaterThan(5);
      expect(await axeViolations(page)).toEqual([]);
      await page.reload();
      await page.waitForSelector('.contribute-form');
      await page.click('#f-restsOn button');
      await page.click('#f-sources button:has-text("weghalen")');
      await page.fill('#f-title', 'Huisbezoek zonder aankondiging');
      await fillDilemma(page, 'Er stond iemand aan de deur.');
      await page.click(SUBMIT);
      await page.locator('.result a[download]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 60_000);
  });

  test('nothing overflows a 375 px wide screen, with messages or finished', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await open(context);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.fill('#f-title', 'Een-heel-lang-woord-zonder-spaties-dat-niet-past-op-een-telefoon-en-toch-moet-passen');
    await page.click('#f-sources button');
    await page.click(SUBMIT);
    expect(await overflow()).toBe(0);
    await fillDilemma(page, 'Er stond iemand aan de deur.');
    await page.click('#f-sources button:has-text("weghalen")');
    await page.click(SUBMIT);
    await page.locator('.result a[download]').waitFor();
    await page.locator('.result summary').click();
    expect(await overflow()).toBe(0);
    // Touch targets of at least 44 by 44 px (WCAG 2.5.5), as on the rest of the site.
    const small = await page.$$eval(
      '.contribute-form button, .contribute-form .option label, .result button, .result a.button, .result summary',
      (elements) =>
        elements
          .map((element) => ({ text: element.textContent?.trim().slice(0, 30), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
          .map(({ text, box }) => `"${text}" ${box.width}x${box.height}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  test('keeps the draft on this device through a reload and a closed tab, until it is cleared', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await page.fill('#f-title', 'Huisbezoek zonder aankondiging');
    await page.fill('#f-tension', 'rechtmatigheid\nvertrouwen');
    await page.check('#f-themes input[value="wonen"]');
    await page.fill('#f-restsOn-search', 'A-001');
    await page.press('#f-restsOn-search', 'Enter');
    await page.fill('#f-contact', 'via mijn werkmail');
    await expect.poll(() => page.locator('.draft-status').textContent()).toContain('Concept bewaard op dit apparaat');
    await page.reload();
    await page.waitForSelector('.contribute-form');
    expect(await page.locator('.draft-status').textContent()).toContain('Je concept van');
    expect(await page.inputValue('#f-title')).toBe('Huisbezoek zonder aankondiging');
    expect(await page.inputValue('#f-tension')).toBe('rechtmatigheid\nvertrouwen');
    expect(await page.isChecked('#f-themes input[value="wonen"]')).toBe(true);
    expect(await page.locator('#f-restsOn .picker-chosen').textContent()).toContain('A-001');
    expect(await page.inputValue('#f-contact')).toBe('via mijn werkmail');
    // Typed just before the tab is closed: kept too.
    await page.fill('#f-question', 'Mag dat zomaar?');
    await page.close({ runBeforeUnload: true });
    const again = await open(context, '');
    expect(await again.isChecked('#soort-dilemma')).toBe(true);
    expect(await again.inputValue('#f-question')).toBe('Mag dat zomaar?');

    again.once('dialog', (dialog) => void dialog.accept());
    await again.click('button:has-text("Concept wissen")');
    expect(await again.evaluate(() => localStorage.length)).toBe(0);
    expect(await again.inputValue('#f-title')).toBe('');
    await again.reload();
    await again.waitForSelector('.contribute-form');
    expect(await again.locator('.kind-choice input:checked').count()).toBe(0);
    expect(await again.locator('#f-title').count()).toBe(0);
    await context.close();
  }, 60_000);

  test('makes no request at all after loading, nothing to another origin, and keeps a strict CSP', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { violations: string[] }).violations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(error.message));
    await page.goto(`${url}/bijdragen/?soort=dilemma`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.contribute-form');
    expect(requests.every((request) => request.startsWith(url))).toBe(true);
    const loaded = requests.length;

    await fillDilemma(page, 'Ze belde me op 06-12345678.');
    await page.click(SUBMIT);
    await page.fill('#f-body', 'Ze belde het wijkteam.');
    await page.fill('#f-restsOn-search', 'straf');
    await page.press('#f-restsOn-search', 'Enter');
    await page.click(SUBMIT);
    await page.locator('.result a[download]').waitFor();
    await Promise.all([page.waitForEvent('download'), page.click('.result a[download]')]);
    await page.locator('.result button:has-text("kopi")').click();
    // Typing, checking, picking, the summary, the file, the download and the copy: not one request.
    expect(requests.slice(loaded).filter((request) => !request.startsWith('blob:'))).toEqual([]);

    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(messages).toEqual([]);
    await context.close();
  }, 60_000);

  test('loads its script on /bijdragen/ only, under 100 KB gzip, and other pages link to it', () => {
    const { pages } = readDist(path.join(site.root, 'dist'));
    const form = pages.find((page) => page.path === '/bijdragen/')!;
    const scripts = [...form.html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    // The page's script and every chunk it imports, statically or when it starts the form.
    const loaded = new Set<string>();
    const follow = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const code = readFileSync(path.join(site.root, 'dist', file), 'utf8');
      for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) {
        follow(`/_astro/${match[1]}`);
      }
    };
    follow(scripts[0]!);
    expect(loaded.size).toBeGreaterThan(1);
    const size = [...loaded].reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(site.root, 'dist', file))).length,
      0,
    );
    console.log(`contribution form JavaScript: ${(size / 1024).toFixed(1)} KB gzip in ${loaded.size} files`);
    expect(size).toBeLessThanOrEqual(100 * 1024);
    for (const page of pages.filter((other) => other.path !== '/bijdragen/')) {
      expect(page.html, page.path).not.toContain(scripts[0]!);
      expect(page.html, page.path).not.toContain('contribute-data');
    }
    const linked = (pagePath: string, href: string) =>
      pages.find((page) => page.path === pagePath)!.html.includes(`href="${href}"`);
    expect(linked('/', '/bijdragen/')).toBe(true);
    expect(linked('/dilemmas/', '/bijdragen/?soort=dilemma')).toBe(true);
    expect(linked('/praktijken/', '/bijdragen/?soort=practice')).toBe(true);
  });

  test('without JavaScript explains how to contribute by e-mail, with the template npm run new writes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}/bijdragen/`);
    expect(await page.locator('.no-script').isVisible()).toBe(true);
    expect(await page.getAttribute('.no-script a[href^="mailto:"]', 'href')).toMatch(/^mailto:[^@?]+@[^?]+\?subject=/);
    await page.locator('.no-script summary').nth(1).click();
    const template = await page.locator('.no-script pre').nth(1).textContent();
    expect(template).toContain('# Nieuw item: dilemma.');
    expect(template).toMatch(/^status: concept$/m);
    expect(template).not.toMatch(/^id:/m);
    expect(await page.locator('[data-contribute]').isHidden()).toBe(true);
    await context.close();
  });
});
