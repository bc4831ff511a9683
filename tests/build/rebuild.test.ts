import { appendFileSync, existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, rebuildFixture, type BuildResult } from '../helpers/build.ts';

const edited = 'dilemmas/activeren-op-straffe-van-korting/index.html';
const unrelatedToTheEdit = 'aannames/straffen-leidt-tot-gedragsverandering/index.html';
const marker = 'Toegevoegd voor de test van een tweede build.';
const stale = ['themas/niet-meer-bestaand/index.html', '_astro/verouderd.css', 'pagefind/verouderd.pf_fragment'];

describe('a second build in the same folder after editing one entry', () => {
  let first: BuildResult;
  let second: BuildResult;
  let keptMtime: number;
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
    appendFileSync(path.join(first.root, 'content/dilemmas/activeren-op-straffe-van-korting.mdx'), `\n${marker}\n`);
    second = rebuildFixture(first.root);
  });

  test('succeeds and shows the edit', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(second.page(edited)).toContain(marker);
  });

  test('leaves pages that did not change where they are, without rendering or copying them', () => {
    expect(second.output).toMatch(/aannames\/straffen-leidt-tot-gedragsverandering\/index\.html \(cached\)/);
    expect(statSync(path.join(second.root, 'dist', unrelatedToTheEdit)).mtimeMs).toBe(keptMtime);
  });

  test('removes what an earlier build left that this build did not make', () => {
    for (const file of stale) expect(existsSync(path.join(second.root, 'dist', file)), file).toBe(false);
    expect(existsSync(path.join(second.root, 'dist/themas/niet-meer-bestaand'))).toBe(false);
    expect(second.output).toMatch(/\d+ bestand\(en\) van een eerdere build verwijderd uit dist\//);
  });

  test('keeps the public files, the assets and a fresh search index', () => {
    const dist = path.join(second.root, 'dist');
    expect(existsSync(path.join(dist, 'favicon.svg'))).toBe(true);
    expect(second.page('index.html')).toMatch(/href="\/_astro\/[^"]+\.css"/);
    const css = /href="\/(_astro\/[^"]+\.css)"/.exec(second.page('index.html'))?.[1];
    expect(existsSync(path.join(dist, css!))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const indexed = (output: string) => /Zoekindex: (\d+) \(nl\)/.exec(output)?.[1];
    expect(indexed(second.output)).toBe('4');
    expect(indexed(second.output)).toBe(indexed(first.output));
  });
});
