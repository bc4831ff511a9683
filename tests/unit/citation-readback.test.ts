// Every entry's citation exports read back by independent readers: bibutils (ris2xml, bib2xml) and citation-js.
import { Cite } from '@citation-js/core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { shownEntriesOf } from '../../src/build/precompute-inputs.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { citationData, entryCitationInput, formatCitations } from '../../src/lib/site/citation.ts';

const hasBibutils = ['ris2xml', 'bib2xml'].every((tool) => spawnSync(tool, ['--version']).error === undefined);
if (!hasBibutils) {
  if (process.env['CI']) throw new Error('CI: the citation read-back needs bibutils (apt-get install bibutils).');
  console.warn(
    '\n*** Citation read-back with bibutils SKIPPED: no ris2xml/bib2xml on PATH (apt-get install bibutils). ***\n',
  );
}

const site = 'https://kennisbank.example';
const { entries } = shownEntriesOf(readContentTree(path.resolve('content'), 'content').entries);
const cited = entries.map((entry) => {
  const input = entryCitationInput(entry, site);
  return { input, item: citationData(input), citations: formatCitations(citationData(input)) };
});
const organisation = cited[0]!.input.siteName;

/** What a MODS record (bibutils' output) says about a reference. */
interface ModsRecord {
  id: string;
  title: string;
  names: { type: string | undefined; parts: string[] }[];
  date: string;
  publisher: string;
  url: string;
  citekey: string;
  abstract: string;
  language: string;
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The records of bibutils' MODS XML. bibutils splits a title at its first colon or question mark; the parts are
 * joined again as "title: subtitle", or "title? subtitle" when the split kept the question mark.
 */
function readMods(xml: string): ModsRecord[] {
  return [...xml.matchAll(/<mods ID="([^"]*)">([\s\S]*?)<\/mods>/g)].map(([, id, body]) => {
    const first = (pattern: RegExp) => decodeXml(pattern.exec(body!)?.[1] ?? '');
    const subTitle = first(/<subTitle>([\s\S]*?)<\/subTitle>/);
    return {
      id: decodeXml(id!),
      title: joinTitle(first(/<title>([\s\S]*?)<\/title>/), subTitle),
      names: [...body!.matchAll(/<name(?: type="([^"]*)")?>([\s\S]*?)<\/name>/g)].map(([, type, name]) => ({
        type,
        parts: [...name!.matchAll(/<namePart[^>]*>([\s\S]*?)<\/namePart>/g)].map(([, part]) => decodeXml(part!)),
      })),
      date: first(/<dateIssued>([\s\S]*?)<\/dateIssued>/),
      publisher: first(/<publisher>([\s\S]*?)<\/publisher>/),
      url: first(/<url>([\s\S]*?)<\/url>/),
      citekey: first(/<identifier type="citekey">([\s\S]*?)<\/identifier>/),
      abstract: first(/<abstract>([\s\S]*?)<\/abstract>/),
      language: first(/<languageTerm[^>]*>([\s\S]*?)<\/languageTerm>/),
    };
  });
}

