import { describe, expect, test } from 'vitest';
import {
  facetValues,
  isEmptySearch,
  NOT_REVIEWED,
  parseSearchParams,
  toPagefindOptions,
  toSearchParams,
} from '../../src/lib/site/search.ts';
import { kinds } from '../../src/schemas/kinds.ts';
import { entryData } from '../helpers/entries.ts';

describe('facetValues', () => {
  test('gives a practice its kind, themes, laws, level, review status and harm response', () => {
    const data = kinds.practice.schema.parse(
      entryData('practice', { laws: ['participatiewet'], review: [{ kind: 'juridisch', date: '2026-02-01' }] }),
    );
    expect(facetValues('practice', data)).toEqual({
      soort: ['practice'],
      thema: ['activering'],
      wet: ['participatiewet'],
      niveau: ['lokaal'],
      toetsing: ['juridisch'],
      schade: ['voorkomen'],
    });
  });

  test('marks an entry without review as not reviewed, and gives non-practices no harm response', () => {
    const data = kinds.dilemma.schema.parse(entryData('dilemma'));
    expect(facetValues('dilemma', data)).toMatchObject({ toetsing: [NOT_REVIEWED], schade: [] });
  });
});

describe('search state in the URL', () => {
  test('reads query, facets and order from the URL', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=+gegevens+&thema=gegevensdeling&thema=wonen&sorteer=bijgewerkt&x=1'),
    );
    expect(state.q).toBe('gegevens');
    expect(state.filters.thema).toEqual(['gegevensdeling', 'wonen']);
    expect(state.filters.soort).toEqual([]);
    expect(state.sort).toBe('bijgewerkt');
  });

  test('writes the same state back, leaving out what is empty', () => {
    const query = 'q=gegevens&thema=gegevensdeling&thema=wonen&sorteer=bijgewerkt';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(query))).toString()).toBe(query);
    expect(toSearchParams(parseSearchParams(new URLSearchParams('q=&sorteer='))).toString()).toBe('');
  });

  test('turns values within a facet into alternatives and sorts by update on request', () => {
    const state = parseSearchParams(new URLSearchParams('thema=a&thema=b&soort=dilemma&sorteer=bijgewerkt'));
    expect(toPagefindOptions(state)).toEqual({
      filters: { soort: { any: ['dilemma'] }, thema: { any: ['a', 'b'] } },
      sort: { updated: 'desc' },
    });
  });

  test('knows when there is nothing to search for', () => {
    expect(isEmptySearch(parseSearchParams(new URLSearchParams('sorteer=bijgewerkt')))).toBe(true);
    expect(isEmptySearch(parseSearchParams(new URLSearchParams('wet=avg')))).toBe(false);
  });
});
