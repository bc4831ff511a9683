import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot } from '../helpers/build.ts';
import { hasBrowser, launchBrowser, preview } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const templates = {
  home: '/',
  'kind index': '/dilemmas/',
  dilemma: '/dilemmas/activeren-op-straffe-van-korting/',
  practice: '/praktijken/eerst-het-gesprek/',
  assumption: '/aannames/straffen-leidt-tot-gedragsverandering/',
  proposal: '/beleidsvoorstellen/geen-korting-zonder-gesprek/',
};

describe.skipIf(!hasBrowser)('pages in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof preview>>;

  beforeAll(async () => {
    const site = buildFixture('e2e-site', path.join(projectRoot, 'content'));
    if (site.status !== 0) throw new Error(site.output);
    server = await preview(site.root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  test.each(Object.entries(templates))('%s page has no axe violations (WCAG 2.x A and AA)', async (_, url) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${url}`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    await page.close();
    expect(violations).toEqual([]);
  });

  test('the skip link is the first stop for the keyboard and moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${templates.dilemma}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  test('a permanent link /<ID>/ lands on the entry', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/D-001/`);
    await page.waitForURL(`${server.url}${templates.dilemma}`);
    expect(await page.locator('h1').textContent()).toBe('Activeren op straffe van een uitkeringskorting');
    await page.close();
  });
});
