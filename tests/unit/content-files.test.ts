import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content-files.ts';

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
        error: 'regel 2: de inspringing, een dubbele punt of een aanhalingsteken klopt niet',
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
