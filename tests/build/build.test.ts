import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
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
    expect(dilemma).toContain(
      '<h3 id="relaties-restsOn">Berust op</h3><ul class="relation-list"><li><span class="badge badge-assumption"><span class="badge-kind">Aanname of waarde</span> <span class="entry-id">A-001</span></span> <a href="/aannames/straffen-leidt-tot-gedragsverandering/">Straffen leidt tot de gewenste gedragsverandering</a></li></ul>',
    );
    const assumption = site.page('aannames/straffen-leidt-tot-gedragsverandering/index.html');
    expect(assumption).toContain('<h3 id="relaties-restsOn">Ligt ten grondslag aan</h3>');
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
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/dilemmas/activeren-op-straffe-van-korting/">');
    expect(html).toContain('<a href="/dilemmas/activeren-op-straffe-van-korting/">');
    // Written after Astro from one rendered template, which is not published, nor is the list of pages.
    expect(existsSync(path.join(site.root, 'dist/doorsturen-sjabloon'))).toBe(false);
    expect(existsSync(path.join(site.root, 'dist/doorverwijzingen.json'))).toBe(false);
  });

  test('lists a theme’s published entries on its theme page, grouped by kind', () => {
    const html = site.page('themas/activering/index.html');
    const sections = [...html.matchAll(/<h2 id="([a-z]+)">[\s\S]*?(?=<h2|<\/main>)/g)].map((section) => [
      section[1],
      [...section[0].matchAll(/<span class="entry-id">([A-Z]-\d+)<\/span>/g)].map((id) => id[1]),
    ]);
    expect(sections.slice(0, 4)).toEqual([
      ['praktijken', ['P-001']],
      ['dilemmas', ['D-001']],
      ['aannames', ['A-001']],
      ['beleidsvoorstellen', ['B-001']],
    ]);
    const privacy = site.page('themas/gegevensdeling/index.html');
    expect(privacy).toContain('Nog geen items bij dit thema.');
  });

  test('shows a withdrawn entry as a tombstone with reason, date and replacement, kept out of lists', () => {
    const html = site.page('dilemmas/oud-dilemma/index.html');
    expect(html).toContain('Dit item is ingetrokken');
    expect(html).toContain('Samengevoegd met het dilemma over activeren op straffe van een korting.');
    expect(html).toContain('<time datetime="2026-03-01">1 maart 2026</time>');
    expect(html).toMatch(/Vervangen door<\/dt><dd>[\s\S]*?<a href="\/dilemmas\/activeren-op-straffe-van-korting\/">/);
    expect(html).not.toContain('Deze tekst wordt niet meer getoond.');
    expect(html).not.toContain('data-pagefind-body');
    expect(site.page('D-002/index.html')).toContain('url=/dilemmas/oud-dilemma/');
    expect(site.page('dilemmas/index.html')).not.toContain('D-002');
  });

  test('lists the editors’ change notes for readers under Wijzigingen, never commit messages', () => {
    const html = site.page('dilemmas/oud-dilemma/index.html');
    expect(html).toMatch(
      /Wijzigingen<\/dt>[\s\S]*?<time datetime="2026-03-01">1 maart 2026<\/time>: Ingetrokken en samengevoegd met het dilemma over activeren/,
    );
    // An entry without notes shows its dates only.
    expect(site.page('dilemmas/activeren-op-straffe-van-korting/index.html')).not.toContain('Wijzigingen</dt>');
  });

  test('publishes nothing of a concept entry', () => {
    expect(existsSync(path.join(site.root, 'dist/praktijken/nog-niet-af'))).toBe(false);
    expect(existsSync(path.join(site.root, 'dist/P-002'))).toBe(false);
    expect(site.page('praktijken/index.html')).not.toContain('P-002');
    expect(site.page('themas/activering/index.html')).not.toContain('P-002');
  });

  test('lists proposals with whom they are addressed to and how far they are', () => {
    const html = site.page('beleidsvoorstellen/index.html');
    expect(html).toMatch(/Gericht aan: [^<]*gemeenteraad[^<]* · Stand: [\s\S]*?idee/);
  });

  test('offers each kind index by ID and by last update', () => {
    const ids = (html: string) => [...html.matchAll(/<span class="entry-id">([A-Z]-\d+)<\/span>/g)].map((m) => m[1]);
    expect(ids(site.page('aannames/index.html'))).toEqual(['A-001']);
    expect(site.page('aannames/bijgewerkt/index.html')).toContain('aria-current="page">op laatst bijgewerkt');
  });

  test('gives every entry page citation metadata, a canonical link and the formats to cite it', () => {
    const registry = JSON.parse(site.page('../content/registry.json')) as Record<string, string[]>;
    for (const [id, urls] of Object.entries(registry)) {
      const html = site.page(`${urls.at(-1)!.slice(1)}index.html`);
      expect(html, id).toContain(`<meta name="citation_technical_report_number" content="${id}">`);
      expect(html, id).toMatch(/<meta name="citation_title" content="[^"]+">/);
      expect(html, id).toMatch(/<meta name="citation_publication_date" content="\d{4}\/\d{2}\/\d{2}">/);
      expect(html, id).toContain(`<meta name="citation_public_url" content="http://localhost:4321/${id}/">`);
      expect(html, id).toMatch(/<link rel="canonical" href="http:\/\/localhost:4321\/[a-z]+\/[a-z0-9-]+\/">/);
      expect(html, id).toContain('<script type="application/ld+json">');
      expect(html, id).toContain(`TY  - ELEC`);
      expect(html, id).toContain(`@misc{${id},`);
      expect(html, id).toContain('<span data-retrieved="Geraadpleegd op {datum}, van "></span>');
      expect(html, id).not.toMatch(/Geraadpleegd op \d/);
    }
  });

  test('says on the page when a case is fictional', () => {
    expect(site.page('praktijken/eerst-het-gesprek/index.html')).toContain(
      '<p class="notice notice-fictief">Verzonnen voorbeeld: het beschrijft geen echte personen of organisaties.</p>',
    );
  });

  test('shows on an entry with laws when the law was last checked (Stand van de wet), or that it was not', () => {
    const checked =
      /<dt>Stand van de wet<\/dt>\s*<dd class="law-checked">\s*<time datetime="2026-11-30">30 november 2026<\/time>/;
    expect(site.page('dilemmas/activeren-op-straffe-van-korting/index.html')).toMatch(checked);
    expect(site.page('praktijken/eerst-het-gesprek/index.html')).toMatch(
      /<dt>Stand van de wet<\/dt>\s*<dd class="law-checked">\s*nog niet nagekeken\s*<\/dd>/,
    );
  });

  test('says when the editors drafted an entry that the learning group has not discussed yet', () => {
    const notice = 'Opgesteld door de redactie, nog niet besproken in de leergroep.';
    expect(site.page('aannames/straffen-leidt-tot-gedragsverandering/index.html')).toContain(notice);
    expect(site.page('dilemmas/activeren-op-straffe-van-korting/index.html')).not.toContain(notice);
  });

  test('keeps a renamed entry’s old URL forwarding to its new one', () => {
    const html = site.page('praktijken/gesprek-voor-de-maatregel/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/praktijken/eerst-het-gesprek/">');
  });

  test('publishes open data: entries as JSON and CSV, a CSL-JSON bibliography, a feed and a sitemap', () => {
    const entries = JSON.parse(site.page('data/entries.json')) as { id: string; relations: unknown }[];
    expect(entries.map((entry) => entry.id)).toEqual(['A-001', 'B-001', 'D-001', 'D-002', 'P-001']);
    expect(site.page('data/entries.csv').trim().split('\r\n')).toHaveLength(6);
    const bibliography = JSON.parse(site.page('data/bibliography.json')) as { id: string; type: string }[];
    expect(bibliography.map((item) => [item.id, item.type])).toContainEqual(['D-001', 'webpage']);
    // The same CSL-JSON as each entry page offers, and no retrieval date (the reader's day is not known at build time).
    const onPage = /<h3>CSL-JSON<\/h3>\s*<pre data-copy><code>([\s\S]*?)<\/code><\/pre>/.exec(
      site.page('dilemmas/activeren-op-straffe-van-korting/index.html'),
    )?.[1];
    const unescape = (html: string) =>
      html
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const withoutDate = (onPage ?? '[]').replace(/<span data-retrieved="[^"]*"><\/span>/g, '');
    expect(JSON.parse(unescape(withoutDate))).toEqual(bibliography.filter((item) => item.id === 'D-001'));
    expect(bibliography.some((item) => 'accessed' in item)).toBe(false);
    expect(site.page('feed.xml').match(/<entry>/g)).toHaveLength(4);
    const sitemap = site.page('sitemap-0.xml');
    expect(sitemap).toContain('<loc>http://localhost:4321/dilemmas/activeren-op-straffe-van-korting/</loc>');
    expect(sitemap).not.toContain('<loc>http://localhost:4321/D-001/</loc>');
    expect(sitemap).not.toContain('gesprek-voor-de-maatregel');
    expect(sitemap).not.toContain('doorsturen-sjabloon');
    expect(site.page('data/index.html')).toContain('<code>restsOn</code>');
  });

  test('opens external links without passing the page or the reader on (rel="noopener noreferrer")', () => {
    const pages = readdirSync(path.join(site.root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    const external = pages.flatMap((file) =>
      [...site.page(file).matchAll(/<a [^>]*href="https?:\/\/(?!localhost:4321)[^"]*"[^>]*>/g)].map((match) => [
        file,
        match[0],
      ]),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const [file, tag] of external)
      expect(tag, file).toMatch(/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/);
  });

  test('puts a Content-Security-Policy without unsafe-inline on every page, and wasm-unsafe-eval only on search', () => {
    const csp = (file: string) =>
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(site.page(file))?.[1] ?? '';
    for (const file of [
      'index.html',
      'dilemmas/activeren-op-straffe-van-korting/index.html',
      'themas/activering/index.html',
    ]) {
      expect(csp(file), file).toContain("default-src 'self'");
      expect(csp(file), file).not.toContain('unsafe-inline');
      expect(csp(file), file).not.toContain('wasm-unsafe-eval');
    }
    expect(csp('zoeken/index.html')).toContain("script-src 'self' 'wasm-unsafe-eval'");
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
    expect(site.output).toContain('restsOn[0]: "A-002" bestaat niet. Bedoel je "A-001"?');
  });

  test('publishes nothing', () => {
    expect(existsSync(path.join(site.root, 'dist'))).toBe(false);
  });
});

