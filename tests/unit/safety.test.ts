import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { rawEntry, validTree } from '../helpers/entries.ts';

/** The problems for one dilemma with this body, as `type field value`. */
function bodyProblems(body: string): string[] {
  const tree = validTree();
  tree.entries[1] = rawEntry('dilemma', {}, { body: `\n${body}\n`, bodyLine: 18 });
  return checkContent(tree).map((p: Problem) => `${p.type} ${p.field} ${p.value}`);
}

describe('safe bodies: the check reads a body as the page renders it', () => {
  test.each([
    ['a script element', '<script>alert(1)</script>', 'unsafe-html'],
    ['an inline script element', 'Tekst <script src="https://example.org/x.js"></script> hier.', 'unsafe-html'],
    ['an iframe', '<iframe src="https://example.org"></iframe>', 'unsafe-html'],
    ['a style element', '<style>body { display: none }</style>', 'unsafe-html'],
    ['an inline event handler', '<span onClick="alert(1)">klik</span>', 'unsafe-html'],
    ['a lowercase event handler', '<img src="x.png" alt="" onerror="alert(1)" />', 'unsafe-html'],
    ['a javascript: link in Markdown', '[klik](javascript:alert(1))', 'unsafe-html'],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">klik</a>', 'unsafe-html'],
    ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe-html'],
    ['a style attribute', '<span style="color:red">rood</span>', 'unsafe-html'],
    ['a component, which Markdown passes on as an unknown element', '<Kaart gemeente="Ergens" />', 'unsafe-html'],
    // Attacks from the adversarial probe (issue 12): each got past the MDX-based check.
    [
      'a meta refresh hidden in a GFM table cell that splits a code span',
      '| a | `b |\n| - | - |\n| <meta http-equiv="refresh" content="0;url=https://example.org/"> ` | c |',
      'unsafe-html',
    ],
    [
      'an <img onerror> published through a div title with blank lines in it',
      '<div title="a\n\n<img src=x onerror=alert(1)>">tekst</div>',
      'unsafe-html',
    ],
    [
      'a javascript: link with an entity in the scheme (jav&#x61;script:)',
      '[klik](jav&#x61;script:alert(1))',
      'unsafe-html',
    ],
    [
      'a javascript: link with an entity for the colon (javascript&#58;)',
      '[klik](javascript&#58;alert(1))',
      'unsafe-html',
    ],
    ['a javascript: link with a tab inside the scheme', '<a href="java\tscript:alert(1)">klik</a>', 'unsafe-html'],
    ['a javascript: link behind a control character', '<a href="&#1;javascript:alert(1)">klik</a>', 'unsafe-html'],
    ['a remote image in Markdown', '![](https://example.org/teller.png)', 'unsafe-html'],
    ['a remote image in HTML', '<img src="https://example.org/teller.png" alt="">', 'unsafe-html'],
    ['a protocol-relative remote image', '<img src="//example.org/teller.png" alt="">', 'unsafe-html'],
    ['a remote image behind a backslash', '<img src="/\\example.org/teller.png" alt="">', 'unsafe-html'],
    [
      'a ping attribute on a link',
      '<a href="https://example.org" ping="https://example.org/teller">klik</a>',
      'unsafe-html',
    ],
    [
      'a srcset that loads from another site',
      '<img src="/a.png" srcset="https://example.org/b.png 2x" alt="">',
      'unsafe-html',
    ],
    ['an svg with a script link inside', '<svg><a href="javascript:alert(1)">x</a></svg>', 'unsafe-html'],
    ['a video element', '<video src="/film.mp4"></video>', 'unsafe-html'],
    ['a hidden HTML comment', 'Tekst <!-- verborgen --> hier.', 'unsupported-html'],
    ['an id that could clobber the page', '<span id="search-strings">x</span>', 'unsupported-html'],
  ])('rejects %s', (_, body, type) => {
    expect(bodyProblems(body).map((line) => line.split(' ')[0])).toContain(type);
  });

  test('names the line of the unsafe construct in the file', () => {
    expect(bodyProblems('Eerst tekst.\n\n<iframe src="https://example.org"></iframe>')).toEqual([
      'unsafe-html body (regel 21) "<iframe>"',
    ]);
  });

  test('accepts plain Markdown with links, tables, footnotes, task lists, emphasis and safe inline HTML', () => {
    const body = [
      'Een **vet** woord, een [link](https://wetten.overheid.nl/BWBR0015703) en [[A-001]].',
      'Een plaatje van de site zelf: ![kaart](/kaart.png), en [de wet](http://wetten.overheid.nl/).',
      '',
      '| a | b |',
      '| :- | -: |',
      '| 1 | `<code>` |',
      '',
      '- [ ] nog doen',
      '- [x] gedaan',
      '',
      'Een bewering met een voetnoot[^1].',
      '',
      '[^1]: De bron.',
      '',
      'De <abbr title="Participatiewet">Pw</abbr> en kinderen <18 jaar; kosten > baten; {accolades} blijven tekst.',
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
      ['content/dilemmas/dilemma-d-001.mdx', expect.stringMatching(/^regel \d+$/), '"0•-•••••••8"'],
      ['content/dilemmas/dilemma-d-001.mdx', expect.stringMatching(/^regel \d+$/), '"1•••••••3"'],
    ]);
    expect(found[0]!.message).toMatchInlineSnapshot(
      `""0•-•••••••8" lijkt op een telefoonnummer. Haal het nummer weg; schrijf bijvoorbeeld "de inwoner belde het wijkteam". Is het een openbaar gegeven van een organisatie, zoals een algemeen contactadres? Zet het dan met een reden op de allowlist in src/site.config.ts."`,
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
      ['personal-data', '"j.•••••••@•••••••.••g"'],
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
    const { readContentTree } = await import('../../src/lib/content/tree.ts');
    const { siteConfig } = await import('../../src/site.config.ts');
    const tree = readContentTree('content', 'content');
    const found = checkContent(tree, { personalData: { allow: siteConfig.personalData.allow } });
    expect(found.filter((p) => p.type === 'personal-data')).toEqual([]);
  });
});
