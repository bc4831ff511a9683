import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, launchBrowser, serve } from '../helpers/browser.ts';
import { prepareFixture, projectRoot } from '../helpers/build.ts';

const pagePath = '/dilemmas/activeren-op-straffe-van-korting/';
const entryFile = 'content/dilemmas/activeren-op-straffe-van-korting.mdx';
const conceptFile = 'content/practices/nog-niet-af.mdx';

/** The text of the report on the dev server's problem page, as the browser shows it. */
const reportOf = (html: string) =>
  (/<pre>([\s\S]*)<\/pre>/.exec(html)?.[1] ?? '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

// A dev server renders each page on demand, slowly on a busy machine: each test may wait for a few.
describe('npm run dev while an editor changes an entry', { timeout: 90_000 }, () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let original: string;
  let concept: string;

  /** Asks for a page as a browser does, until `done` holds or 30 seconds have passed; the last answer. */
  async function pageUntil(url: string, done: (answer: { status: number; html: string }) => boolean) {
    let answer = { status: 0, html: '' };
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      try {
        const response = await fetch(`${server.url}${url}`, { headers: { accept: 'text/html' } });
        answer = { status: response.status, html: await response.text() };
        if (done(answer)) break;
      } catch {
        // Astro cuts off a page it is streaming when the content changes under it; ask again.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return answer;
  }
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  /** `npm run check` in the fixture's folder, so it names the files as the dev server does. */
  const check = () =>
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check-content.ts')], { cwd: root, encoding: 'utf8' });
  const isEntryPage = ({ status, html }: { status: number; html: string }) =>
    status === 200 && html.includes('<h1') && html.includes('Activeren op straffe van een uitkeringskorting</h1>');

  beforeAll(async () => {
    root = prepareFixture('dev', path.join(projectRoot, 'tests/fixtures/valid-site/content'));
    original = readFileSync(path.join(root, entryFile), 'utf8');
    concept = readFileSync(path.join(root, conceptFile), 'utf8');
    server = await serve(root, 'dev');
  });
  afterAll(() => server?.stop());
  // Every test starts from the fixture as it is, even after a failure.
  afterEach(async () => {
    if (readFileSync(path.join(root, entryFile), 'utf8') === original) return;
    write(entryFile, original);
    await pageUntil(pagePath, isEntryPage);
  });

  test('shows the changed text of the entry without a restart', async () => {
    write(entryFile, original.replace('bedoeling is.', 'bedoeling is, zegt de werkplaatsnotitie.'));
    const { html } = await pageUntil(pagePath, (answer) => answer.html.includes('werkplaatsnotitie'));
    expect(html, server.output()).toContain('bedoeling is, zegt de werkplaatsnotitie.');
    write(entryFile, original);
    // While the dev server reloads, an answer may come from between the two states: wait for the entry page itself.
    const restored = await pageUntil(
      pagePath,
      (answer) => isEntryPage(answer) && !answer.html.includes('werkplaatsnotitie'),
    );
    expect(isEntryPage(restored), server.output()).toBe(true);
    expect(restored.html).not.toContain('werkplaatsnotitie');
  });

  test.each([
    ['a misspelt theme', (text: string) => text.replace('themes: [activering,', 'themes: [activeringg,')],
    ['a title that breaks the YAML', (text: string) => text.replace(/^title: .*$/m, "title: 'Mensen's huis'")],
  ])(
    'shows %s on every page in the words of npm run check, in the terminal too, and the page again once fixed',
    async (_, breakEntry) => {
      write(entryFile, breakEntry(original));
      const checked = check();
      expect(checked.status).toBe(1);
      const report = checked.stderr.trimEnd();
      const broken = await pageUntil(pagePath, ({ status }) => status === 500);
      expect(broken.status, server.output()).toBe(500);
      expect(reportOf(broken.html)).toBe(report);
      expect(broken.html).toContain('<h1>De inhoud heeft ');
      // Another page, and a page that does not exist, show the same report.
      expect(reportOf((await pageUntil('/themas/', () => true)).html)).toBe(report);
      expect(reportOf((await pageUntil('/bestaat-niet/', () => true)).html)).toBe(report);
      const firstLine = report.split('\n').find((line) => line.startsWith('  '))!;
      expect(server.output()).toContain(firstLine);

      write(entryFile, original);
      expect(isEntryPage(await pageUntil(pagePath, isEntryPage)), server.output()).toBe(true);
    },
  );

  // Known flake (about 1 run in 6 on this machine): the new concept file is sometimes not picked up within 30 s of
  // the previous test's restore; a retry writes it again. A concept preview that never works still fails.
  test(
    'previews a concept without an ID, marked as one and not indexed, and keeps it out of the list',
    { retry: 2 },
    async () => {
      write(conceptFile, concept.replace(/^id: .*\n/m, '').replace(/^published: .*\n/m, ''));
      const { status, html } = await pageUntil('/praktijken/nog-niet-af/', (answer) =>
        answer.html.includes('nog geen ID'),
      );
      expect(status, server.output()).toBe(200);
      expect(html).toContain('Concept — niet gepubliceerd.</strong>');
      expect(html).toMatch(/<span class="entry-id"[^>]*>nog geen ID<\/span>/);
      expect(html).toContain('<meta name="robots" content="noindex">');
      // The placeholder ID only satisfies the schema; the page never shows it.
      expect(/<main[\s\S]*<\/main>/.exec(html)?.[0]).not.toContain('P-000');
      expect(html).toContain('Een praktijk die nog in concept is</h1>');
      const list = await pageUntil('/praktijken/', () => true);
      expect(list.status).toBe(200);
      expect(list.html).toContain('/praktijken/eerst-het-gesprek/');
      expect(list.html).not.toContain('nog-niet-af');
    },
  );

  describe.skipIf(!hasBrowser)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    test('the problem page reloads by itself once the error is fixed', async () => {
      write(entryFile, original.replace('themes: [activering,', 'themes: [activeringg,'));
      await pageUntil(pagePath, ({ status }) => status === 500);
      const page = await browser.newPage();
      await page.goto(`${server.url}${pagePath}`);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/^De inhoud heeft een fout/);
      write(entryFile, original);
      // No reload from here: the page asks for the site again when the dev server tells it to.
      await page
        .locator('h1', { hasText: 'Activeren op straffe van een uitkeringskorting' })
        .waitFor({ timeout: 30_000 });
      await page.close();
    });
  });
});