function joinTitle(title: string, subTitle: string): string {
  if (!subTitle) return title;
  return title.endsWith('?') ? `${title} ${subTitle}` : `${title}: ${subTitle}`;
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'kennisbank-readback-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs a bibutils reader over a file of every entry's export; `--asis` lists names it must not split. */
function bibutils(tool: 'ris2xml' | 'bib2xml', text: string, options: string[] = []): ModsRecord[] {
  const file = path.join(folder, tool === 'ris2xml' ? 'all.ris' : 'all.bib');
  writeFileSync(file, text);
  const result = spawnSync(tool, [...options, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool}: ${result.stderr}`);
  return readMods(result.stdout);
}

/** What every reader must get back of an entry. */
const expected = ({ input }: (typeof cited)[number]) => ({
  title: input.title,
  date: input.updated,
  publisher: input.publisher,
  url: input.url,
  abstract: input.summary,
  language: 'nl-NL',
});

describe('citation exports of every entry, read back by bibutils', () => {
  test('there are entries to read', () => {
    expect(cited.length).toBeGreaterThan(30);
  });

  test.skipIf(!hasBibutils)(
    'bib2xml reads BibTeX back to the same title, date, URL, ID and the organisation as one unsplit name',
    () => {
      const records = bibutils('bib2xml', cited.map(({ citations }) => citations.bibtex).join('\n\n') + '\n');
      expect(records).toHaveLength(cited.length);
      records.forEach((record, index) => {
        const entry = cited[index]!;
        // TeX sets a straight apostrophe as a closing quote, so bib2xml reads "collega's" as "collega’s".
        const straight = (text: string) => text.replace(/’/g, "'");
        const read = { ...record, title: straight(record.title), abstract: straight(record.abstract) };
        expect({ ...read, names: undefined, id: undefined }).toEqual({
          ...expected(entry),
          citekey: entry.input.id,
          names: undefined,
          id: undefined,
        });
        // BibTeX's {{…}}: a name read as is, never given and family names.
        expect(record.names).toEqual([{ type: undefined, parts: [organisation] }]);
      });
    },
  );

  test.skipIf(!hasBibutils)(
    'ris2xml reads RIS back to the same title (never split inside a word), date, URL and ID, and the organisation whole',
    () => {
      const ris = cited.map(({ citations }) => citations.ris).join('\n') + '\n';
      // bibutils reads an RIS author as a person unless the name is on a list; its --corporation-file
      // fails to load in bibutils 7.2 ("Memory error"), so the list is the --asis one.
      const asis = path.join(folder, 'organisations.txt');
      writeFileSync(asis, `${organisation}\n`);
      const records = bibutils('ris2xml', ris, ['--asis', asis]);
      expect(records).toHaveLength(cited.length);
      records.forEach((record, index) => {
        const entry = cited[index]!;
        expect({ ...record, names: undefined }).toEqual({
          ...expected(entry),
          id: entry.input.id,
          citekey: entry.input.id,
          names: undefined,
        });
        expect(record.names).toEqual([{ type: undefined, parts: [organisation] }]);
      });
      // Without the list the name is still whole, in order: nothing of it is lost.
      for (const record of bibutils('ris2xml', ris)) expect(record.names[0]!.parts.join(' ')).toBe(organisation);
    },
  );
});

describe('citation exports of every entry, read back by citation-js', () => {
  const common = ({ input }: (typeof cited)[number]) => ({
    title: input.title,
    issued: { 'date-parts': [input.updated.split('-').map(Number)] },
    URL: input.url,
    publisher: input.publisher,
    abstract: input.summary,
    language: 'nl-NL',
  });

  test('BibTeX: same ID, title, date, URL, publisher, summary and language; the organisation has no given name', () => {
    for (const entry of cited) {
      const [read] = new Cite(entry.citations.bibtex).data as Record<string, unknown>[];
      expect(read).toMatchObject({ ...common(entry), id: entry.input.id, version: entry.input.updated });
      expect(read!['author']).toEqual([{ family: organisation }]);
    }
  });

  test('RIS: same ID, title, date, URL, publisher, summary and language; the organisation is a literal name', () => {
    for (const entry of cited) {
      const [read] = new Cite(entry.citations.ris).data as Record<string, unknown>[];
      expect(read).toMatchObject({ ...common(entry), id: entry.input.id, type: 'webpage' });
      expect(read!['author']).toEqual([{ literal: organisation }]);
    }
  });

  test('CSL-JSON, one entry and the whole bibliography: every field as written', () => {
    for (const entry of cited) {
      const [read] = new Cite(JSON.parse(entry.citations.cslJson)).data as Record<string, unknown>[];
      expect(read).toMatchObject({ ...entry.item, author: [{ literal: organisation }] });
    }
    const bibliography = new Cite(cited.map(({ item }) => item)).data as Record<string, unknown>[];
    expect(bibliography.map((read) => read['id'])).toEqual(cited.map(({ input }) => input.id));
    bibliography.forEach((read, index) => expect(read).toMatchObject(cited[index]!.item));
  });
});
