import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuiltPage } from '../helpers/link-check.ts';
import { hasBrowser, launchBrowser, preview, searchResultIds } from '../helpers/browser.ts';
import { buildFixture, type BuildResult } from '../helpers/build.ts';
import { readDist } from '../helpers/dist.ts';

// The fixture tests/fixtures/hostile-text/content holds these in every text field of every kind
// (titles, summaries, aliases, questions, sources, tension, actors, setting, conditions, risks,
// appearsIn, effects, alternative, evidence, addressedTo, benefits, withdrawal reason) and in the
// titles and descriptions of themes and laws. Each would run code, hide the page or send the
// reader away if any of them reached the HTML unescaped.
const xss1 = '</script><script>window.__xss=1</script>';
const comment = '<!--';
const attribute = `"'><img src=x onerror=window.__xss=2>`;
const cdataEnd = ']]>';
const refresh = '<meta http-equiv="refresh" content="0;url=https://example.org/">';
const xss3 = '</title><script>window.__xss=3</script>';
const titles = [
  `Titel ${[xss1, comment, attribute, cdataEnd, xss3].join(' ')}`,
  `Titel ${[refresh, xss1, attribute, cdataEnd].join(' ')}`,
];
const summary = `Samenvatting ${[xss1, comment, attribute, cdataEnd, refresh, xss3].join(' ')}`;

const isElement = (node: Nodes): node is Element => node.type === 'element';
const walk = (node: Nodes, visit: (node: Nodes) => void) => {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
};
const textOf = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

