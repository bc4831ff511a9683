import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { readRegistryHistory } from '../../src/lib/content/registry.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { errorsOf } from '../../src/lib/content/problems.ts';
import { updatedRegistry } from '../../src/lib/content/registry.ts';
import { rawEntry, validTree } from '../helpers/entries.ts';

const registry = (data: unknown) => ({ file: 'content/registry.json', data });
const read = (tree: Parameters<typeof checkContent>[0]) =>
  checkContent(tree).map((p) => `${p.file} › ${p.field}: ${p.message}`);

describe('the registry of published URLs', () => {
  test('accepts a tree that still serves every registered URL', () => {
    const tree = validTree({ registry: registry(updatedRegistry(validTree())) });
    expect(checkContent(tree)).toEqual([]);
  });

  test('reports a registered entry that was deleted and says to withdraw it instead', () => {
    const tree = validTree({ registry: registry({ 'D-009': ['/dilemmas/weggegooid/'] }) });
    expect(read(tree)).toMatchInlineSnapshot(`
      [
        "content/registry.json › D-009: "D-009" is gepubliceerd geweest op /dilemmas/weggegooid/, maar er is geen item meer met dit ID. Verwijder een gepubliceerd item nooit: zet het bestand terug en trek het in met status: ingetrokken en withdrawal (datum, reden, vervanger).",
      ]
    `);
  });

  test('reports a renamed entry whose old URL is not kept, and names the fix', () => {
    const tree = validTree({ registry: registry({ 'D-001': ['/dilemmas/oude-naam/'] }) });
    expect(read(tree)).toMatchInlineSnapshot(`
      [
        "content/dilemmas/dilemma-d-001.mdx › formerSlugs: "/dilemmas/oude-naam/" is een gepubliceerd adres van dit item en zou niet meer werken. Voeg de oude bestandsnaam toe: formerSlugs: ["oude-naam"].",
      ]
    `);
  });

  test('accepts a renamed entry that keeps its old name in formerSlugs', () => {
    const tree = validTree({ registry: registry({ 'D-001': ['/dilemmas/oude-naam/'] }) });
    tree.entries[1] = rawEntry('dilemma', { formerSlugs: ['oude-naam'] });
    expect(checkContent(tree)).toEqual([]);
  });

  test('reports a published entry put back to concept', () => {
    const tree = validTree({ registry: registry(updatedRegistry(validTree())) });
    tree.entries[3] = rawEntry('proposal', { status: 'concept' });
    expect(errorsOf(checkContent(tree)).map((p) => [p.type, p.field])).toEqual([
      ['registered-entry-unpublished', 'status'],
    ]);
  });

  test('reports a former name that is another entry’s current name', () => {
    const tree = validTree();
    tree.entries.push(
      rawEntry('dilemma', { id: 'D-002', formerSlugs: ['dilemma-d-001'], restsOn: [] }, { slug: 'nieuw' }),
    );
    expect(errorsOf(checkContent(tree)).map((p) => [p.type, p.field])).toEqual([['slug-collision', 'formerSlugs[0]']]);
  });

  test('adds new IDs and URLs and never removes old ones', () => {
    const tree = validTree({ registry: registry({ 'D-001': ['/dilemmas/oude-naam/'], 'D-009': ['/dilemmas/weg/'] }) });
    const next = updatedRegistry(tree);
    expect(next['D-001']).toEqual(['/dilemmas/oude-naam/', '/dilemmas/dilemma-d-001/']);
    expect(next['D-009']).toEqual(['/dilemmas/weg/']);
    expect(Object.keys(next)).toEqual(['A-001', 'B-001', 'D-001', 'D-009', 'P-001']);
  });

  test('is up to date for the project’s own content (run `npm run registry` after publishing)', () => {
    const tree = readContentTree(path.resolve('content'), 'content');
    expect(tree.registry?.data).toEqual(updatedRegistry(tree));
  });
});

describe('the registry’s git history', () => {
  test('remembers an ID whose line was removed from the registry in a later commit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kennisbank-registry-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir });
    try {
      git('init', '-q');
      writeFileSync(
        path.join(dir, 'registry.json'),
        '{\n  "D-001": ["/dilemmas/a/"],\n  "D-002": ["/dilemmas/b/"]\n}\n',
      );
      git('add', 'registry.json');
      git('commit', '-q', '-m', 'eerste');
      const first = git('rev-parse', '--short', 'HEAD').toString().trim();
      writeFileSync(path.join(dir, 'registry.json'), '{\n  "D-001": ["/dilemmas/a/"]\n}\n');
      git('commit', '-q', '-am', 'tweede');
      const history = readRegistryHistory(dir, 'registry.json');
      expect([...history]).toEqual([
        ['D-001', first],
        ['D-002', first],
      ]);
      const tree = validTree({ registry: registry({ 'D-001': ['/dilemmas/dilemma-d-001/'] }) });
      expect(checkContent(tree, { registryHistory: history }).map((p) => `${p.type} ${p.field}`)).toEqual([
        'registry-id-removed D-002',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is empty outside git', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kennisbank-registry-'));
    try {
      expect(readRegistryHistory(dir, 'registry.json').size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('holds every ID of the project’s own registry', () => {
    const history = readRegistryHistory(path.resolve('content'), 'registry.json');
    const tree = readContentTree(path.resolve('content'), 'content');
    expect(Object.keys(tree.registry?.data ?? {}).filter((id) => !history.has(id))).toEqual([]);
  });
});
