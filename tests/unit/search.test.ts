import { describe, expect, test } from 'vitest';
import {
  facetKeys,
  facetValues,
  showsFacet,
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
      gericht: [],
      stand: [],
    });
  });

  test('gives a proposal whom it is addressed to and how far it is, and no harm response', () => {
    const data = kinds.proposal.schema.parse(
      entryData('proposal', { addressedTo: ['gemeenteraad', 'Tweede Kamer'], proposalStatus: 'ingediend' }),
    );
    expect(facetValues('proposal', data)).toMatchObject({
      gericht: ['gemeenteraad', 'Tweede Kamer'],
      stand: ['ingediend'],
      schade: [],
    });
  });

  test('marks an entry without review as not reviewed, and gives non-practices no harm response', () => {
    const data = kinds.dilemma.schema.parse(entryData('dilemma'));
    expect(facetValues('dilemma', data)).toMatchObject({
      toetsing: [NOT_REVIEWED],
      schade: [],
      gericht: [],
      stand: [],
    });
  });
});

describe('showsFacet', () => {
  const filters = (query: string) => parseSearchParams(new URLSearchParams(query)).filters;

  test('shows every facet with results while no kind is chosen', () => {
    expect(facetKeys.filter((key) => showsFacet(key, filters('')))).toEqual(facetKeys);
  });

  test('hides the facets that do not fit the chosen kinds', () => {
    const proposals = facetKeys.filter((key) => showsFacet(key, filters('soort=proposal')));
    expect(proposals).toEqual(['soort', 'thema', 'wet', 'niveau', 'toetsing', 'gericht', 'stand']);
    const practices = facetKeys.filter((key) => showsFacet(key, filters('soort=practice&soort=dilemma')));
    expect(practices).toEqual(['soort', 'thema', 'wet', 'niveau', 'toetsing', 'schade']);
  });

  test('hides a facet whose counts are all 0 for the search, keeps one in use, and one without counts yet', () => {
    const counts = { thema: { wonen: 0, privacy: 2 }, schade: { voorkomen: 0, herstellen: 0 }, wet: {} };
    expect(showsFacet('thema', filters(''), counts)).toBe(true);
    expect(showsFacet('schade', filters(''), counts)).toBe(false);
    expect(showsFacet('wet', filters(''), counts)).toBe(false);
    expect(showsFacet('niveau', filters(''), counts)).toBe(true);
    expect(showsFacet('schade', filters('schade=voorkomen&soort=proposal'), counts)).toBe(true);
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
