import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { buildGraph } from '../../src/lib/site/graph.ts';
import { kinds } from '../../src/schemas/kinds.ts';

const tree = readContentTree(path.resolve('content'), 'content');
const entries = tree.entries.map((entry) => {
  const data = kinds[entry.kind].schema.parse(entry.data) as Record<string, unknown> & { id: string; themes: string[] };
  return { kind: entry.kind, id: data.id, data, file: entry.file };
});

describe('the starter content', () => {
  test('has at least 8 assumptions and values, 8 dilemmas, 8 practices and 6 proposals', () => {
    const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length;
    expect([count('assumption'), count('dilemma'), count('practice'), count('proposal')]).toEqual([
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 6),
    ]);
  });

  test('relates every entry to at least one other (no orphans in the relation graph)', () => {
    const graph = buildGraph(entries);
    expect(entries.filter((entry) => graph.groupsOf(entry.id).length === 0).map((entry) => entry.file)).toEqual([]);
  });

  test('uses every theme and gives every dilemma discussion questions', () => {
    const used = new Set(entries.flatMap((entry) => entry.data.themes));
    expect(Object.keys(tree.themes?.data as object).filter((key) => !used.has(key))).toEqual([]);
    const dilemmas = entries.filter((entry) => entry.kind === 'dilemma');
    expect(dilemmas.filter((entry) => (entry.data['questions'] as string[]).length === 0).map((e) => e.file)).toEqual(
      [],
    );
  });
});
