import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareFixture, projectRoot, rebuildFixture, type BuildResult } from '../helpers/build.ts';
import { git, HISTORY, prepareHistoryFixture } from '../helpers/history.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures');
const versionPage = (date: string) => `${HISTORY.id}/versies/${date}/index.html`;
const [first, second, third] = HISTORY.dates;

describe('versions of an entry, from the git history of a fixture repository (D-001 edited twice)', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = rebuildFixture(prepareHistoryFixture('versions', fixtures));
  });

  test('builds every version at /<ID>/versies/<date>/, each with the text it had then', () => {
    expect(site.status, site.output).toBe(0);
    const pages = HISTORY.dates.map((date) => site.page(versionPage(date)));
    expect(pages[0]).toContain(`${HISTORY.first}:`);
    expect(pages[0]).toContain('<h1>Activeren op straffe van een uitkeringskorting</h1>');
    expect(pages[0]).not.toContain(HISTORY.secondActor);
    // The second version is its last state: the typo fixed under the same date.
    expect(pages[1]).toContain(`${HISTORY.second}:`);
    expect(pages[1]).toContain(`<h1>${HISTORY.secondTitle}</h1>`);
    expect(pages[1]).toContain(HISTORY.secondActor);
    expect(pages[2]).toContain(`${HISTORY.third}:`);
    for (const [index, page] of pages.entries()) {
      for (const other of [HISTORY.first, HISTORY.second, HISTORY.third].filter((_, at) => at !== index)) {
        expect(page).not.toContain(`${other}:`);
      }
    }
  });

  test('says on an earlier version that it is one, and links to the current version', () => {
    for (const date of [first, second]) {
      const banner = /<div class="notice notice-version" role="note">[\s\S]*?<\/div>/.exec(
        site.page(versionPage(date!)),
      )?.[0];
      expect(banner).toContain('<strong>Dit is een eerdere versie</strong>');
      expect(banner).toContain(`<a href="${HISTORY.renamedUrl}">Lees de huidige versie</a>`);
    }
    expect(site.page(versionPage(third!))).toContain('<strong>Dit is een vaste versie</strong>');
  });

  test('keeps version pages out of search engines, the search index and the sitemap', () => {
    for (const date of HISTORY.dates) {
      const page = site.page(versionPage(date));
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).not.toContain('data-pagefind-body');
    }
    expect(site.page(`${HISTORY.renamedUrl.slice(1)}index.html`)).toContain('data-pagefind-body');
    expect(site.page('sitemap-0.xml')).not.toContain('/versies/');
    expect(site.page('sitemap-0.xml')).toContain(`<loc>http://localhost:4321${HISTORY.renamedUrl}</loc>`);
  });

  test('refuses to build from a shallow clone, saying why in Dutch', () => {
    const shallow = path.join(projectRoot, 'tests/.tmp/versions-shallow');
    prepareFixture('versions-shallow', path.join(fixtures, 'valid-site/content'));
    rmSync(path.join(shallow, 'content'), { recursive: true });
    git(shallow, 'init', '--quiet');
    git(shallow, 'fetch', '--quiet', '--depth=1', `file://${site.root}`, 'main');
    git(shallow, 'checkout', '--quiet', '--force', 'FETCH_HEAD');
    expect(readFileSync(path.join(shallow, 'content/dilemmas/activeren-onder-dreiging.mdx'), 'utf8')).toContain(third);
    const build = rebuildFixture(shallow);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Deze git-kopie is ondiep (een "shallow clone")');
    expect(build.output).toContain('git fetch --unshallow');
  });
});
