import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import { entryRecord, toCsv } from '../../src/lib/open-data.ts';
import { entryData } from '../helpers/entries.ts';

const entries = (['assumption', 'dilemma'] as const).map((kind) => {
  const data = entryData(kind) as Record<string, unknown> & { id: string; title: string };
  return { kind, id: data.id, slug: data.id.toLowerCase(), url: `/${kind}/${data.id.toLowerCase()}/`, data };
});
const graph = buildGraph(entries);
const site = new URL('https://kennisbank.example/');

describe('entryRecord', () => {
  test('holds every field, absolute URLs and the relations resolved both ways', () => {
    const [assumption, dilemma] = entries.map((entry) => entryRecord(entry, graph, site));
    expect(dilemma).toMatchObject({
      id: 'D-001',
      kind: 'dilemma',
      question: expect.any(String),
      url: 'https://kennisbank.example/dilemma/d-001/',
      permalink: 'https://kennisbank.example/D-001/',
    });
    expect(dilemma!.relations.outgoing['restsOn']).toEqual([
      {
        id: 'A-001',
        kind: 'assumption',
        title: expect.any(String),
        url: 'https://kennisbank.example/assumption/a-001/',
      },
    ]);
    expect(assumption!.relations.incoming['restsOn']?.map((related) => related.id)).toEqual(['D-001']);
  });
});

describe('toCsv', () => {
  test('quotes cells with commas, quotes and line breaks, and joins lists with semicolons', () => {
    const record = entryRecord(entries[1]!, graph, site);
    record['title'] = 'Delen, of "niet"?';
    const [header, row] = toCsv([record]).split('\r\n');
    expect(header).toContain('id,kind,title,summary');
    expect(row).toMatch(/^D-001,dilemma,"Delen, of ""niet""\?",/);
    expect(row).toContain(',A-001,');
  });
});
