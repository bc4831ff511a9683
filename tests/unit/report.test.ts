import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems, formatSummary } from '../../src/lib/content/report.ts';
import { rawEntry, validTree } from '../helpers/entries.ts';

describe('formatProblems', () => {
  test('groups problems by file, then gives a count and how to go on', () => {
    const tree = validTree();
    tree.entries[1] = rawEntry('dilemma', { restsOn: ['A-404'], themes: ['onbekend'] });
    tree.entries[2] = rawEntry('practice', { harm: [] });
    expect(formatProblems(checkContent(tree))).toMatchInlineSnapshot(`
      "content/dilemmas/dilemma-d-001.mdx
        themes[0]: "onbekend" is geen bekend thema. Kies een sleutel uit content/themes.yaml of voeg het thema daar toe.
        restsOn[0]: "A-404" bestaat niet. Bedoel je "A-001"? Gebruik het ID van een bestaand item van de soort aanname of waarde (A-…) of haal de verwijzing weg.

      content/practices/practice-p-001.mdx
        harm: heeft 0 items, minstens 1 nodig. Gevonden: []. Voorbeeld: harm: [voorkomen, herstellen]

      3 fouten in 2 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });
});

describe('formatSummary', () => {
  test('counts entries per kind in one line', () => {
    expect(formatSummary({ practice: 1, dilemma: 2, assumption: 0, proposal: 1 })).toMatchInlineSnapshot(
      `"Inhoud in orde: 4 items (1 praktijk, 2 dilemma's, 0 aannames en waarden, 1 beleidsvoorstel)."`,
    );
  });
});
