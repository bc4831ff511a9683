import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CONTENT_LIMITS } from '../../src/lib/content/frontmatter.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';

let dir: string;
const write = (relative: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kennisbank-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readContentTree', () => {
  test('reads entries with their kind, slug, frontmatter and the line where the body starts', () => {
    write('dilemmas/gegevens-delen.mdx', '---\nid: D-001\npublished: 2026-02-30\n---\n\nTekst [[A-001]].\n');
    const tree = readContentTree(dir, 'content');
    expect(tree.entries).toEqual([
      {
        file: 'content/dilemmas/gegevens-delen.mdx',
        kind: 'dilemma',
        slug: 'gegevens-delen',
        data: { id: 'D-001', published: '2026-02-30' },
        body: '\nTekst [[A-001]].\n',
        bodyLine: 5,
        text: '---\nid: D-001\npublished: 2026-02-30\n---\n\nTekst [[A-001]].\n',
      },
    ]);
  });

  test('keeps the reading of an entry whose text is unchanged since an earlier tree, and reads a changed one anew', () => {
    write('dilemmas/een.mdx', '---\nid: D-001\n---\n\nTekst.\n');
    write('dilemmas/twee.mdx', '---\nid: D-002\n---\n\nTekst.\n');
    const earlier = readContentTree(dir, 'content');
    write('dilemmas/twee.mdx', '---\nid: D-003\n---\n\nTekst.\n');
    write('dilemmas/drie.mdx', '---\nid: [\n---\n');
    const tree = readContentTree(dir, 'content', earlier);
    expect(tree.entries.map((entry) => entry.data)).toEqual([{ id: 'D-001' }, { id: 'D-003' }]);
    expect(tree.entries[0]).toBe(earlier.entries[0]);
    expect(tree.unreadable.map((problem) => problem.file)).toEqual(['content/dilemmas/drie.mdx']);
    // A tree shown under another label is not reused: its entries name other files.
    expect(readContentTree(dir, 'elders', earlier).entries[0]?.file).toBe('elders/dilemmas/een.mdx');
  });

  test('reads the vocabulary files', () => {
    write('themes.yaml', 'wonen:\n  title: Wonen\n');
    expect(readContentTree(dir, 'content').themes).toEqual({
      file: 'content/themes.yaml',
      data: { wonen: { title: 'Wonen' } },
      text: 'wonen:\n  title: Wonen\n',
    });
  });

  test('lists files that no collection loads instead of dropping them', () => {
    write('dilemma/vergeten.mdx', '---\nid: D-002\n---\n');
    write('practices/sub/diep.mdx', '---\nid: P-002\n---\n');
    write('practices/notitie.txt', 'x');
    write('practices/.gitkeep', '');
    write('thema.yaml', 'x: 1');
    expect(readContentTree(dir, 'content').unloaded).toEqual([
      'content/dilemma/vergeten.mdx',
      'content/practices/notitie.txt',
      'content/practices/sub/diep.mdx',
      'content/thema.yaml',
    ]);
  });

  test('keeps files with broken YAML or without frontmatter as problems', () => {
    write('dilemmas/kapot.mdx', '---\nid: D-001\n  title: [\n---\n');
    write('dilemmas/leeg.mdx', 'Alleen tekst.\n');
    write('dilemmas/open.mdx', '---\nid: D-002\ntitle: Niet afgesloten\n');
    const tree = readContentTree(dir, 'content');
    expect(tree.unreadable).toEqual([
      {
        file: 'content/dilemmas/kapot.mdx',
        error: expect.stringMatching(/^deze regel springt verder in dan de regel erboven \(veld "id"\) toelaat/),
        at: { line: 3, column: expect.any(Number), field: 'title' },
      },
      {
        file: 'content/dilemmas/open.mdx',
        error: 'het blok met velden bovenaan wordt niet afgesloten met een regel "---"',
      },
    ]);
    expect(tree.withoutFrontmatter).toEqual(['content/dilemmas/leeg.mdx']);
    expect(tree.entries).toEqual([]);
  });
});

