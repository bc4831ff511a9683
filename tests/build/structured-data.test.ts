import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { rangeIssues, validateStructuredData } from '../helpers/schema-org.ts';

/** Every built HTML page, relative to dist/. */
function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The JSON-LD objects of a page. */
const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );

describe('validateStructuredData (the validator the build is checked with)', () => {
  test('reports an unknown type, a missing required name and a property schema.org does not have', async () => {
    const html = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      name: 'x',
      author: { '@type': 'Organisation', name: 'y' },
      publisher: { '@type': 'Organization' },
      versie: '1',
    })}</script>`;
    const issues = (await validateStructuredData(html)).map(
      ({ severity, issueMessage }) => `${severity} ${issueMessage}`,
    );
    expect(issues.sort()).toEqual([
      'ERROR Required attribute "name" is missing',
      'ERROR Type "Organisation" is not a valid schema.org type',
      'WARNING Property "versie" for type "CreativeWork" is not supported by the schema.org specification',
    ]);
  });

  test('reports a value outside the range schema.org gives its property', () => {
    const issues = rangeIssues({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      datePublished: '28 november 2026',
      dateModified: '2026-11-31',
      url: '/D-001/',
      isPartOf: { '@type': 'Person', name: 'x' },
      author: { '@type': 'Organization', name: 'y', url: 'https://example.org/' },
    });
    expect(issues).toEqual([
      'CreativeWork.datePublished: "28 november 2026" is geen Date of DateTime (ISO 8601)',
      'CreativeWork.dateModified: "2026-11-31" is geen Date of DateTime (ISO 8601)',
      'CreativeWork.url: "/D-001/" is geen absolute URL',
      'CreativeWork.isPartOf: een Person past niet in CreativeWork, URL',
    ]);
  });
});

describe('structured data of the built site (fixture valid-site)', () => {
  let site: BuildResult;
  let pages: Map<string, string>;
  beforeAll(() => {
    site = buildFixture('structured-data', path.join(projectRoot, 'tests/fixtures/valid-site/content'));
    const dist = path.join(site.root, 'dist');
    pages = new Map(htmlPages(dist).map((page) => [page, readFileSync(path.join(dist, page), 'utf8')]));
  });

  test('the build succeeds', () => {
    expect(site.status, site.output).toBe(0);
  });

  test('every published entry page carries one CreativeWork with its ID, title, dates and licence', () => {
    const withJsonLd = [...pages].filter(([, html]) => html.includes('application/ld+json')).map(([page]) => page);
    // Each published version's page describes that version, an edition of the entry at its permanent link.
    expect(withJsonLd.filter((page) => page.includes('/versies/'))).toEqual(
      ['A-001', 'B-001', 'D-001', 'P-001'].map((id) => `${id}/versies/2026-11-28/index.html`),
    );
    expect(jsonLdOf(pages.get('D-001/versies/2026-11-28/index.html')!)).toMatchObject([
      {
        '@id': 'http://localhost:4321/D-001/versies/2026-11-28/',
        version: '2026-11-28',
        exampleOfWork: { '@id': 'http://localhost:4321/D-001/' },
      },
    ]);
    expect(withJsonLd.filter((page) => !page.includes('/versies/'))).toEqual([
      'aannames/straffen-leidt-tot-gedragsverandering/index.html',
      'beleidsvoorstellen/geen-korting-zonder-gesprek/index.html',
      'dilemmas/activeren-op-straffe-van-korting/index.html',
      'dilemmas/oud-dilemma/index.html',
      'praktijken/eerst-het-gesprek/index.html',
    ]);
    const [data] = jsonLdOf(pages.get('dilemmas/activeren-op-straffe-van-korting/index.html')!);
    expect(data).toMatchObject({
      '@type': 'CreativeWork',
      '@id': 'http://localhost:4321/D-001/',
      url: 'http://localhost:4321/dilemmas/activeren-op-straffe-van-korting/',
      identifier: 'D-001',
      name: 'Activeren op straffe van een uitkeringskorting',
      datePublished: '2026-11-28',
      license: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
    });
    expect(jsonLdOf(pages.get('dilemmas/oud-dilemma/index.html')!)).toMatchObject([
      { identifier: 'D-002', creativeWorkStatus: 'ingetrokken' },
    ]);
  });

  test('the structured data of every page passes the schema.org validator with no error and no warning', async () => {
    const issues = [];
    for (const [page, html] of pages) {
      for (const issue of await validateStructuredData(html)) {
        issues.push(`${page}: ${issue.severity} ${issue.issueMessage} (${issue.rootType ?? ''})`);
      }
    }
    expect(issues).toEqual([]);
  });

  test('every value of the structured data lies in the range schema.org gives its property', () => {
    const issues = [...pages].flatMap(([page, html]) =>
      jsonLdOf(html).flatMap((data) => rangeIssues(data).map((issue) => `${page}: ${issue}`)),
    );
    expect(issues).toEqual([]);
  });
});
