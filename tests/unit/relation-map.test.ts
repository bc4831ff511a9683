import { describe, expect, test } from 'vitest';
import { layoutRelationMap, wrapTitle, type MapInput } from '../../src/lib/site/relation-map.ts';
import { relations } from '../../src/schemas/relations.ts';

const relation = (field: string) => relations.find((r) => r.field === field)!;
const entries: MapInput[] = [
  { id: 'A-001', kind: 'assumption', title: 'Straffen leidt tot de gewenste gedragsverandering', url: '/aannames/a/' },
  { id: 'D-001', kind: 'dilemma', title: 'Activeren op straffe van een korting', url: '/dilemmas/d/' },
  { id: 'P-001', kind: 'practice', title: 'Eerst het gesprek', url: '/praktijken/p/' },
  { id: 'B-001', kind: 'proposal', title: 'Geen korting zonder gesprek', url: '/beleidsvoorstellen/b/' },
];
const stated = [
  { from: 'D-001', to: 'A-001', relation: relation('restsOn') },
  { from: 'P-001', to: 'D-001', relation: relation('respondsTo') },
  { from: 'B-001', to: 'P-001', relation: relation('buildsOn') },
  { from: 'B-001', to: 'D-001', relation: relation('addresses') },
];

describe('layoutRelationMap', () => {
  const layout = layoutRelationMap(entries, stated, 'D-001');
  const y = (id: string) => layout.nodes.find((node) => node.id === id)!.y;

  test('places the chain assumption → dilemma → practice → proposal from top to bottom', () => {
    expect(y('A-001')).toBeLessThan(y('D-001'));
    expect(y('D-001')).toBeLessThan(y('P-001'));
    expect(y('P-001')).toBeLessThan(y('B-001'));
  });

  test('draws each relation as a line in the style of its relation and lists it for the table', () => {
    expect(layout.edges.map((edge) => edge.field)).toEqual(['restsOn', 'respondsTo', 'buildsOn', 'addresses']);
    expect(layout.table.map((row) => `${row.from.id} ${row.field} ${row.to.id}`)).toEqual([
      'D-001 restsOn A-001',
      'P-001 respondsTo D-001',
      'B-001 buildsOn P-001',
      'B-001 addresses D-001',
    ]);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  test('keeps every node and every line inside the drawing and marks the current entry', () => {
    for (const node of layout.nodes) {
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width);
      expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height);
    }
    for (const point of layout.edges.flatMap((edge) => edge.points)) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(layout.width);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.nodes.filter((node) => node.current).map((node) => node.id)).toEqual(['D-001']);
  });

  test('leaves out relations to entries that are not on the map', () => {
    const partial = layoutRelationMap(entries.slice(0, 2), stated);
    expect(partial.table.map((row) => `${row.from.id}→${row.to.id}`)).toEqual(['D-001→A-001']);
  });
});

describe('wrapTitle', () => {
  test('breaks a title into lines of whole words', () => {
    expect(wrapTitle('A-001 Straffen leidt tot de gewenste gedragsverandering')).toEqual([
      'A-001 Straffen leidt',
      'tot de gewenste',
      'gedragsverandering',
    ]);
  });

  test('cuts a long title at three lines with an ellipsis', () => {
    const lines = wrapTitle('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien', 10);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
  });
});