describe('readContentTree against hostile files (issue 12)', () => {
  test('rejects a symlink to a file outside content/ instead of publishing it unchecked', () => {
    const outside = path.join(dir, '..', `${path.basename(dir)}-buiten.mdx`);
    writeFileSync(outside, '---\nid: D-009\n---\n<script>alert(1)</script>\n');
    mkdirSync(path.join(dir, 'dilemmas'), { recursive: true });
    symlinkSync(outside, path.join(dir, 'dilemmas/koppeling.mdx'));
    try {
      const tree = readContentTree(dir, 'content');
      expect(tree.entries).toEqual([]);
      expect(tree.rejected).toEqual([
        { file: 'content/dilemmas/koppeling.mdx', reason: expect.stringContaining('symbolische link') },
      ]);
    } finally {
      rmSync(outside);
    }
  });

  test('rejects a symlink to an existing entry, which would publish a duplicate ID', () => {
    write('dilemmas/echt.mdx', '---\nid: D-001\n---\nTekst.\n');
    symlinkSync(path.join(dir, 'dilemmas/echt.mdx'), path.join(dir, 'dilemmas/kopie.mdx'));
    const tree = readContentTree(dir, 'content');
    expect(tree.entries.map((entry) => entry.slug)).toEqual(['echt']);
    expect(tree.rejected.map((item) => item.file)).toEqual(['content/dilemmas/kopie.mdx']);
  });

  test('rejects an empty folder named like an entry, which crashed the build with EISDIR', () => {
    mkdirSync(path.join(dir, 'dilemmas/map.mdx'), { recursive: true });
    expect(readContentTree(dir, 'content').rejected).toEqual([
      { file: 'content/dilemmas/map.mdx', reason: expect.stringContaining('geen gewoon bestand') },
    ]);
  });

  test('rejects a YAML alias bomb in an entry quickly, naming the file and line', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level += 1)
      bomb.push(
        `${'abcdefghi'[level]}: &${'abcdefghi'[level]} [${Array(9)
          .fill(`*${'abcdefghi'[level - 1]}`)
          .join(',')}]`,
      );
    write('dilemmas/bom.mdx', `---\nid: D-001\n${bomb.join('\n')}\n---\nTekst.\n`);
    const started = performance.now();
    const tree = readContentTree(dir, 'content');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(tree.unreadable).toEqual([
      {
        file: 'content/dilemmas/bom.mdx',
        error: expect.stringMatching(/^een YAML-verwijzing/),
        at: expect.objectContaining({ line: 3 }),
      },
    ]);
  });

  test('rejects a YAML alias bomb in themes.yaml', () => {
    write('themes.yaml', 'a: &a {title: "lol", description: "lollollollollollollollol"}\nb: *a\n');
    expect(readContentTree(dir, 'content').unreadable).toEqual([
      { file: 'content/themes.yaml', error: expect.stringMatching(/^een YAML-verwijzing/), at: expect.anything() },
    ]);
  });

  test('rejects a quoted string with a line starting with ---, which Astro would read as the end of the frontmatter', () => {
    write('dilemmas/streepjes.mdx', '---\nid: D-001\nsummary: "Eerste regel\n--- tweede regel"\n---\nTekst.\n');
    expect(readContentTree(dir, 'content').unreadable).toEqual([
      {
        file: 'content/dilemmas/streepjes.mdx',
        error: expect.stringContaining('deze regel begint met "---"'),
        at: { line: 4, column: 1, field: 'summary' },
      },
    ]);
  });

  test('rejects duplicate keys instead of keeping the last one', () => {
    write('dilemmas/dubbel.mdx', '---\nid: D-001\ntitle: Een\ntitle: Twee\n---\nTekst.\n');
    expect(readContentTree(dir, 'content').unreadable).toEqual([
      {
        file: 'content/dilemmas/dubbel.mdx',
        error: expect.stringMatching(/^het veld "title" staat twee keer in het blok/),
        at: { line: 4, column: expect.any(Number), field: 'title' },
      },
    ]);
  });

  test('rejects a file over the size limit without parsing it', () => {
    write('dilemmas/groot.mdx', `---\nid: D-001\n---\n${'Tekst. '.repeat(CONTENT_LIMITS.entryBytes / 6)}\n`);
    expect(readContentTree(dir, 'content').rejected).toEqual([
      { file: 'content/dilemmas/groot.mdx', reason: expect.stringContaining('de grens is 64 KB') },
    ]);
  });

  test('rejects lists nested deeper than the limit, which made the check super-linear', () => {
    const list = Array.from({ length: 14 }, (_, level) => `${'  '.repeat(level)}- punt`).join('\n');
    write('dilemmas/diep.mdx', `---\nid: D-001\n---\n${list}\n`);
    expect(readContentTree(dir, 'content').unreadable).toEqual([
      {
        file: 'content/dilemmas/diep.mdx',
        error: expect.stringContaining('niveaus diep genest'),
        at: expect.anything(),
      },
    ]);
  });

  test('reads a list nested to the limit', () => {
    const list = Array.from({ length: CONTENT_LIMITS.nesting }, (_, level) => `${'  '.repeat(level)}- punt`).join('\n');
    write('dilemmas/diep.mdx', `---\nid: D-001\n---\n${list}\n`);
    expect(readContentTree(dir, 'content').entries).toHaveLength(1);
  });
});
