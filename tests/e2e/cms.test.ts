import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeAdmin } from '../../src/build/admin.ts';
import { cmsHostFromEnv } from '../../src/build/admin-settings.ts';
import { splitEntryFile } from '../../src/lib/content/frontmatter.ts';
import { freePort, hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { projectRoot, runCheck } from '../helpers/build.ts';

// `npm run cms` on a copy of the fixture valid-site (never the real content/), driven in Chromium.
const root = path.join(projectRoot, 'tests/.tmp/cms');
const content = path.join(root, 'content');

/** An entry's frontmatter as the check reads it. */
function frontmatter(file: string): Record<string, unknown> {
  const split = splitEntryFile(readFileSync(path.join(content, file), 'utf8'));
  if (!split.ok) throw new Error(`${file}: ${split.problem}`);
  return split.data as Record<string, unknown>;
}

/** Waits until a file exists (and, if given, until it passes a test). */
async function fileWhere(file: string, ok: (text: string) => boolean = () => true): Promise<string> {
  const full = path.join(content, file);
  for (let i = 0; i < 100; i++) {
    if (existsSync(full)) {
      const text = readFileSync(full, 'utf8');
      if (ok(text)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${file} did not appear as expected; files: ${readdirSync(path.dirname(full)).join(', ')}`);
}

describe.skipIf(!hasBrowser)(
  'the CMS at /admin/ on the local backend (npm run cms on a copy of valid-site)',
  { timeout: 60_000 },
  () => {
    let server: ChildProcess;
    let browser: Browser;
    let page: Page;
    let url: string;
    const otherOrigins: string[] = [];
    const cspErrors: string[] = [];

    /** Clicks a select or relation field by its label, types, and chooses the option that shows `option`. */
    async function choose(label: string, typed: string, option = typed) {
      await page.getByLabel(label, { exact: true }).click();
      await page.keyboard.type(typed);
      await page.locator('[class*="-option"]', { hasText: option }).first().click();
    }

    /** Saves the entry (in Decap's simple mode, "Opslaan" then "Nu opslaan") and returns the message it shows. */
    async function save(): Promise<string> {
      const shown = await page.evaluate(() => (window as unknown as { toasts: string[] }).toasts.length);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText('Nu opslaan', { exact: true }).click();
      const next = await page.waitForFunction(
        (count) => (window as unknown as { toasts: string[] }).toasts[count],
        shown,
      );
      return (await next.jsonValue()) as string;
    }

    /** Opens an entry (or a new one) in the editor, logged in from before, and waits until it shows that entry's title. */
    async function open(hash: string, title: string) {
      // A fresh load each time: Decap's router does not always follow a changed hash after a save.
      await page.goto('about:blank');
      await page.goto(`${url}/admin/#/collections/${hash}`);
      const shown = () =>
        page
          .getByLabel('Titel', { exact: true })
          .first()
          .inputValue({ timeout: 500 })
          .catch(() => undefined);
      await expect.poll(shown, { timeout: 20_000 }).toBe(title);
    }

    beforeAll(async () => {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
      cpSync(path.join(projectRoot, 'tests/fixtures/valid-site/content'), content, { recursive: true });
      const port = await freePort();
      url = `http://localhost:${port}`;
      server = spawn(
        process.execPath,
        [path.join(projectRoot, 'scripts/cms.ts'), '--root', root, '--port', String(port)],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      for (let i = 0; i < 300 && !output.includes('/admin/'); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      if (!output.includes(`${url}/admin/`)) throw new Error(`npm run cms did not start:\n${output}`);
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // Decap is 5 MB of JavaScript; on a busy machine its first load takes a while.
      page.setDefaultTimeout(45_000);
      // Every message the CMS shows (react-toastify alerts), in order, so a test reads the one its save caused.
      await page.addInitScript(() => {
        const toasts: string[] = [];
        Object.assign(window, { toasts });
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes)
              if (node instanceof HTMLElement)
                for (const alert of [node, ...node.querySelectorAll('[role="alert"]')])
                  if (alert.getAttribute('role') === 'alert') toasts.push(alert.textContent ?? '');
        }).observe(document, { childList: true, subtree: true });
      });
      page.on('request', (request) => {
        if (!/^(?:data|blob|about):/.test(request.url()) && new URL(request.url()).origin !== url)
          otherOrigins.push(request.url());
      });
      // Leaving an entry with unsaved changes (after the refused save) asks for confirmation: leave.
      page.on('dialog', (dialog) => void dialog.accept());
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
      });
      await page.goto(`${url}/admin/`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByText('Inhoudstypen').waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      server?.kill('SIGTERM');
    });

    test('creates a dilemma with themes and a relation: a concept file in content/dilemmas/ that npm run check lets through', async () => {
      await open('dilemmas/new', '');
      await page.getByLabel('Titel', { exact: true }).fill('Zorg of controle: wat doe je met een melding?');
      await page
        .getByLabel('Samenvatting', { exact: true })
        .fill('Een sociaal werker krijgt een melding en moet kiezen tussen zorg en controle. Wat weegt het zwaarst?');
      await choose('Thema’s', 'Activering');
      await choose('Thema’s', 'Gegevensdeling');
      await choose('Bestuurslaag', 'lokaal');
      await choose('Berust op (optioneel)', 'A-001', 'A-001 Straffen leidt tot de gewenste gedragsverandering');
      for (const value of ['zorg', 'controle']) {
        await page.getByRole('button', { name: 'Voeg waarde toe' }).click();
        await page.getByLabel('waarde', { exact: true }).last().fill(value);
      }
      await page
        .getByLabel('Vraag aan beleidsmakers', { exact: true })
        .fill('Wie beslist wat er met een melding gebeurt, en hoe telt het vertrouwen mee?');
      await choose('Bescherming van de casus', 'fictief');
      await page.locator('[data-slate-editor]').click();
      await page.keyboard.type('Dit dilemma berust op [[A-001]].');
      expect(await save()).toBe('Item opgeslagen');

      const text = await fileWhere('dilemmas/zorg-of-controle-wat-doe-je-met-een-melding.mdx');
      expect(frontmatter('dilemmas/zorg-of-controle-wat-doe-je-met-een-melding.mdx')).toEqual({
        title: 'Zorg of controle: wat doe je met een melding?',
        summary: 'Een sociaal werker krijgt een melding en moet kiezen tussen zorg en controle. Wat weegt het zwaarst?',
        themes: ['activering', 'gegevensdeling'],
        level: 'lokaal',
        status: 'concept',
        restsOn: ['A-001'],
        tension: ['zorg', 'controle'],
        question: 'Wie beslist wat er met een melding gebeurt, en hoe telt het vertrouwen mee?',
        anonymisation: 'fictief',
      });
      expect(text.trimEnd().endsWith('Dit dilemma berust op [[A-001]].')).toBe(true);
      const check = runCheck(content);
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain(
        'zorg-of-controle-wat-doe-je-met-een-melding.mdx\n  waarschuwing: id: dit concept heeft nog geen ID',
      );
    });

    test('edits the summary of an existing entry: the file has the new summary and keeps its other values and body', async () => {
      const before = readFileSync(path.join(content, 'dilemmas/activeren-op-straffe-van-korting.mdx'), 'utf8');
      await open('dilemmas/entries/activeren-op-straffe-van-korting', 'Activeren op straffe van een uitkeringskorting');
      const summary =
        'Een sociaal werker moet iemand activeren naar werk terwijl een korting dreigt. Helpt die dreiging?';
      await page.getByLabel('Samenvatting', { exact: true }).fill(summary);
      expect(await save()).toBe('Item opgeslagen');
      await fileWhere('dilemmas/activeren-op-straffe-van-korting.mdx', (text) => text.includes('Helpt die dreiging?'));
      const old = splitEntryFile(before);
      if (!old.ok) throw new Error(old.problem);
      expect(frontmatter('dilemmas/activeren-op-straffe-van-korting.mdx')).toEqual({
        ...(old.data as object),
        summary,
      });
      const now = splitEntryFile(
        readFileSync(path.join(content, 'dilemmas/activeren-op-straffe-van-korting.mdx'), 'utf8'),
      );
      expect(now.ok && now.body.trim()).toBe(old.body.trim());
    });

    test('refuses to save a summary that is too short, with the message npm run check gives for it', async () => {
      const file = 'dilemmas/activeren-op-straffe-van-korting.mdx';
      const before = readFileSync(path.join(content, file), 'utf8');
      await open('dilemmas/entries/activeren-op-straffe-van-korting', 'Activeren op straffe van een uitkeringskorting');
      await page.getByLabel('Samenvatting', { exact: true }).fill('Te kort');
      const message = await save();
      expect(readFileSync(path.join(content, file), 'utf8')).toBe(before);
      // The same value written into the file by hand: the check's line for it is what the CMS said.
      const copy = path.join(projectRoot, 'tests/.tmp/cms-check-copy');
      rmSync(copy, { recursive: true, force: true });
      cpSync(content, copy, { recursive: true });
      const original = readFileSync(path.join(projectRoot, 'tests/fixtures/valid-site/content', file), 'utf8');
      writeFileSync(path.join(copy, file), original.replace(/^summary: .*$/m, 'summary: Te kort'));
      const check = runCheck(copy);
      const line = check.stderr
        .split('\n')
        .find((text) => text.startsWith('  summary: '))!
        .trim();
      expect(line).toMatch(/^summary: is te kort: 7 tekens, minstens 20 nodig/);
      expect(message).toContain('Niet opgeslagen.');
      expect(message).toContain(line);
    });

    test('shows markup typed into a field or the body as text in the preview, and runs none of it', async () => {
      await open('dilemmas/entries/activeren-op-straffe-van-korting', 'Activeren op straffe van een uitkeringskorting');
      const reported = cspErrors.length;
      await page
        .getByLabel('Titel', { exact: true })
        .first()
        .fill('Titel </script><img src=x onerror="window.__xss=1">');
      await page.locator('[data-slate-editor]').click();
      await page.keyboard.type(
        '<img src=x onerror="window.__xss=2"> <script>window.__xss=3</script> [klik](javascript:window.__xss=4)',
      );
      const preview = page.locator('iframe').first().contentFrame();
      await expect
        .poll(() => preview.locator('h1').textContent())
        .toBe('Titel </script><img src=x onerror="window.__xss=1">');
      await expect.poll(() => preview.locator('.entry-body').textContent()).toContain('klik');
      expect(await preview.locator('img[onerror], script, a[href^="javascript"]').count()).toBe(0);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
      expect(
        await frame.evaluate(() => (window as { __xss?: number }).__xss ?? (window.parent as { __xss?: number }).__xss),
      ).toBeUndefined();
      // Decap sanitises the body's HTML with DOMPurify, which parses it in a detached document; Chromium
      // reports the handler it finds there as a CSP violation (it never runs: script-src has no
      // 'unsafe-inline'). Those reports belong to this test, not to the others.
      const here = cspErrors.splice(reported);
      expect(here.every((text) => text.startsWith('Executing inline event handler violates'))).toBe(true);
    });

    test('publishes a concept after a review: status gepubliceerd and a redactie review with its date', async () => {
      await open('practices/entries/nog-niet-af', 'Een praktijk die nog in concept is');
      await choose('Status', 'gepubliceerd');
      await page.getByRole('button', { name: 'Voeg toetsing toe' }).click();
      await choose('Soort toetsing', 'redactie');
      await page.getByLabel('Datum', { exact: true }).last().fill('2026-12-01');
      expect(await save()).toBe('Item opgeslagen');
      await fileWhere('practices/nog-niet-af.mdx', (text) => text.includes('gepubliceerd'));
      expect(frontmatter('practices/nog-niet-af.mdx')).toMatchObject({
        id: 'P-002',
        status: 'gepubliceerd',
        published: '2026-01-05',
        review: [{ kind: 'redactie', date: '2026-12-01' }],
      });
    });

    test('withdraws the entry just published, with a reason: status ingetrokken, dated today, and npm run check passes', async () => {
      await open('practices/entries/nog-niet-af', 'Een praktijk die nog in concept is');
      await choose('Status', 'ingetrokken');
      await page.getByText('Intrekking', { exact: true }).locator('xpath=..').getByTestId('expand-button').click();
      await page
        .getByLabel('Reden (optioneel)', { exact: true })
        .fill('Samengevoegd met de praktijk over het eerste gesprek.');
      expect(await save()).toBe('Item opgeslagen');
      await fileWhere('practices/nog-niet-af.mdx', (text) => text.includes('ingetrokken'));
      const data = frontmatter('practices/nog-niet-af.mdx');
      expect(data['status']).toBe('ingetrokken');
      expect(data['withdrawal']).toEqual({
        date: new Date().toISOString().slice(0, 10),
        reason: 'Samengevoegd met de praktijk over het eerste gesprek.',
      });
      const check = runCheck(content);
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain('Inhoud in orde');
    });

    test('asked nothing of another site, and nothing broke its CSP', () => {
      expect(otherOrigins).toEqual([]);
      expect(cspErrors).toEqual([]);
    });
  },
);

