import { describe, expect, test } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/integrity.ts';
import { rawEntry, validTree } from '../helpers/entries.ts';

/** The problems for one dilemma with this body, as `type field value`. */
function bodyProblems(body: string): string[] {
  const tree = validTree();
  tree.entries[1] = rawEntry('dilemma', {}, { body: `\n${body}\n`, bodyLine: 18 });
  return checkContent(tree).map((p: Problem) => `${p.type} ${p.field} ${p.value}`);
}

describe('safe MDX', () => {
  test.each([
    ['an import', 'import Kaart from "../kaart.astro"', 'mdx-code'],
    ['an export', 'export const x = 1', 'mdx-code'],
    ['an expression', 'Leeftijd {leeftijd} jaar.', 'mdx-code'],
    ['a script element', '<script>alert(1)</script>', 'unsafe-mdx'],
    ['an inline script element', 'Tekst <script src="https://example.org/x.js"></script> hier.', 'unsafe-mdx'],
    ['an iframe', '<iframe src="https://example.org"></iframe>', 'unsafe-mdx'],
    ['a style element', '<style>{"body { display: none }"}</style>', 'unsafe-mdx'],
    ['an inline event handler', '<span onClick="alert(1)">klik</span>', 'unsafe-mdx'],
    ['a lowercase event handler', '<img src="x.png" alt="" onerror="alert(1)" />', 'unsafe-mdx'],
    ['a javascript: link in Markdown', '[klik](javascript:alert(1))', 'unsafe-mdx'],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">klik</a>', 'unsafe-mdx'],
    ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe-mdx'],
    ['a style attribute', '<span style="color:red">rood</span>', 'unsafe-mdx'],
    ['a component outside the allowlist', '<Kaart gemeente="Zaandam" />', 'unknown-component'],
  ])('rejects %s', (_, body, type) => {
    expect(bodyProblems(body).map((line) => line.split(' ')[0])).toContain(type);
  });

  test('names the line of the unsafe construct in the file', () => {
    expect(bodyProblems('Eerst tekst.\n\n<iframe src="https://example.org"></iframe>')).toEqual([
      'unsafe-mdx body (regel 21) "<iframe>"',
    ]);
  });

  test('accepts plain Markdown with links, tables, emphasis and safe inline HTML', () => {
    const body = [
      'Een **vet** woord, een [link](https://wetten.overheid.nl/BWBR0015703) en [[A-001]].',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      'De <abbr title="Participatiewet">Pw</abbr> en kinderen < 12 jaar; kosten > baten.',
    ].join('\n');
    expect(bodyProblems(body)).toEqual([]);
  });
});

describe('personal data in entries', () => {
  test('reports each finding with file, line and the match masked, in frontmatter and body', () => {
    const tree = validTree();
    tree.entries[1] = rawEntry(
      'dilemma',
      { summary: 'Een moeder belde vanaf 06-12345678 met het wijkteam over haar situatie.' },
      { body: '\nHaar BSN 111222333 stond in het dossier.\n' },
    );
    const found = checkContent(tree).filter((p) => p.type === 'personal-data');
    expect(found.map((p) => [p.file, p.field, p.value])).toEqual([
      ['content/dilemmas/dilemma-d-001.mdx', expect.stringMatching(/^regel \d+$/), '"••-1••••••8"'],
      ['content/dilemmas/dilemma-d-001.mdx', expect.stringMatching(/^regel \d+$/), '"1•••••••3"'],
    ]);
    expect(found[0]!.message).toMatchInlineSnapshot(
      `""••-1••••••8" lijkt op een telefoonnummer. Haal het weg of maak het onherkenbaar (schrijf bijvoorbeeld "een wijkteam in een middelgrote gemeente"). Is het een openbaar gegeven van een organisatie? Zet het dan met een reden op de allowlist in src/site.config.ts."`,
    );
    const bodyLine = Number(found[1]!.field.split(' ')[1]);
    expect(tree.entries[1]!.text.split('\n')[bodyLine - 1]).toContain('BSN');
  });

  test('reports a configured name, and lets allowlisted public data through', () => {
    const tree = validTree();
    tree.entries[1] = rawEntry(
      'dilemma',
      {},
      { body: '\nFictiefsma mailde info@organisatie.example en j.fictief@example.org.\n' },
    );
    const problems = checkContent(tree, {
      personalData: {
        names: ['Fictiefsma'],
        allow: [{ value: 'info@organisatie.example', reason: 'Algemeen adres van de organisatie.' }],
      },
    });
    expect(problems.map((p) => [p.type, p.value])).toEqual([
      ['personal-data', '"F••••••••a"'],
      ['personal-data', '"•.f•••••f@e•••••e.•••"'],
    ]);
  });

  test('requires a reason for every allowlisted value', () => {
    const problems = checkContent(validTree(), {
      personalData: { allow: [{ value: 'info@organisatie.example', reason: '' }] },
    });
    expect(problems.map((p) => [p.type, p.file, p.field])).toEqual([
      ['allowlist-without-reason', 'src/site.config.ts', 'personalData.allow[0]'],
    ]);
  });

  test('finds nothing in the project’s own content', async () => {
    const { readContentTree } = await import('../../src/lib/content-files.ts');
    const { siteConfig } = await import('../../src/site.config.ts');
    const tree = readContentTree('content', 'content');
    const found = checkContent(tree, { personalData: { allow: siteConfig.personalData.allow } });
    expect(found.filter((p) => p.type === 'personal-data')).toEqual([]);
  });
});
