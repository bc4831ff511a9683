import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { kindNames, kinds, kindOfId } from '../../src/schemas/kinds.ts';
import { relations } from '../../src/schemas/relations.ts';
import { baseSchema } from '../../src/schemas/shared.ts';
import { themesFileSchema } from '../../src/schemas/vocabulary.ts';
import { entryData } from '../helpers/entries.ts';

describe('entry schemas', () => {
  test.each(kindNames)('accepts a valid %s and fills the defaults', (kind) => {
    const parsed = kinds[kind].schema.parse(entryData(kind)) as Record<string, unknown>;
    expect(parsed['aliases']).toEqual([]);
    expect(parsed['review']).toEqual([]);
    expect(parsed['sources']).toEqual([]);
  });

  test.each(kindNames)('rejects an unknown key on a %s', (kind) => {
    const result = kinds[kind].schema.safeParse(entryData(kind, { tittle: 'x' }));
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
  });

  test('reads a YAML date object back as YYYY-MM-DD', () => {
    const parsed = kinds.dilemma.schema.parse(entryData('dilemma', { published: new Date('2026-01-10T00:00:00Z') }));
    expect(parsed.published).toBe('2026-01-10');
  });

  test('rejects a date that does not exist', () => {
    expect(kinds.dilemma.schema.safeParse(entryData('dilemma', { published: '2026-02-30' })).success).toBe(false);
  });

  test('requires at least two values in tension on a dilemma', () => {
    expect(kinds.dilemma.schema.safeParse(entryData('dilemma', { tension: ['zorg'] })).success).toBe(false);
  });

  test('requires a source on every piece of evidence', () => {
    const evidence = { for: [{ claim: 'Een bewering zonder bron.', sources: [] }], against: [] };
    expect(kinds.assumption.schema.safeParse(entryData('assumption', { evidence })).success).toBe(false);
  });

  test('accepts only http and https source URLs', () => {
    const sources = [{ title: 'Een bron', url: 'javascript:alert(1)' }];
    expect(kinds.dilemma.schema.safeParse(entryData('dilemma', { sources })).success).toBe(false);
  });

  test('documents every field with a Dutch description and an example', () => {
    const undocumented: string[] = [];
    for (const kind of kindNames) {
      for (const [key, field] of Object.entries(kinds[kind].schema.shape)) {
        const meta = z.globalRegistry.get(field as z.ZodType);
        if (!meta?.description || !Array.isArray(meta.examples)) undocumented.push(`${kind}.${key}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  test('rejects a theme key that is not lowercase with dashes', () => {
    const result = themesFileSchema.safeParse({
      'Mijn Thema': { title: 'Thema', description: 'Een beschrijving van het thema.' },
    });
    expect(result.success).toBe(false);
  });
});

describe('zod', () => {
  test('is the same copy that Astro uses, so schemas work in content collections', () => {
    const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('zod');
    expect(fromAstro).toBe(createRequire(import.meta.url).resolve('zod'));
  });
});

describe('kinds', () => {
  test('gives every kind its own prefix and section', () => {
    const prefixes = kindNames.map((kind) => kinds[kind].prefix);
    expect(new Set(prefixes).size).toBe(4);
    expect(kindOfId('D-007')).toBe('dilemma');
    expect(kindOfId('X-007')).toBeUndefined();
  });

  test('extends the shared base schema in every kind', () => {
    for (const kind of kindNames) {
      expect(Object.keys(kinds[kind].schema.shape)).toEqual(expect.arrayContaining(Object.keys(baseSchema.shape)));
    }
  });
});

describe('relations', () => {
  test('names a field that exists on the schema of the kind that stores it', () => {
    for (const relation of relations) {
      expect(Object.keys(kinds[relation.from].schema.shape)).toContain(relation.field);
    }
  });
});
