import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContentTree, REGISTRY_FILE, VOCABULARY_FILES, type ContentTree } from '../../src/lib/content/tree.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { updatedRegistry } from '../../src/lib/content/registry.ts';
import { generateCorpus, type SyntheticEntry } from '../../bench/synthetic-content.ts';
import { countWords, median } from '../../bench/synthetic-text.ts';
import { kindOfId } from '../../src/schemas/kinds.ts';
import { relations } from '../../src/schemas/relations.ts';
import { siteConfig } from '../../src/site.config.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const real = readContentTree(contentDir);
const keys = (vocabulary: ContentTree['themes']) => Object.keys(vocabulary?.data as object);
const options = { size: 300, themes: keys(real.themes), laws: keys(real.laws), bodyWords: 120, seed: 7 };
const corpus = generateCorpus(options);

/** Writes a corpus with the real vocabularies and a registry to a folder, as `npm run bench` does. */
function writeCorpus(entries: SyntheticEntry[], folder: string): void {
  for (const entry of entries) {
    mkdirSync(path.dirname(path.join(folder, entry.path)), { recursive: true });
    writeFileSync(path.join(folder, entry.path), entry.text);
  }
  for (const file of Object.values(VOCABULARY_FILES))
    copyFileSync(path.join(contentDir, file), path.join(folder, file));
  writeFileSync(path.join(folder, REGISTRY_FILE), JSON.stringify(updatedRegistry(readContentTree(folder)), null, 2));
}

describe('generateCorpus', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'synthetic-content-'));
    writeCorpus(corpus, folder);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('writes a corpus that passes the integrity check with zero errors', () => {
    const tree = readContentTree(folder, 'content');
    expect(tree.entries).toHaveLength(300);
    expect(tree.registry).toBeDefined();
    const problems = checkContent(tree, { personalData: { allow: siteConfig.personalData.allow } });
    expect(problems.filter((problem) => problem.severity === 'fout')).toEqual([]);
  });

  test('is deterministic for a seed and differs for another seed', () => {
    expect(generateCorpus(options).map((entry) => entry.text)).toEqual(corpus.map((entry) => entry.text));
    expect(generateCorpus({ ...options, seed: 8 })[0]?.text).not.toEqual(corpus[0]?.text);
  });

  test('makes 30% practices, 30% dilemmas, 20% assumptions and 20% proposals', () => {
    const count = (kind: string) => corpus.filter((entry) => entry.kind === kind).length;
    expect([count('practice'), count('dilemma'), count('assumption'), count('proposal')]).toEqual([90, 90, 60, 60]);
  });

  test('points every relation at an existing published entry of the right kind', () => {
    const byId = new Map(corpus.map((entry) => [entry.id, entry]));
    let total = 0;
    for (const entry of corpus) {
      for (const relation of relations.filter((candidate) => candidate.from === entry.kind)) {
        const ids = (entry.data[relation.field] ?? []) as string[];
        for (const id of ids) {
          expect(byId.get(id)?.kind, `${entry.id} ${relation.field} ${id}`).toBe(relation.to);
          expect(byId.get(id)?.status).toBe('gepubliceerd');
        }
        total += ids.length;
      }
    }
    const dilemmas = corpus.filter((entry) => entry.kind === 'dilemma');
    expect(dilemmas.every((entry) => [1, 2, 3].includes((entry.data['restsOn'] as string[]).length))).toBe(true);
    expect(total).toBeGreaterThan(500);
  });

  test('writes bodies of about the median length asked for, with [[ID]] links and no other digits', () => {
    expect(median(corpus.map((entry) => countWords(entry.body)))).toBeGreaterThan(100);
    expect(median(corpus.map((entry) => countWords(entry.body)))).toBeLessThan(145);
    const links = corpus.flatMap((entry) => [...entry.body.matchAll(/\[\[([^\]]+)\]\]/g)].map((match) => match[1]));
    expect(links.length).toBeGreaterThan(300);
    expect(links.every((id) => id && kindOfId(id) && corpus.some((entry) => entry.id === id))).toBe(true);
    expect(corpus.filter((entry) => /\d/.test(entry.body.replace(/\[\[[^\]]+\]\]/g, '')))).toEqual([]);
  });

  test('puts a phrase in straight quotes in about as many bodies as the real entries (17 of 43)', () => {
    const quoted = corpus.filter((entry) => /"\p{L}+ \p{L}+"/u.test(entry.body)).length / corpus.length;
    expect(quoted).toBeGreaterThan(0.3);
    expect(quoted).toBeLessThan(0.5);
  });

  test('uses only the given themes and laws, one to three themes and at most two laws each', () => {
    for (const { data } of corpus) {
      const themes = data['themes'] as string[];
      const laws = (data['laws'] ?? []) as string[];
      expect(themes.length).toBeGreaterThanOrEqual(1);
      expect(themes.length).toBeLessThanOrEqual(3);
      expect(laws.length).toBeLessThanOrEqual(2);
      expect(themes.every((theme) => options.themes.includes(theme))).toBe(true);
      expect(laws.every((law) => options.laws.includes(law))).toBe(true);
    }
  });
});
