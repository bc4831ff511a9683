import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { nextFreeId } from '../../src/lib/content/ids.ts';
import { problemTypes, suggest, type Problem } from '../../src/lib/content/problems.ts';
import type { ContentTree } from '../../src/lib/content/tree.ts';
import { rawEntry, validTree } from '../helpers/entries.ts';

/** The problems as an editor reads them: `file › field: message`. */
const read = (problems: Problem[]) => problems.map((p) => `${p.file} › ${p.field}: ${p.message}`);
const replace = (tree: ContentTree, index: number, entry: ContentTree['entries'][number]) => {
  tree.entries[index] = entry;
  return tree;
};

describe('checkContent', () => {
  test('accepts a valid tree with one related entry of each kind', () => {
    expect(checkContent(validTree())).toEqual([]);
  });

  test('reports a missing required field with an example value', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { question: undefined }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › question: ontbreekt. Voeg het veld toe, bijvoorbeeld: question: Mag het wijkteam weigeren gegevens te delen als dat het vertrouwen van inwoners schaadt?",
      ]
    `);
  });

  test('reports a missing enum field as missing, not as a wrong option', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { level: undefined }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › level: ontbreekt. Voeg het veld toe, bijvoorbeeld: level: lokaal",
      ]
    `);
  });

  test('reports a misspelt key and suggests the known one', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { tension: undefined, tensoin: ['a', 'b'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › tensoin: "tensoin" is geen bekend veld. Bedoel je "tension"? Anders verwijderen: onbekende velden worden niet gepubliceerd.",
      ]
    `);
  });

  test('reports an unknown key inside a nested object', () => {
    const tree = replace(validTree(), 0, rawEntry('assumption', { sources: [{ title: 'Een rapport', jaar: 2020 }] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/assumptions/assumption-a-001.mdx › sources[0].jaar: "jaar" is geen bekend veld. Bedoel je "year"? Anders verwijderen: onbekende velden worden niet gepubliceerd.",
      ]
    `);
  });

  test('reports a wrong enum value and suggests the closest option', () => {
    const tree = replace(validTree(), 2, rawEntry('practice', { harm: ['voorkomn'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/practices/practice-p-001.mdx › harm[0]: "voorkomn" is geen van de mogelijke waarden. Bedoel je "voorkomen"? Kies een van: voorkomen, verlichten, herstellen.",
      ]
    `);
  });

  test('reports a summary longer than 300 characters', () => {
    const tree = replace(validTree(), 2, rawEntry('practice', { summary: 'a'.repeat(301) }));
    expect(checkContent(tree).map((p) => [p.type, p.field])).toEqual([['too-long', 'summary']]);
  });

  test('reports an impossible date', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { published: '2026-02-30', updated: '2026-03-01' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › published: "2026-02-30" is geen bestaande datum. Schrijf een datum die op de kalender staat, als JJJJ-MM-DD, bijvoorbeeld 2026-11-28.",
      ]
    `);
  });

  test('reports an updated date before the published date', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { updated: '2025-12-31' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › updated: "2025-12-31" ligt vóór de publicatiedatum 2026-01-10. Zet "updated" op of na "published".",
      ]
    `);
  });

  test('reports a malformed ID and proposes the next free one', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { id: 'D-7', restsOn: [] }, { slug: 'nieuw' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/nieuw.mdx › id: "D-7" is geen geldig ID. Een ID is een letter (P, D, A of B), een streepje en drie of meer cijfers, zonder extra nullen vooraan; het volgende vrije ID hier is "D-002".",
      ]
    `);
  });

  test('reports an ID whose prefix belongs to another kind', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { id: 'P-002', restsOn: [] }, { slug: 'nieuw' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/nieuw.mdx › id: "P-002" begint met de letter van een praktijk, maar het bestand staat bij de dilemma's. Gebruik "D-002" (het volgende vrije ID) of verplaats het bestand naar content/practices/.",
      ]
    `);
  });

  test('reports a duplicate ID on both files', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { title: 'Een ander dilemma' }, { slug: 'ander-dilemma' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › id: "D-001" wordt ook gebruikt in content/dilemmas/ander-dilemma.mdx. Een ID hoort bij precies één item; geef het nieuwe item "D-002".",
        "content/dilemmas/ander-dilemma.mdx › id: "D-001" wordt ook gebruikt in content/dilemmas/dilemma-d-001.mdx. Een ID hoort bij precies één item; geef het nieuwe item "D-002".",
      ]
    `);
  });

  test('reports a relation to an unknown ID and suggests the closest ID of the right kind', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { restsOn: ['A-011'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › restsOn[0]: "A-011" bestaat niet. Bedoel je "A-001"? Gebruik het ID van een bestaand item van de soort aanname of waarde (A-…) of haal de verwijzing weg.",
      ]
    `);
  });

  test('reports a relation to an entry of the wrong kind', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { restsOn: ['P-001'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › restsOn[0]: "P-001" is het ID van een praktijk, maar hier hoort een aanname of waarde (ID met A-). Zet de verwijzing in het juiste veld of kies een ander ID.",
      ]
    `);
  });

  test('reports an entry that links to itself or names itself as its replacement', () => {
    const tree = validTree();
    tree.entries.push(
      rawEntry('dilemma', { id: 'D-002', restsOn: [] }, { slug: 'zelf', body: 'Zie [[D-002]].\n' }),
      rawEntry(
        'dilemma',
        {
          id: 'D-003',
          status: 'ingetrokken',
          withdrawal: { date: '2026-03-01', reason: 'Vervangen door zichzelf.', replacedBy: 'D-003' },
        },
        { slug: 'weg' },
      ),
    );
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/zelf.mdx › body (regel 24): "D-002" is het item zelf. Haal deze verwijzing weg.",
        "content/dilemmas/weg.mdx › withdrawal.replacedBy: "D-003" is het item zelf. Haal deze verwijzing weg.",
      ]
    `);
  });

  test('reports the same relation listed twice', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { restsOn: ['A-001', 'A-001'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › restsOn[1]: "A-001" staat twee keer in de lijst. Haal de dubbele verwijzing weg.",
      ]
    `);
  });

  test('reports a published entry that points to a concept', () => {
    const tree = replace(validTree(), 0, rawEntry('assumption', { status: 'concept' }));
    expect(checkContent(tree).map((p) => [p.type, p.file, p.field])).toEqual([
      ['relation-to-unpublished', 'content/dilemmas/dilemma-d-001.mdx', 'restsOn[0]'],
      ['relation-to-unpublished', 'content/practices/practice-p-001.mdx', 'challenges[0]'],
      ['relation-to-unpublished', 'content/proposals/proposal-b-001.mdx', 'revises[0]'],
    ]);
  });

  test('reports a published entry that points to a withdrawn one and names its replacement', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('assumption', { id: 'A-002' }, { slug: 'vervanger' }));
    tree.entries[0] = rawEntry('assumption', {
      status: 'ingetrokken',
      withdrawal: { date: '2026-03-01', reason: 'Samengevoegd met A-002.', replacedBy: 'A-002' },
    });
    tree.entries[2] = rawEntry('practice', { challenges: [] });
    tree.entries[3] = rawEntry('proposal', { revises: [] });
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › restsOn[0]: "A-001" is ingetrokken. Verwijs naar de vervanger "A-002".",
      ]
    `);
  });

  test('reports a withdrawn entry without a reason', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { id: 'D-002', status: 'ingetrokken' }, { slug: 'weg' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/weg.mdx › withdrawal.reason: status is ingetrokken, maar een reden ontbreekt. Voeg toe: withdrawal: { date: JJJJ-MM-DD, reason: "…", replacedBy: "…" }.",
      ]
    `);
  });

  test('reports a withdrawal on an entry that is not withdrawn', () => {
    const tree = replace(
      validTree(),
      1,
      rawEntry('dilemma', { withdrawal: { date: '2026-03-01', reason: 'Niet meer nodig.' } }),
    );
    expect(checkContent(tree).map((p) => [p.type, p.field])).toEqual([['withdrawal-without-status', 'withdrawal']]);
  });

  test('reports a withdrawal whose replacement does not exist', () => {
    const tree = validTree();
    tree.entries.push(
      rawEntry(
        'dilemma',
        {
          id: 'D-002',
          status: 'ingetrokken',
          withdrawal: { date: '2026-03-01', reason: 'Dubbel met een ander item.', replacedBy: 'D-009' },
        },
        { slug: 'weg' },
      ),
    );
    expect(checkContent(tree).map((p) => [p.type, p.field, p.value])).toEqual([
      ['unknown-relation', 'withdrawal.replacedBy', '"D-009"'],
    ]);
  });

  test('reports an unknown theme and suggests the closest key', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { themes: ['activering', 'gegevensdeeling'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › themes[1]: "gegevensdeeling" is geen bekend thema. Bedoel je "gegevensdeling"? Kies een sleutel uit content/themes.yaml of voeg het thema daar toe.",
      ]
    `);
  });

  test('reports an unknown law', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { laws: ['wmo'] }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › laws[0]: "wmo" is geen bekende wet. Kies een sleutel uit content/laws.yaml of voeg de wet daar toe.",
      ]
    `);
  });

  test('reports [[ID]] links in the body to unknown IDs, with the line in the file', () => {
    const tree = replace(
      validTree(),
      1,
      rawEntry('dilemma', {}, { body: 'Eerste regel.\n\nZie [[A-001]] en [[A-009]].\nEn [[iets]].\n', bodyLine: 18 }),
    );
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › body (regel 20): [[A-009]] linkt naar een ID dat niet bestaat. Bedoel je "A-001"? Gebruik [[ID]] met het ID van een bestaand item.",
        "content/dilemmas/dilemma-d-001.mdx › body (regel 21): "[[iets]]" is geen geldige link naar een item. Schrijf [[D-007]]: twee vierkante haken om een bestaand ID.",
      ]
    `);
  });

  test('reads a body as the page renders it: braces, import lines, a lone < and an unclosed <div> are text or plain HTML', () => {
    const body =
      '\nimport X from "x"\n\nLeeftijd {leeftijd} jaar, kinderen <18 jaar en kosten > baten.\n\nEen <div> zonder einde.\n';
    const tree = replace(validTree(), 1, rawEntry('dilemma', {}, { body, bodyLine: 18 }));
    expect(read(checkContent(tree))).toEqual([]);
  });

  test('reports HTML the renderer would remove, at its line in the file', () => {
    const body = '\nTekst.\n\n<span style="color:red" id="x">rood</span>\n';
    const tree = replace(validTree(), 1, rawEntry('dilemma', {}, { body, bodyLine: 18 }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › body (regel 21): "style=…" is eigen opmaak die de site kan veranderen. Dat kan code uitvoeren of iets van buiten de site laden en mag niet in een item. Haal het weg; voor opmaak is gewone Markdown genoeg.",
        "content/dilemmas/dilemma-d-001.mdx › body (regel 21): "<span id="x">" is een HTML-attribuut en wordt niet gepubliceerd: in een item mag alleen eenvoudige opmaak. Haal het weg of gebruik gewone Markdown.",
      ]
    `);
  });

  test('reports frontmatter that is a list instead of fields', () => {
    const tree = replace(validTree(), 1, { ...rawEntry('dilemma'), data: ['a', 'b'] });
    expect(checkContent(tree).map((p) => [p.type, p.field])).toContainEqual(['wrong-type', '(frontmatter)']);
  });

  test('reports files that no collection loads, with the likely fix', () => {
    const tree = validTree({
      unloaded: [
        'content/dilemma/vergeten.mdx',
        'content/practices/oud.markdown',
        'content/thema.yaml',
        'content/notities.txt',
      ],
    });
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemma/vergeten.mdx › (bestand): "vergeten.mdx" wordt door geen enkele collectie geladen en zou stil verdwijnen. Verplaats het naar content/dilemmas/.",
        "content/practices/oud.markdown › (bestand): "oud.markdown" wordt door geen enkele collectie geladen en zou stil verdwijnen. Geef het de extensie .mdx (bijvoorbeeld "oud.mdx").",
        "content/thema.yaml › (bestand): "thema.yaml" wordt door geen enkele collectie geladen en zou stil verdwijnen. Bedoel je "themes.yaml"?",
        "content/notities.txt › (bestand): "notities.txt" wordt door geen enkele collectie geladen en zou stil verdwijnen. Items horen direct in een van de mappen content/practices/, content/dilemmas/, content/assumptions/, content/proposals/, als .mdx-bestand.",
      ]
    `);
  });

  test('reports files without frontmatter and unreadable YAML', () => {
    const tree = validTree({
      withoutFrontmatter: ['content/dilemmas/leeg.mdx'],
      unreadable: [{ file: 'content/dilemmas/kapot.mdx', error: 'bad indentation of a mapping entry (3:7)' }],
    });
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/kapot.mdx › (bestand): het bestand kan niet gelezen worden: bad indentation of a mapping entry (3:7).",
        "content/dilemmas/leeg.mdx › (frontmatter): heeft geen frontmatter. Begin het bestand met een blok tussen twee regels "---", zoals in de andere items van deze soort.",
      ]
    `);
  });

  test('reports a file name that cannot be a URL', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', {}, { slug: 'Gegevens Delen' }));
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/dilemmas/Gegevens Delen.mdx › (bestandsnaam): "Gegevens Delen": de bestandsnaam wordt de URL en mag alleen kleine letters, cijfers en streepjes bevatten. Hernoem naar "gegevens-delen.mdx".",
      ]
    `);
  });

  test('reports a file name that is already the name of a page', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', {}, { slug: 'bijgewerkt' }));
    expect(checkContent(tree).map((p) => [p.type, p.field, p.value])).toEqual([
      ['reserved-filename', '(bestandsnaam)', '"bijgewerkt"'],
    ]);
  });

  test('reports a missing vocabulary file and a theme without description', () => {
    const tree = validTree({ laws: undefined });
    tree.themes = {
      file: 'content/themes.yaml',
      data: {
        activering: { title: 'Activering' },
        'Fout Thema': { title: 'X', description: 'Een beschrijving van het thema.' },
      },
    };
    expect(read(checkContent(tree))).toMatchInlineSnapshot(`
      [
        "content/themes.yaml › activering.description: ontbreekt. Voeg het veld toe, bijvoorbeeld: description: Over het delen van gegevens van inwoners.",
        "content/themes.yaml › Fout Thema: sleutel "Fout Thema" is ongeldig: verwacht een sleutel in kleine letters met streepjes, zoals "gegevensdeling".",
        "content/laws.yaml › (bestand): ontbreekt. Zonder dit bestand kunnen thema’s en wetten niet gecontroleerd worden.",
      ]
    `);
  });

  test('lists every problem across files at once', () => {
    const tree = validTree();
    tree.entries[1] = rawEntry('dilemma', { restsOn: ['A-404'], themes: ['onbekend'] });
    tree.entries[2] = rawEntry('practice', { harm: [] });
    expect(checkContent(tree).map((p) => p.type)).toEqual(['unknown-theme', 'unknown-relation', 'too-few']);
  });
});

describe('problemTypes', () => {
  test('warns about an entry with no relation at all, and a theme no entry uses, without failing', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { id: 'D-002', restsOn: [], themes: ['activering'] }, { slug: 'los' }));
    (tree.themes!.data as Record<string, unknown>)['wonen'] = {
      title: 'Wonen',
      description: 'Over wonen en huisvesting.',
    };
    const problems = checkContent(tree);
    expect(problems.map((p) => [p.severity, p.type, p.file, p.field])).toEqual([
      ['waarschuwing', 'orphan', 'content/dilemmas/los.mdx', 'relaties'],
      ['waarschuwing', 'unused-theme', 'content/themes.yaml', 'wonen'],
    ]);
  });

  test('gives that advice only once there is no error, so a broken relation does not also make orphans', () => {
    const tree = validTree();
    tree.entries[1] = rawEntry('dilemma', { restsOn: ['A-404'] });
    expect(checkContent(tree).map((p) => p.type)).toEqual(['unknown-relation']);
  });

  test('has a message for every type the checks can return', () => {
    expect(Object.keys(problemTypes).length).toBeGreaterThanOrEqual(20);
    for (const message of Object.values(problemTypes)) expect(typeof message).toBe('function');
  });
});

describe('suggest', () => {
  test('returns the closest candidate for a plausible typo', () => {
    expect(suggest('privasy', ['privacy', 'wonen'])).toBe('privacy');
  });

  test('returns nothing when no candidate is close', () => {
    expect(suggest('bestaanszekerheid', ['wonen', 'jeugd'])).toBeUndefined();
  });
});

describe('nextFreeId', () => {
  test('returns one above the highest number of that kind, padded to three digits', () => {
    expect(nextFreeId('dilemma', ['D-001', 'D-012', 'P-099', 'D-7'])).toBe('D-013');
  });

  test('starts at 001 for a kind without entries', () => {
    expect(nextFreeId('proposal', ['D-001'])).toBe('B-001');
  });
});

describe('checkContent against self-destructing configuration (issue 12)', () => {
  const types = (tree: ContentTree) => checkContent(tree).map((p) => `${p.type} ${p.field} ${p.value}`);

  test('rejects formerSlugs equal to the entry’s own slug, which made the page an endless redirect to itself', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { formerSlugs: ['dilemma-d-001'] }));
    expect(types(tree)).toEqual(['former-slug-is-current formerSlugs[0] "dilemma-d-001"']);
  });

  test('rejects formerSlugs naming a page of the site, whose redirect was silently not generated', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { formerSlugs: ['bijgewerkt'] }));
    expect(types(tree)).toEqual(['former-slug-reserved formerSlugs[0] "bijgewerkt"']);
  });

  test('rejects a missing registry.json, which was accepted silently', () => {
    expect(read(checkContent(validTree({ registry: undefined })))).toMatchInlineSnapshot(`
      [
        "content/registry.json › (bestand): ontbreekt. Dit bestand houdt bij welke ID's en adressen ooit gepubliceerd zijn, zodat die blijven werken. Zet het terug (git checkout -- content/registry.json) of maak het met \`npm run registry\`.",
      ]
    `);
  });

  test('rejects an empty registry.json as unreadable, not as an empty registry', () => {
    const tree = validTree({
      registry: undefined,
      unreadable: [{ file: 'content/registry.json', error: 'geen geldige JSON' }],
    });
    expect(types(tree)).toEqual(['unreadable-file (bestand) (leeg)']);
  });

  test('rejects a published entry deleted together with its registry line, by the registry’s git history', () => {
    const problems = checkContent(validTree(), { registryHistory: new Map([['D-009', 'abc1234']]) });
    expect(read(problems)).toMatchInlineSnapshot(`
      [
        "content/registry.json › D-009: "D-009" stond in een eerdere versie van het register (abc1234) en is eruit gehaald. Een gepubliceerd ID blijft altijd in het register: zet de regel terug, en trek het item in (status: ingetrokken) in plaats van het te verwijderen.",
      ]
    `);
  });

  test('rejects D-0007 next to D-007: an ID has no extra leading zeros', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { id: 'D-0001' }, { slug: 'tweede' }));
    expect(types(tree)).toEqual(['malformed-id id "D-0001"']);
  });

  test('rejects a withdrawn entry replaced by a concept, whose readers would be sent nowhere', () => {
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', { id: 'D-002', status: 'concept' }, { slug: 'concept' }));
    tree.entries[1] = rawEntry('dilemma', {
      status: 'ingetrokken',
      withdrawal: { date: '2026-02-01', reason: 'Samengevoegd met een ander dilemma.', replacedBy: 'D-002' },
    });
    expect(types(tree)).toContain('replacement-unpublished withdrawal.replacedBy "D-002"');
  });

  test('rejects replacedBy chains that go round in a circle', () => {
    const withdrawn = (id: string, replacedBy: string) => ({
      id,
      status: 'ingetrokken',
      withdrawal: { date: '2026-02-01', reason: 'Samengevoegd met een ander dilemma.', replacedBy },
    });
    const tree = validTree();
    tree.entries.push(rawEntry('dilemma', withdrawn('D-002', 'D-003'), { slug: 'twee' }));
    tree.entries.push(rawEntry('dilemma', withdrawn('D-003', 'D-002'), { slug: 'drie' }));
    expect(
      checkContent(tree)
        .filter((p) => p.type === 'replacement-cycle')
        .map((p) => p.message),
    ).toEqual([
      '"D-003" verwijst in een kring terug naar dit item (D-002 → D-003 → D-002). Laat de keten eindigen bij een gepubliceerd item.',
      '"D-002" verwijst in een kring terug naar dit item (D-003 → D-002 → D-003). Laat de keten eindigen bij een gepubliceerd item.',
    ]);
  });

  test('rejects a withdrawal dated before publication', () => {
    const tree = replace(
      validTree(),
      1,
      rawEntry('dilemma', {
        status: 'ingetrokken',
        withdrawal: { date: '2025-12-31', reason: 'Samengevoegd met een ander dilemma.' },
      }),
    );
    expect(types(tree)).toContain('withdrawn-before-published withdrawal.date "2025-12-31"');
  });

  test.each([
    ['only zero-width characters', '\u200b\u200b\u200b\u200b'],
    ['a right-to-left override', 'Melden \u202eneddlem'],
    ['an isolate control', 'Melden \u2066verborgen\u2069'],
  ])('rejects a title with %s', (_, title) => {
    const tree = replace(validTree(), 1, {
      ...rawEntry('dilemma'),
      data: { ...(rawEntry('dilemma').data as object), title },
    });
    expect(types(tree).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['invalid-value title']);
  });

  test('rejects a source URL with quotes and angle brackets, which the page would publish as an invalid link', () => {
    const url = 'https://example.org/?q="\'><img src=x onerror=alert(1)>';
    const tree = replace(validTree(), 1, rawEntry('dilemma', { sources: [{ title: 'Een bron', url }] }));
    expect(types(tree).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['invalid-value sources[0].url']);
  });

  test('finds personal data in a file name, which becomes the URL and enters the sitemap', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', {}, { slug: 'mevrouw-bsn-111222333' }));
    expect(types(tree)).toEqual(['personal-data (bestandsnaam) "1•••••••3"']);
  });

  test('finds personal data in a former file name, which stays served as a redirect', () => {
    const tree = replace(validTree(), 1, rawEntry('dilemma', { formerSlugs: ['gesprek-06-12345678'] }));
    // The text detector finds it in the frontmatter as well.
    expect(types(tree).map((line) => line.split(' ').slice(0, 2).join(' '))).toContain('personal-data formerSlugs[0]');
  });
});