describe.skipIf(!hasBrowser)('the published /admin/ for a repository host (GitHub), served as static files', () => {
  test('loads Decap under its own CSP to the host’s login, asking nothing of another site before the editor logs in', async () => {
    const dist = path.join(projectRoot, 'tests/.tmp/cms-published');
    rmSync(dist, { recursive: true, force: true });
    const host = cmsHostFromEnv({
      KENNISBANK_CMS_REPO: 'leergroep/kennisbank',
      KENNISBANK_CMS_BASE_URL: 'https://auth.example.org',
    })!;
    await writeAdmin(path.join(dist, 'admin'), {
      backend: host.backend,
      contentDir: path.join(projectRoot, 'tests/fixtures/valid-site/content'),
      siteUrl: 'https://kennisbank.example.nl',
    });
    const server = http.createServer((request, response) => {
      const name = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/admin\/$/, '/admin/index.html');
      const file = path.join(dist, path.normalize(name));
      if (!file.startsWith(dist) || !existsSync(file)) return void response.writeHead(404).end();
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.yml': 'text/yaml' };
      response.writeHead(200, { 'content-type': type[path.extname(file) as keyof typeof type] ?? 'text/plain' });
      response.end(readFileSync(file));
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const other: string[] = [];
      const csp: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(`http://127.0.0.1:${port}/`)) other.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${port}/admin/`);
      await page.getByRole('button', { name: 'Inloggen met GitHub' }).waitFor({ timeout: 45_000 });
      expect(other).toEqual([]);
      expect(csp).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