describe('build of a site with hostile files (issue 12)', () => {
  let site: BuildResult;
  let outside: string;
  beforeAll(() => {
    const copy = mkdtempSync(path.join(tmpdir(), 'kennisbank-'));
    cpSync(path.join(projectRoot, 'tests/fixtures/valid-site/content'), copy, { recursive: true });
    outside = `${copy}-buiten.mdx`;
    writeFileSync(outside, '---\nid: D-099\n---\n<script>alert(1)</script>\n');
    // A link to a file outside content/, an empty folder named like an entry (the build crashed
    // with EISDIR), and a quoted value with a line starting with --- (the build crashed on it).
    symlinkSync(outside, path.join(copy, 'dilemmas/koppeling.mdx'));
    mkdirSync(path.join(copy, 'dilemmas/map.mdx'));
    const text = readFileSync(path.join(copy, 'dilemmas/oud-dilemma.mdx'), 'utf8');
    writeFileSync(
      path.join(copy, 'dilemmas/oud-dilemma.mdx'),
      text.replace(/^summary: .*$/m, 'summary: "Eerste regel\n--- tweede regel van de samenvatting"'),
    );
    site = buildFixture('hostile-files', copy);
    rmSync(copy, { recursive: true, force: true });
  });

  test('fails with a message naming each file, and no crash', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('content/dilemmas/koppeling.mdx');
    expect(site.output).toContain('is een snelkoppeling (symbolische link)');
    expect(site.output).toContain('content/dilemmas/map.mdx');
    expect(site.output).toContain('content/dilemmas/oud-dilemma.mdx');
    expect(site.output).toContain('begint met "---"');
    expect(site.output).not.toMatch(/EISDIR|RangeError|YAMLException/);
    rmSync(outside, { force: true });
  });

  test('publishes nothing', () => {
    expect(existsSync(path.join(site.root, 'dist'))).toBe(false);
  });
});