describe('stored XSS through content: a site whose every text field holds markup (fixture hostile-text)', () => {
  let site: BuildResult;
  let pages: BuiltPage[];
  let trees: Map<string, Root>;

  beforeAll(() => {
    site = buildFixture('hostile-text');
    if (site.status !== 0) throw new Error(site.output);
    pages = readDist(path.join(site.root, 'dist')).pages;
    trees = new Map(pages.map((page) => [page.path, fromHtml(page.html)]));
  });

  test('builds: the content check accepts the payloads, as valid content must be harmless', () => {
    expect(site.status).toBe(0);
    // Entries, permanent links, a former slug, lists, themes, search, data, contribute, about and 404, and the
    // version page of each of the eight published entries (the fixture has no git history: one version each).
    expect(pages.length).toBe(45);
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining([
        '/D-001/',
        '/D-001/versies/2026-02-01/',
        '/praktijken/oude-vijandige-tekst/',
        '/themas/vijandig/',
        '/bijdragen/',
        '/404.html',
      ]),
    );
  });

  test('no JSON-LD block holds a raw </script><script>: each is whole JSON naming the entry by its title', () => {
    const blocks = pages.flatMap((page) =>
      [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => ({
        page: page.path,
        json: match[1]!,
      })),
    );
    // Eight published entries and their version pages, and one withdrawn entry.
    expect(blocks).toHaveLength(17);
    for (const { page, json } of blocks) {
      expect(json, page).not.toMatch(/[<>]/);
      const data = JSON.parse(json) as { name: string; description: string };
      expect(titles, page).toContain(data.name);
      expect(data.description, page).toBe(summary);
    }
  });

  test('every page parses to only the elements the templates write: no script, img, event handler, refresh or comment from content', () => {
    for (const page of pages) {
      const tree = trees.get(page.path)!;
      const problems: string[] = [];
      let titleCount = 0;
      walk(tree, (node) => {
        if (node.type === 'comment') problems.push(`comment ${node.value.slice(0, 40)}`);
        if (!isElement(node)) return;
        const handlers = Object.keys(node.properties).filter((name) => /^on/i.test(name));
        if (handlers.length > 0) problems.push(`<${node.tagName} ${handlers.join(' ')}>`);
        if (node.tagName === 'img') problems.push(`<img src=${String(node.properties['src'])}>`);
        if (node.tagName === 'title') titleCount++;
        if (node.tagName === 'script') {
          const type = String(node.properties['type'] ?? '');
          const code = textOf(node);
          if (type === 'application/ld+json' || type === 'application/json') {
            JSON.parse(code);
          } else if (type !== 'module' || code.includes('__xss')) {
            problems.push(`<script type="${type}">${code.slice(0, 60)}`);
          }
        }
        if (node.tagName === 'meta' && node.properties['httpEquiv'] !== undefined) {
          const equiv = String(node.properties['httpEquiv']).toLowerCase();
          const content = String(node.properties['content']);
          const isRedirect = equiv === 'refresh' && /^0; url=\/[a-z]+\/[a-z0-9-]+\/$/.test(content);
          if (equiv !== 'content-security-policy' && !isRedirect)
            problems.push(`<meta http-equiv=${equiv} ${content}>`);
        }
      });
      if (titleCount !== 1) problems.push(`${titleCount} <title> elements`);
      expect(problems, page.path).toEqual([]);
    }
  });

  test('the Content-Security-Policy is the first element after the charset on every page, and the only one', () => {
    for (const page of pages) {
      const html = trees.get(page.path)!.children.find(isElement)!;
      const head = html.children.filter(isElement).find((node) => node.tagName === 'head')!;
      const [charset, csp] = head.children.filter(isElement);
      expect(charset?.properties['charSet'], page.path).toBe('utf-8');
      expect(csp?.properties['httpEquiv'], page.path).toEqual(['content-security-policy']);
      expect(String(csp?.properties['content']), page.path).toContain("default-src 'self'");
      expect(page.html.match(/http-equiv="content-security-policy"/g), page.path).toHaveLength(1);
    }
  });

  test('the Atom feed holds titles and summaries as escaped text: no markup outside CDATA, no < inside', () => {
    const feed = site.page('feed.xml');
    const sections = [...feed.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]!);
    expect(sections.length).toBe(16);
    for (const section of sections) expect(section).not.toMatch(/[<>]/);
    const outside = feed.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    expect(outside).not.toMatch(/<(?:script|img|meta)\b|__xss/);
  });

  describe.skipIf(!hasBrowser)('in Chromium', () => {
    let browser: Browser;
    let server: { url: string; stop: () => void };
    beforeAll(async () => {
      server = await preview(site.root);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      server?.stop();
    });

    /** A page that records dialogs, and every request or navigation that leaves the site or loads `x`. */
    async function watchedPage() {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const escapes: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = request.url();
        if ((!url.startsWith(server.url) && !url.startsWith('data:')) || /\/x$/.test(url)) escapes.push(url);
      });
      page.on('framenavigated', (frame) => {
        if (!frame.url().startsWith(server.url)) escapes.push(`navigation to ${frame.url()}`);
      });
      return { page, dialogs, escapes };
    }

    /** What a loaded page shows of an attack: its marker, its head's first elements, and whether the CSP blocks inline script. */
    const inspect = (page: Page) =>
      page.evaluate(async () => {
        const blocked = await new Promise<string | null>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.body.append(script);
          setTimeout(() => resolve(null), 2000);
        });
        const globals = window as unknown as { __xss?: unknown; __inlineRan?: boolean };
        return {
          xss: globals.__xss,
          inlineRan: globals.__inlineRan === true,
          blocked,
          head: [...document.head.children].slice(0, 2).map((element) => element.outerHTML.slice(0, 45)),
          cspCount: document.querySelectorAll('meta[http-equiv="content-security-policy" i]').length,
        };
      });

    test('no page runs a payload, opens a dialog or leaves the site, and each has its CSP first and in force', async () => {
      const { page, dialogs, escapes } = await watchedPage();
      const visited: string[] = [];
      for (const built of [...pages, { path: '/bestaat-niet/', html: '' }]) {
        const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(built.html)?.[1];
        await page.goto(`${server.url}${built.path}`);
        // A permanent link or former slug forwards to its entry, on this site.
        if (target) await page.waitForURL(`${server.url}${target}`);
        const seen = await inspect(page);
        expect(seen, built.path).toEqual({
          xss: undefined,
          inlineRan: false,
          blocked: expect.stringMatching(/^script-src/),
          head: ['<meta charset="utf-8">', expect.stringMatching(/^<meta http-equiv="content-security-policy"/)],
          cspCount: 1,
        });
        visited.push(built.path);
      }
      expect(visited).toHaveLength(pages.length + 1);
      expect(dialogs).toEqual([]);
      expect(escapes).toEqual([]);
      await page.close();
    }, 180_000);

    test('search shows hostile titles, excerpts and theme names as text and runs none of them', async () => {
      const { page, dialogs, escapes } = await watchedPage();
      await page.goto(`${server.url}/zoeken/?q=Titel`);
      expect((await searchResultIds(page)).sort()).toEqual([
        'A-001',
        'A-002',
        'B-001',
        'B-002',
        'D-001',
        'D-002',
        'P-001',
        'P-002',
      ]);
      const shown = await page.evaluate(() => ({
        titles: [...document.querySelectorAll('#search-results .result-title a')].map((link) => link.textContent),
        excerptElements: [...document.querySelectorAll('#search-results .excerpt *')].map((element) => element.tagName),
      }));
      expect(new Set(shown.titles)).toEqual(new Set(titles));
      expect(new Set(shown.excerptElements)).toEqual(new Set(['MARK']));
      // A theme filter's chip shows the theme's name as text.
      await page.locator('.filters summary').click();
      await page.locator('input[name="thema"][value="vijandig"]').check();
      await page.waitForFunction(() => document.querySelector('[data-active-filters] .chip') !== null);
      expect(await page.locator('[data-active-filters] .chip').textContent()).toBe(
        `Thema ${[xss1, comment, attribute, cdataEnd, xss3].join(' ')} ✕`,
      );
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(escapes).toEqual([]);
      await page.close();
    });

    test('the feed and the sitemap are well-formed XML, and feed readers see each title and summary as written', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      const read = await page.evaluate(async () => {
        const parse = async (url: string) =>
          new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        // type="html": a reader parses the text as HTML; escaped, it is text again.
        const asHtml = (html: string) => {
          const template = document.createElement('template');
          template.innerHTML = html;
          return { text: template.content.textContent, elements: template.content.querySelectorAll('*').length };
        };
        const feed = await parse('/feed.xml');
        const sitemap = await parse('/sitemap-0.xml');
        return {
          errors: [feed, sitemap].map((doc) => doc.querySelector('parsererror')?.textContent ?? null),
          urls: sitemap.getElementsByTagName('loc').length,
          entries: [...feed.getElementsByTagName('entry')].map((entry) => ({
            title: asHtml(entry.getElementsByTagName('title')[0]?.textContent ?? ''),
            summary: asHtml(entry.getElementsByTagName('summary')[0]?.textContent ?? ''),
          })),
        };
      });
      expect(read.errors).toEqual([null, null]);
      expect(read.urls).toBeGreaterThan(20);
      expect(read.entries).toHaveLength(8);
      for (const { title, summary: shown } of read.entries) {
        expect(title.elements).toBe(0);
        expect(titles).toContain(title.text!.replace(/^[PDAB]-\d{3} /, ''));
        expect(shown).toEqual({ text: summary, elements: 0 });
      }
      await page.close();
    });
  });
});
