import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, launchBrowser, preview, searchResultIds } from '../helpers/browser.ts';
import { buildFixture, projectRoot, rebuildFixture, type BuildResult } from '../helpers/build.ts';

const edited = 'dilemmas/activeren-op-straffe-van-korting/index.html';
// Shows neither edited entry's text nor the renamed title (its replacement's title stays the same).
const unrelatedToTheEdit = 'dilemmas/oud-dilemma/index.html';
// The edit replaces a word that no other entry uses by one that no entry used before.
const [removedWord, marker] = ['bedoeling', 'werkplaatsnotitie'];
// A second entry gets a new title (with a character HTML escapes), which many pages show.
const [oldTitle, newTitle] = ['Eerst het gesprek, dan pas een maatregel', 'Eerst het gesprek & dan pas een maatregel'];
const showsTitle = [
  'praktijken/eerst-het-gesprek/index.html',
  'P-001/index.html',
  'praktijken/gesprek-voor-de-maatregel/index.html',
  edited,
  'aannames/straffen-leidt-tot-gedragsverandering/index.html',
  'beleidsvoorstellen/geen-korting-zonder-gesprek/index.html',
  'praktijken/index.html',
  'praktijken/bijgewerkt/index.html',
  'themas/activering/index.html',
  'themas/professionele-ruimte/index.html',
];
const stale = [
  'themas/niet-meer-bestaand/index.html',
  '_astro/verouderd.css',
  'pagefind/fragment/nl_0000000.pf_fragment',
  'pagefind/pagefind.nl_0000000000.pf_meta',
];

describe('a second build in the same folder after editing one entry', () => {
  let first: BuildResult;
  let second: BuildResult;
  let keptMtime: number;
  let keptPermalinkMtime: number;
  beforeAll(() => {
    first = buildFixture('rebuild', path.join(projectRoot, 'tests/fixtures/valid-site/content'));
    const dist = path.join(first.root, 'dist');
    // What an earlier build published and this site no longer has.
    const longAgo = new Date('2026-01-01T00:00:00Z');
    for (const file of stale) {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(path.join(dist, file), 'verouderd');
      utimesSync(path.join(dist, file), longAgo, longAgo);
    }
    keptMtime = statSync(path.join(dist, unrelatedToTheEdit)).mtimeMs;
    keptPermalinkMtime = statSync(path.join(dist, 'D-002/index.html')).mtimeMs;
    const file = path.join(first.root, 'content/dilemmas/activeren-op-straffe-van-korting.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(removedWord, marker));
    const renamed = path.join(first.root, 'content/practices/eerst-het-gesprek.mdx');
    writeFileSync(renamed, readFileSync(renamed, 'utf8').replace(`title: ${oldTitle}`, `title: ${newTitle}`));
    second = rebuildFixture(first.root);
  });

  test('succeeds and shows the edit', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(second.page(edited)).toContain(marker);
    expect(second.page(edited)).not.toContain(removedWord);
  });

  test('shows a changed title on every page that shows it, forwarding pages included', () => {
    const escaped = newTitle.replace('&', '&amp;');
    for (const file of showsTitle) {
      expect(second.page(file), file).toContain(escaped);
      expect(second.page(file), file).not.toContain(oldTitle);
    }
    expect(second.page('P-001/index.html')).toContain(`<title>P-001 ${escaped}</title>`);
    const entries = JSON.parse(second.page('data/entries.json')) as { id: string; title: string }[];
    expect(entries.find((entry) => entry.id === 'P-001')?.title).toBe(newTitle);
  });

  test('leaves pages that did not change where they are, without rendering, copying or writing them', () => {
    expect(second.output).toMatch(/dilemmas\/oud-dilemma\/index\.html \(cached\)/);
    expect(statSync(path.join(second.root, 'dist', unrelatedToTheEdit)).mtimeMs).toBe(keptMtime);
    expect(statSync(path.join(second.root, 'dist/D-002/index.html')).mtimeMs).toBe(keptPermalinkMtime);
    expect(second.output).toMatch(/Doorverwijzingen: 2 geschreven, 4 ongewijzigd/);
  });

  test('keeps the Content-Security-Policy first in the head of rendered, cached and forwarding pages', () => {
    expect(second.output).toMatch(/dilemmas\/oud-dilemma\/index\.html \(cached\)/);
    for (const file of [
      edited,
      unrelatedToTheEdit,
      'D-001/index.html',
      'praktijken/gesprek-voor-de-maatregel/index.html',
      '404.html',
    ]) {
      expect(second.page(file), file).toMatch(
        /^<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';[^"]*">(?:(?!content-security-policy).)*$/s,
      );
    }
  });

  test('removes what an earlier build left that this build did not make', () => {
    for (const file of stale) expect(existsSync(path.join(second.root, 'dist', file)), file).toBe(false);
    expect(existsSync(path.join(second.root, 'dist/themas/niet-meer-bestaand'))).toBe(false);
    expect(second.output).toMatch(/\d+ bestand\(en\) van een eerdere build verwijderd uit dist\//);
  });

  test('keeps the public files, the assets and a search index with exactly one fragment per page', () => {
    const dist = path.join(second.root, 'dist');
    expect(existsSync(path.join(dist, 'favicon.svg'))).toBe(true);
    expect(second.page('index.html')).toMatch(/href="\/_astro\/[^"]+\.css"/);
    const css = /href="\/(_astro\/[^"]+\.css)"/.exec(second.page('index.html'))?.[1];
    expect(existsSync(path.join(dist, css!))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const indexed = (output: string) => /Zoekindex: (\d+) \(nl\)/.exec(output)?.[1];
    expect(indexed(second.output)).toBe('4');
    expect(indexed(second.output)).toBe(indexed(first.output));
    expect(readdirSync(path.join(dist, 'pagefind/fragment'))).toHaveLength(4);
  });

  test.skipIf(!hasBrowser)('finds the entry by its new text and no longer by the old (Chromium)', async () => {
    const server = await preview(second.root);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const results = async (query: string) => {
        await page.goto(`${server.url}/zoeken/?q=${query}`);
        return searchResultIds(page);
      };
      expect(await results(marker)).toEqual(['D-001']);
      expect(await results(removedWord)).toEqual([]);
      expect(await results('gesprek')).toEqual(expect.arrayContaining(['P-001', 'B-001']));
    } finally {
      await browser.close();
      server.stop();
    }
  });
});
