import { describe, expect, test } from 'vitest';
import { layoutEntryMap, NEIGHBOUR_LIMIT, shares, type EntryMapRequest } from '../../src/lib/site/entry-map.ts';
import type { MapInput } from '../../src/lib/site/relation-map.ts';
import type { Kind } from '../../src/schemas/kinds.ts';

const prefix = { assumption: 'A', dilemma: 'D', practice: 'P', proposal: 'B' } as const;
const entries = (kind: Kind, count: number): MapInput[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix[kind]}-${String(index + 1).padStart(3, '0')}`,
    kind,
    title: `Een titel van een item dat lang genoeg is om over twee regels te lopen, nummer ${index + 1}`,
    url: `/${kind}/${index + 1}/`,
  }));
const dilemma = (assumptions: number, practices: number, proposals: number): EntryMapRequest => ({
  current: { id: 'D-001', kind: 'dilemma', title: 'Activeren op straffe van een korting', url: '/dilemmas/d/' },
  groups: [
    { field: 'restsOn', direction: 'outgoing', kind: 'assumption', entries: entries('assumption', assumptions) },
    { field: 'respondsTo', direction: 'incoming', kind: 'practice', entries: entries('practice', practices) },
    { field: 'addresses', direction: 'incoming', kind: 'proposal', entries: entries('proposal', proposals) },
  ],
});

describe('layoutEntryMap', () => {
  test('puts what the entry rests on above it and what responds to it below, one labelled group per relation', () => {
    const layout = layoutEntryMap(dilemma(2, 3, 1));
    const current = layout.nodes.find((node) => node.current)!;
    const y = (id: string) => layout.nodes.find((node) => node.id === id)!.y;
    expect(y('A-002')).toBeLessThan(current.y);
    expect(y('P-001')).toBeGreaterThan(current.y);
    expect(y('P-003')).toBeLessThan(y('B-001'));
    expect(layout.labels.map((label) => `${label.field} ${label.count}`)).toEqual([
      'restsOn 2',
      'respondsTo 3',
      'addresses 1',
    ]);
    expect(layout.more).toEqual([]);
  });

  test('draws one line per neighbour, in its relation, from its box to the entry, belonging to its link', () => {
    const layout = layoutEntryMap(dilemma(2, 3, 1));
    const current = layout.nodes.find((node) => node.current)!;
    expect(layout.edges.map((edge) => `${edge.owner} ${edge.field}`)).toEqual([
      'A-001 restsOn',
      'A-002 restsOn',
      'P-001 respondsTo',
      'P-002 respondsTo',
      'P-003 respondsTo',
      'B-001 addresses',
    ]);
    for (const edge of layout.edges) {
      const end = edge.points.at(-1)!;
      expect([current.y - current.height / 2, current.y + current.height / 2]).toContain(end.y);
      expect(end.x).toBeGreaterThan(current.x - current.width / 2);
      expect(end.x).toBeLessThan(current.x + current.width / 2);
    }
    // Groups on the same side run along different vertical lines.
    const trunk = (owner: string) => layout.edges.find((edge) => edge.owner === owner)!.points[1]!.x;
    expect(trunk('P-001')).not.toBe(trunk('B-001'));
  });

  test.each([
    [2, 3, 1],
    [5, 30, 9],
  ])('keeps every box, label and line inside the drawing (%i, %i and %i neighbours)', (a, p, b) => {
    const layout = layoutEntryMap(dilemma(a, p, b));
    const inside = (x: number, y: number) => {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(layout.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(layout.height);
    };
    for (const node of layout.nodes) {
      inside(node.x - node.width / 2, node.y - node.height / 2);
      inside(node.x + node.width / 2, node.y + node.height / 2);
    }
    for (const more of layout.more) inside(more.x + more.width, more.y + more.height);
    for (const point of layout.edges.flatMap((edge) => edge.points)) inside(point.x, point.y);
    for (const label of layout.labels) inside(label.x, label.y);
  });

  test('past the limit, draws at most the limit in boxes per neighbour and a "+N meer" box per cut group', () => {
    const layout = layoutEntryMap(dilemma(5, 30, 9));
    const neighbours = layout.nodes.filter((node) => !node.current);
    expect(neighbours.length + layout.more.length).toBeLessThanOrEqual(NEIGHBOUR_LIMIT);
    const shown = (field: string) => neighbours.filter((node) => node.field === field).length;
    const more = Object.fromEntries(layout.more.map((box) => [box.field, box.count]));
    expect(shown('restsOn') + (more['restsOn'] ?? 0)).toBe(5);
    expect(shown('respondsTo') + more['respondsTo']!).toBe(30);
    expect(shown('addresses') + more['addresses']!).toBe(9);
    expect(layout.more.map((box) => box.kind)).toEqual(expect.arrayContaining(['practice', 'proposal']));
    // The text alternative still lists every relation.
    expect(layout.table).toHaveLength(44);
    expect(layout.table.filter((row) => row.to.id === 'D-001')).toHaveLength(39);
  });

  test('at the limit, draws every neighbour', () => {
    const layout = layoutEntryMap(dilemma(2, 8, 2));
    expect(layout.nodes.filter((node) => !node.current)).toHaveLength(NEIGHBOUR_LIMIT);
    expect(layout.more).toEqual([]);
  });
});

describe('shares', () => {
  test('shares the limit evenly, giving what a small group leaves to the others', () => {
    expect(shares([5, 30, 9])).toEqual([4, 4, 4]);
    expect(shares([1, 30, 9])).toEqual([1, 6, 5]);
    expect(shares([1, 1, 30])).toEqual([1, 1, 10]);
    expect(shares([40])).toEqual([12]);
  });
});
