import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { precomputeRequest, shownEntriesOf } from '../../src/build/precompute-inputs.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { APA_NL, APA_NL_ONE, apaHtmlOf } from '../../src/lib/site/apa-style.ts';
import { citationData, forApa } from '../../src/lib/site/citation.ts';
import { sourceData } from '../../src/lib/site/source-citation.ts';
import type { Source } from '../../src/schemas/shared.ts';

/**
 * The site formats every reference with APA_NL_ONE, APA_NL without what only matters between
 * references (sorting, disambiguation, the in-text citation). That must never change a reference.
 */
const sameInBoth = (item: object): void => {
  expect(apaHtmlOf(item, APA_NL_ONE)).toBe(apaHtmlOf(item, APA_NL));
};

/** Text as contributors write it: quotes of every kind, markup-like and Markdown characters, accents, punctuation at the end. */
const text = fc
  .array(
    fc.constantFrom(
      'zorg',
      'Bijstand',
      '"recht"',
      "'eigen'",
      '„hulp”',
      '&',
      '<b>',
      '*ster*',
      '_laag_',
      'één',
      'Wet',
      '2020',
      '?',
      ':',
      '.',
      '–',
      'mens-gericht',
      "cliënt's",
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((words) => words.join(' '));
const day = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([year, month, date]) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
const source: fc.Arbitrary<Source> = fc.record(
  {
    title: text,
    author: fc.constantFrom(
      'Nationale ombudsman',
      'Jansen, P.',
      'Raad voor het Openbaar Bestuur',
      'Hoekstra & De Vries',
    ),
    year: fc.integer({ min: 1950, max: 2030 }),
    publisher: fc.constantFrom('Nationale ombudsman', 'SWP', 'Ministerie van SZW'),
    url: fc.constantFrom('https://www.example.nl/rapport', 'https://example.org/a?b=1&c=2'),
    accessed: day,
  },
  { requiredKeys: ['title'] },
) as fc.Arbitrary<Source>;

describe('APA_NL_ONE: one reference, as APA_NL makes it', () => {
  test('every source and entry citation of the starter content', () => {
    const site = 'https://kennisbank.example/';
    const request = precomputeRequest(
      shownEntriesOf(readContentTree(path.resolve('content'), 'content').entries),
      site,
    );
    expect(request.sources.length).toBeGreaterThan(100);
    for (const cited of request.sources) sameInBoth(forApa(sourceData(cited)));
    for (const input of request.citations) sameInBoth(forApa(citationData(input)));
  });

  test('generated sources and entry citations', () => {
    fc.assert(
      fc.property(source, (cited) => sameInBoth(forApa(sourceData(cited)))),
      { numRuns: 150, seed: 20261202 },
    );
    const entry = fc.record({ title: text, summary: text, updated: day, latest: fc.boolean() });
    fc.assert(
      fc.property(entry, ({ title, summary, updated, latest }) => {
        const input = {
          id: 'D-007',
          genre: 'Dilemma',
          title,
          summary,
          updated,
          url: latest ? 'https://kennisbank.example/D-007/' : `https://kennisbank.example/D-007/versies/${updated}/`,
          ...(latest ? {} : { permalink: 'https://kennisbank.example/D-007/' }),
          siteName: 'Kennisbank Do No Harm',
          publisher: 'Leergroep Do No Harm',
        };
        sameInBoth(forApa(citationData(input)));
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });

  test('formats one reference only', () => {
    expect(() => apaHtmlOf([{ id: 'a', type: 'document', title: 'A' }])).toThrow(/één verwijzing/);
  });
});