describe('a published entry deleted instead of withdrawn', () => {
  test('fails the check with a message that says to withdraw it instead', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'kennisbank-'));
    cpSync(path.join(projectRoot, 'tests/fixtures/valid-site/content'), copy, { recursive: true });
    rmSync(path.join(copy, 'dilemmas/oud-dilemma.mdx'));
    const result = runCheck(copy);
    rmSync(copy, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'registry.json\n  D-002: "D-002" is gepubliceerd geweest op /dilemmas/oud-dilemma/',
    );
    expect(result.stderr).toContain('trek het in met status: ingetrokken');
  });
});

describe('npm run check', () => {
  test('accepts a valid tree with a summary line and exit 0; warnings are shown and do not stop it', () => {
    const result = runCheck('tests/fixtures/valid-site/content');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      "Inhoud in orde: 6 items (2 praktijken, 2 dilemma's, 1 aanname of waarde, 1 beleidsvoorstel).",
    );
    // The fixture's vocabulary has themes that none of its few entries uses: advice, not an error.
    expect(result.stdout).toMatch(
      /waarschuwing: thema's: \[.*wonen.*\]: geen enkel gepubliceerd item heeft deze \d+ thema's/,
    );
    expect(result.stdout).toContain('Waarschuwingen houden publicatie niet tegen');
  });

  test('rejects a broken tree with exit 1, listing the file and field', () => {
    const result = runCheck('tests/fixtures/broken-reference/content');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/broken-reference/content/dilemmas/activeren-op-straffe-van-korting.mdx\n  restsOn[0]: "A-002" bestaat niet.',
    );
    expect(result.stderr).toContain('1 fout in 1 bestand.');
  });

  test('accepts the project’s own content', () => {
    expect(runCheck(path.join(projectRoot, 'content')).status).toBe(0);
  });
});
