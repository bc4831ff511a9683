import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, runCheck, type BuildResult } from '../helpers/build.ts';

describe('build of a valid site (fixture valid-site)', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = buildFixture('valid-site');
  });

  test('exits 0 without warnings', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).not.toMatch(/\[WARN\]|\[ERROR\]/);
  });

  test('publishes every entry at its canonical URL with its ID and title', () => {
    const html = site.page('dilemmas/activeren-op-straffe-van-korting/index.html');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Activeren op straffe van een uitkeringskorting</h1>');
    expect(html).toContain('<span class="entry-id">D-001</span>');
    for (const page of [
      'praktijken/eerst-het-gesprek/index.html',
      'aannames/straffen-leidt-tot-gedragsverandering/index.html',
      'beleidsvoorstellen/geen-korting-zonder-gesprek/index.html',
    ]) {
      expect(existsSync(path.join(site.root, 'dist', page)), page).toBe(true);
    }
  });

  test('shows a relation on both sides, by ID and title', () => {
    const dilemma = site.page('dilemmas/activeren-op-straffe-van-korting/index.html');
    expect(dilemma).toMatch(
      /<h3>Berust op<\/h3><ul><li>aanname of waarde <span class="entry-id">A-001<\/span> <a href="\/aannames\/straffen-leidt-tot-gedragsverandering\/">Straffen leidt tot de gewenste gedragsverandering<\/a><\/li><\/ul>/,
    );
    const assumption = site.page('aannames/straffen-leidt-tot-gedragsverandering/index.html');
    expect(assumption).toContain('<h3>Ligt ten grondslag aan</h3>');
    expect(assumption).toContain(
      '<a href="/dilemmas/activeren-op-straffe-van-korting/">Activeren op straffe van een uitkeringskorting</a>',
    );
    expect(dilemma).not.toMatch(/<li>\s*<\/li>/);
  });

  test('turns [[ID]] in a body into a link and renders GFM tables', () => {
    const html = site.page('dilemmas/activeren-op-straffe-van-korting/index.html');
    expect(html).toContain(
      '<a href="/aannames/straffen-leidt-tot-gedragsverandering/" class="entry-link">A-001 Straffen leidt tot de gewenste gedragsverandering</a>',
    );
    expect(html).toMatch(/<table>[\s\S]*<td>rechtmatigheid<\/td>/);
    expect(html).not.toContain('[[');
  });

  test('serves /<ID>/ as a permanent link to the entry', () => {
    const html = site.page('D-001/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/dilemmas/activeren-op-straffe-van-korting/">');
    expect(html).toContain('<a href="/dilemmas/activeren-op-straffe-van-korting/">');
  });

  test('builds the search index', () => {
    expect(existsSync(path.join(site.root, 'dist/pagefind/pagefind.js'))).toBe(true);
  });
});

describe('build of a site with a broken reference (fixture broken-reference)', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = buildFixture('broken-reference');
  });

  test('exits non-zero and names the file, the field, the bad value and the fix', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('content/dilemmas/activeren-op-straffe-van-korting.mdx');
    expect(site.output).toContain('restsOn[0]: verwijst naar een ID dat niet bestaat. Bedoel je "A-001"?');
  });

  test('publishes nothing', () => {
    expect(existsSync(path.join(site.root, 'dist'))).toBe(false);
  });
});

describe('npm run check', () => {
  test('accepts a valid tree with one summary line and exit 0', () => {
    const result = runCheck('tests/fixtures/valid-site/content');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      'Inhoud in orde: 4 items (1 praktijk, 1 dilemma, 1 aanname of waarde, 1 beleidsvoorstel).',
    );
  });

  test('rejects a broken tree with exit 1, listing the file and field', () => {
    const result = runCheck('tests/fixtures/broken-reference/content');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/broken-reference/content/dilemmas/activeren-op-straffe-van-korting.mdx\n  restsOn[0]:',
    );
    expect(result.stderr).toContain('1 probleem in 1 bestand.');
  });

  test('accepts the project’s own content', () => {
    expect(runCheck(path.join(projectRoot, 'content')).status).toBe(0);
  });
});
