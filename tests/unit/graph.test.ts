import { describe, expect, test } from 'vitest';
import { buildGraph, entryUrl, type GraphEntry } from '../../src/lib/graph.ts';
import { entryData } from '../helpers/entries.ts';

const entries: GraphEntry[] = [
  { kind: 'assumption', id: 'A-001', data: entryData('assumption') },
  { kind: 'dilemma', id: 'D-001', data: entryData('dilemma') },
  { kind: 'practice', id: 'P-001', data: entryData('practice') },
  { kind: 'proposal', id: 'B-001', data: entryData('proposal') },
];
const summary = (id: string, graph = buildGraph(entries)) =>
  graph.groupsOf(id).map((group) => `${group.label}: ${group.entries.map((entry) => entry.id).join(', ')}`);

describe('buildGraph', () => {
  test('shows a relation on the entry that states it', () => {
    expect(summary('B-001')).toEqual(['Pakt aan: D-001', 'Herziet: A-001', 'Bouwt voort op: P-001']);
  });

  test('shows the same relation on the other side under its inverse label', () => {
    expect(summary('A-001')).toEqual(['Ligt ten grondslag aan: D-001', 'Bevraagd door: P-001', 'Herzien door: B-001']);
    expect(summary('D-001')).toEqual([
      'Berust op: A-001',
      'Praktijken die hierop reageren: P-001',
      'Aangepakt door: B-001',
    ]);
  });

  test('reports relations to entries that are not in the graph', () => {
    const graph = buildGraph(entries.filter((entry) => entry.id !== 'A-001'));
    expect(graph.dangling).toEqual([
      { from: 'D-001', field: 'restsOn', to: 'A-001' },
      { from: 'P-001', field: 'challenges', to: 'A-001' },
      { from: 'B-001', field: 'revises', to: 'A-001' },
    ]);
    expect(summary('D-001', graph)).toEqual(['Praktijken die hierop reageren: P-001', 'Aangepakt door: B-001']);
  });
});

describe('entryUrl', () => {
  test('puts each kind under its Dutch section', () => {
    expect(entryUrl('proposal', 'geen-korting')).toBe('/beleidsvoorstellen/geen-korting/');
    expect(entryUrl('assumption', 'straffen')).toBe('/aannames/straffen/');
  });
});
