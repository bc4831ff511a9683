import { describe, expect, test } from 'vitest';
import { buildGraph, type GraphEntry } from '../../src/lib/site/graph.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import { entryData } from '../helpers/entries.ts';

const entries: GraphEntry[] = [
  { kind: 'assumption', id: 'A-001', data: entryData('assumption') },
  { kind: 'dilemma', id: 'D-001', data: entryData('dilemma') },
  { kind: 'practice', id: 'P-001', data: entryData('practice') },
  { kind: 'proposal', id: 'B-001', data: entryData('proposal') },
];
const summary = (id: string, graph = buildGraph(entries)) =>
  graph
    .groupsOf(id)
    .map((group) => `${group.direction} ${group.relation.field}: ${group.entries.map((entry) => entry.id).join(', ')}`);

describe('buildGraph', () => {
  test('shows a relation on the entry that states it', () => {
    expect(summary('B-001')).toEqual([
      'outgoing addresses: D-001',
      'outgoing revises: A-001',
      'outgoing buildsOn: P-001',
    ]);
  });

  test('shows the same relation on the other side as incoming', () => {
    expect(summary('A-001')).toEqual([
      'incoming restsOn: D-001',
      'incoming challenges: P-001',
      'incoming revises: B-001',
    ]);
    expect(summary('D-001')).toEqual([
      'outgoing restsOn: A-001',
      'incoming respondsTo: P-001',
      'incoming addresses: B-001',
    ]);
  });

  test('lists every resolved relation once as an edge', () => {
    expect(buildGraph(entries).edges.map(({ from, to, relation }) => `${from.id} ${relation.field} ${to.id}`)).toEqual([
      'D-001 restsOn A-001',
      'P-001 respondsTo D-001',
      'P-001 challenges A-001',
      'B-001 addresses D-001',
      'B-001 revises A-001',
      'B-001 buildsOn P-001',
    ]);
  });

  test('gives the edges among some entries in the order of all edges, whatever order the IDs come in', () => {
    const graph = buildGraph(entries);
    const among = (ids: string[]) =>
      graph.edgesAmong(new Set(ids)).map(({ from, to, relation }) => `${from.id} ${relation.field} ${to.id}`);
    expect(among(['B-001', 'A-001', 'D-001'])).toEqual([
      'D-001 restsOn A-001',
      'B-001 addresses D-001',
      'B-001 revises A-001',
    ]);
    expect(among(['P-001'])).toEqual([]);
    expect(among(['P-001', 'B-001', 'D-001', 'A-001'])).toEqual(
      graph.edges.map(({ from, to, relation }) => `${from.id} ${relation.field} ${to.id}`),
    );
  });

  test('reports relations to entries that are not in the graph', () => {
    const graph = buildGraph(entries.filter((entry) => entry.id !== 'A-001'));
    expect(graph.dangling).toEqual([
      { from: 'D-001', field: 'restsOn', to: 'A-001' },
      { from: 'P-001', field: 'challenges', to: 'A-001' },
      { from: 'B-001', field: 'revises', to: 'A-001' },
    ]);
    expect(summary('D-001', graph)).toEqual(['incoming respondsTo: P-001', 'incoming addresses: B-001']);
  });
});

describe('entryUrl', () => {
  test('puts each kind under its Dutch section', () => {
    expect(entryUrl('proposal', 'geen-korting')).toBe('/beleidsvoorstellen/geen-korting/');
    expect(entryUrl('assumption', 'straffen')).toBe('/aannames/straffen/');
  });
});
