import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { prepareFixture, projectRoot, rebuildFixture, runCheck, type BuildResult } from '../helpers/build.ts';
import { git, HISTORY, prepareHistoryFixture } from '../helpers/history.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures');
const versionPage = (date: string) => `${HISTORY.id}/versies/${date}/index.html`;
const [first, second, third] = HISTORY.dates;
const site_ = 'http://localhost:4321';
const added = (text: string) => `<ins><span class="visually-hidden">toegevoegd: </span>${text}</ins>`;
const removed = (text: string) => `<del><span class="visually-hidden">verwijderd: </span>${text}</del>`;
/** The text of one citation export on a page (under its own heading in "Andere vormen"), without the place for the retrieval date. */
const exported = (html: string, format: string) =>
  (new RegExp(`<h3>${format}</h3>\\s*<pre data-copy><code>([\\s\\S]*?)</code></pre>`).exec(html)?.[1] ?? '')
    .replace(/<span data-retrieved="[^"]*"><\/span>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('versions of an entry, from the git history of a fixture repository (D-001 edited twice)', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = rebuildFixture(prepareHistoryFixture('versions', fixtures));
  }, 300_000);

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

  test('shows what changed against the version before, word by word and item by item, marked without colour alone', () => {
    const secondPage = site.page(versionPage(second!));
    const whatChanged = /<section class="what-changed"[\s\S]*?<\/section>/.exec(secondPage)?.[0] ?? '';
    expect(whatChanged).toContain(`<a href="/${HISTORY.id}/versies/${first}/">`);
    expect(whatChanged).toContain(
      `Activeren op straffe van een ${removed('uitkeringskorting')} ${added('korting op de uitkering')}`,
    );
    expect(whatChanged).toContain(
      `<li class="diff-added"><ins><span class="diff-mark" aria-hidden="true">+</span><span class="visually-hidden">toegevoegd: </span>${HISTORY.secondActor}</ins></li>`,
    );
    expect(whatChanged).toContain(`staat ${added('klem')} tussen twee opdrachten`);
    expect(whatChanged).not.toContain('klm');
    expect(secondPage).toContain('<a href="#wat-veranderde">Wat veranderde</a>');
    const thirdChanges = /<section class="what-changed"[\s\S]*?<\/section>/.exec(site.page(versionPage(third!)))?.[0];
    expect(thirdChanges).toContain(`${removed('staat')} ${added('voelt zich')} klem ${added('gezet')} tussen`);
    expect(site.page(versionPage(first!))).toContain('Dit is de eerste gepubliceerde versie');
    // The entry's history links every version, with the notes, and folds away what changed last.
    const entryPage = site.page(`${HISTORY.renamedUrl.slice(1)}index.html`);
    const history = /<ol class="history">[\s\S]*?<\/details>/.exec(entryPage)?.[0] ?? '';
    expect(history).toContain(
      `<a href="/${HISTORY.id}/versies/${third}/"><time datetime="${third}">20 december 2026</time></a> (huidige versie): De toelichting scherper verwoord.`,
    );
    expect(history).toContain(`<a href="/${HISTORY.id}/versies/${first}/"><time datetime="${first}">`);
    expect(history).toContain(`<a href="/${HISTORY.id}/versies/${second}/"><time datetime="${second}">`);
    expect(history).toContain(`${removed('staat')} ${added('voelt zich')}`);
  });

  test('cites a version by its own URL, with the permanent link beside it, in every format', () => {
    const page = site.page(versionPage(first!));
    const url = `${site_}/${HISTORY.id}/versies/${first}/`;
    const permalink = `${site_}/${HISTORY.id}/`;
    const apa = /<p class="citation-apa" data-copy="html">([\s\S]*?)<\/p>/.exec(page)?.[1];
    expect(apa).toContain(`(Dilemma ${HISTORY.id}, Versie ${first})`);
    expect(apa).toContain(`<a href="${url}">${url}</a>`);
    expect(page).toContain(`<p class="citation-latest" data-copy="html">`);
    expect(page).toContain(`<a href="${permalink}">${permalink}</a></p>`);
    for (const format of ['BibTeX', 'RIS \\(voor Zotero, EndNote, Mendeley\\)', 'CSL-JSON']) {
      const text = exported(page, format);
      const [read] = new Cite(format === 'CSL-JSON' ? JSON.parse(text) : text).data as Record<string, unknown>[];
      expect(read, format).toMatchObject({
        title: 'Activeren op straffe van een uitkeringskorting',
        URL: url,
        note: `Versie ${first}. Vaste link naar de nieuwste versie: ${permalink}`,
      });
      if (format !== 'RIS \\(voor Zotero, EndNote, Mendeley\\)') expect(read!['version'], format).toBe(first);
    }
    expect(page).toContain(`<meta name="citation_fulltext_html_url" content="${url}">`);
    expect(page).toContain(`<meta name="DC.relation.isVersionOf" content="${permalink}">`);
    expect(page).toContain(`"@id":"${url}"`);
    const records = JSON.parse(site.page('data/entries.json')) as { id: string; versions: unknown[] }[];
    expect(records.find((record) => record.id === HISTORY.id)?.versions).toEqual(
      HISTORY.dates.map((date) => ({ date, url: `${site_}/${HISTORY.id}/versies/${date}/`, current: date === third })),
    );
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
  }, 120_000);

  test('registers every version, and says in Dutch when rewritten history lost a registered one', () => {
    const content = path.join(site.root, 'content');
    const update = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/update-registry.ts'), '--content-dir', content],
      {
        encoding: 'utf8',
      },
    );
    expect(update.status, update.stderr).toBe(0);
    const registry = JSON.parse(readFileSync(path.join(content, 'registry.json'), 'utf8')) as Record<string, string[]>;
    expect(registry[HISTORY.id]).toEqual([
      '/dilemmas/activeren-op-straffe-van-korting/',
      HISTORY.renamedUrl,
      ...HISTORY.dates.map((date) => `/${HISTORY.id}/versies/${date}/`),
    ]);
    expect(runCheck(content).status).toBe(0);
    // The three commits after the first squashed into one: the second version is gone from history.
    git(site.root, 'reset', '--quiet', '--soft', 'HEAD~3');
    git(site.root, 'commit', '--quiet', '-m', 'Samengevoegd');
    const check = runCheck(content);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      `"/${HISTORY.id}/versies/${second}/" is een gepubliceerde versie van dit item, maar die staat niet meer in de git-geschiedenis. Is de geschiedenis herschreven`,
    );
  }, 120_000);
});
