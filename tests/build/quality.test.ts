import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../helpers/link-check.ts';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { readDist } from '../helpers/dist.ts';
import { handoutChecks } from './handout-checks.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) {
  if (process.env['CI'])
    throw new Error('CI: the HTML validity check needs Java (apt-get install default-jre-headless).');
  console.warn('\n*** HTML validity check SKIPPED: no java on PATH. ***\n');
}

/** One page of every template, and the data page. */
const templates = [
  'index.html',
  'dilemmas/index.html',
  'dilemmas/bijgewerkt/index.html',
  'dilemmas/activeren-op-straffe-van-korting/index.html',
  'praktijken/eerst-het-gesprek/index.html',
  'aannames/straffen-leidt-tot-gedragsverandering/index.html',
  'beleidsvoorstellen/geen-korting-zonder-gesprek/index.html',
  'D-001/index.html',
  'themas/index.html',
  'themas/activering/index.html',
  'zoeken/index.html',
  'over/index.html',
  'toegankelijkheid/index.html',
  'data/index.html',
  '404.html',
];

/** The built entry pages (not the kind indexes by update). */
const entryPages = <P extends { path: string }>(pages: P[]) =>
  pages.filter(
    (page) =>
      /^\/(?:praktijken|dilemmas|aannames|beleidsvoorstellen)\/[a-z0-9-]+\/$/.test(page.path) &&
      !page.path.endsWith('/bijgewerkt/'),
  );

describe('quality of the built site (the project’s own content)', () => {
  let site: BuildResult;
  let dist: string;
  beforeAll(() => {
    site = buildFixture('quality-site', path.join(projectRoot, 'content'));
    if (site.status !== 0) throw new Error(site.output);
    dist = path.join(site.root, 'dist');
  });

  // D-001, with many relations, and the three entries with the most text: the hardest to fit on two pages.
  handoutChecks(
    () => site.root,
    () => {
      const text = (html: string) =>
        (/<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '').replace(/<[^>]+>/g, '').length;
      const longest = entryPages(readDist(dist).pages)
        .sort((a, b) => text(b.html) - text(a.html))
        .slice(0, 3)
        .map((page) => page.path);
      return ['/dilemmas/activeren-op-straffe-van-korting/', ...longest];
    },
  );

  test('every internal link and #anchor resolves', () => {
    const { pages, files } = readDist(dist);
    expect(pages.length).toBeGreaterThan(50);
    expect(findBrokenLinks(pages, files, 'http://localhost:4321')).toEqual([]);
  });

  test.skipIf(!hasJava)(
    'one page of every template is valid HTML for the Nu HTML checker',
    () => {
      const jar = path.join(
        path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
        'build/dist/vnu.jar',
      );
      const result = spawnSync(
        'java',
        ['-jar', jar, '--errors-only', '--format', 'json', ...templates.map((file) => path.join(dist, file))],
        { encoding: 'utf8', timeout: 120_000 },
      );
      const messages = (
        JSON.parse(result.stderr || '{"messages":[]}') as {
          messages: { url: string; message: string; lastLine?: number }[];
        }
      ).messages;
      expect(
        messages.map((m) => `${path.relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? ''} ${m.message}`),
      ).toEqual([]);
    },
    150_000,
  );

  test('entry pages stay within 25 KB of HTML and CSS (gzip) and load no script files', () => {
    const entries = entryPages(readDist(dist).pages);
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const page of entries) {
      const css = [...page.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
        readFileSync(path.join(dist, match[1]!)),
      );
      const weight = gzipSync(Buffer.concat([Buffer.from(page.html), ...css])).length;
      expect(weight, page.path).toBeLessThanOrEqual(25 * 1024);
      expect(page.html, page.path).not.toMatch(/<script[^>]+src=/);
      const inline = [...page.html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      // Only the "/" search shortcut and the copy buttons: small progressive enhancements.
      expect(inline.join('').length, page.path).toBeLessThanOrEqual(2048);
    }
  });
});
