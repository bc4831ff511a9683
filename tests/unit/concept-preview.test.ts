import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { isPlaceholderId, withConceptPlaceholders } from '../../src/build/concept-preview.ts';
import { entryLoader } from '../../src/build/loaders.ts';
import { kinds } from '../../src/schemas/kinds.ts';
import { projectRoot } from '../helpers/build.ts';
import { entryData } from '../helpers/entries.ts';

const today = '2026-12-02';

describe('withConceptPlaceholders', () => {
  test('gives a concept without ID, dates and questions placeholders the dilemma schema accepts', () => {
    const data = entryData('dilemma', {
      status: 'concept',
      id: undefined,
      published: undefined,
      updated: undefined,
      questions: undefined,
    });
    const filled = withConceptPlaceholders('dilemma', data, today);
    expect({ id: filled['id'], published: filled['published'], updated: filled['updated'] }).toEqual({
      id: 'D-000',
      published: today,
      updated: today,
    });
    expect(filled['questions']).toMatchInlineSnapshot(`
      [
        "Nog geen vragen voor de leergroep. Schrijf er minstens één voordat dit item gepubliceerd wordt.",
      ]
    `);
    expect(kinds.dilemma.schema.safeParse(filled).success).toBe(true);
  });

  test('treats an empty ID, an empty date and an empty list as missing', () => {
    const data = entryData('dilemma', { status: 'concept', id: '', published: null, questions: [] });
    const filled = withConceptPlaceholders('dilemma', data, today);
    expect([filled['id'], filled['published'], (filled['questions'] as string[]).length]).toEqual(['D-000', today, 1]);
  });

  test('keeps what the concept has, and gives questions no placeholder where the kind does not require them', () => {
    const data = entryData('practice', { status: 'concept', published: undefined });
    const filled = withConceptPlaceholders('practice', data, today);
    expect(filled).toEqual({ ...data, published: today });
    expect(filled['questions']).toBeUndefined();
  });

  test('leaves a wrong value for the content check to report', () => {
    const data = entryData('practice', { status: 'concept', id: 'P-7' });
    expect(withConceptPlaceholders('practice', data, today)['id']).toBe('P-7');
  });
});

describe('isPlaceholderId', () => {
  test('recognises number 000, which no entry ever gets, and no real ID', () => {
    expect(['D-000', 'P-000', 'D-001', 'D-1000', 'B-010'].map(isPlaceholderId)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('entryLoader and concepts', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kennisbank-concepts-'));
  cpSync(path.join(projectRoot, 'tests/fixtures/valid-site/content'), path.join(root, 'content'), { recursive: true });
  // The fixture's concept, without an ID or a publication date yet.
  const concept = path.join(root, 'content/practices/nog-niet-af.mdx');
  writeFileSync(
    concept,
    readFileSync(concept, 'utf8')
      .replace(/^id: .*\n/m, '')
      .replace(/^published: .*\n/m, ''),
  );
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the practices loader once, as a build (no watcher) or as the dev server; returns what it stored. */
  async function load(dev: boolean): Promise<Map<string, Record<string, unknown>>> {
    const stored = new Map<string, { data: Record<string, unknown> }>();
    const context = {
      store: {
        get: (id: string) => stored.get(id),
        has: (id: string) => stored.has(id),
        set: (entry: { id: string; data: Record<string, unknown> }) => stored.set(entry.id, entry),
        keys: () => [...stored.keys()],
        delete: (id: string) => stored.delete(id),
      },
      parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(kinds.practice.schema.parse(data)),
      renderMarkdown: () => Promise.resolve({ html: '' }),
      generateDigest: (text: string) => text,
      config: { root: pathToFileURL(`${root}/`) },
      watcher: dev ? { add: () => undefined, on: () => undefined } : undefined,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    };
    await entryLoader({ folder: 'practices', resolve: () => undefined }).load(context as never);
    return new Map([...stored].map(([id, { data }]) => [id, data]));
  }

  test('a build never loads a concept', async () => {
    expect([...(await load(false)).keys()]).toEqual(['eerst-het-gesprek']);
  });

  test('the dev server loads a concept with its placeholders', async () => {
    const data = (await load(true)).get('nog-niet-af');
    expect(data?.['status']).toBe('concept');
    expect(data?.['id']).toBe('P-000');
    expect(data?.['published']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
