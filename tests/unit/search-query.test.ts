import { describe, expect, test } from 'vitest';
import { idQuery, rankPartial, shorterForms } from '../../src/lib/search/query.ts';
import { distance, nearestWord } from '../../src/lib/search/suggest.ts';
import { buildExcerpt, markTerms, shorterMatch } from '../../src/lib/site/search-excerpt.ts';
import { newestOnly, runSearch, type EngineResult, type SearchEngine } from '../../src/lib/site/search-runner.ts';
import { parseSearchParams } from '../../src/lib/site/search.ts';

describe('idQuery', () => {
  test.each([
    ['D-007', 'D-007'],
    ['d7', 'D-007'],
    ['d 7', 'D-007'],
    ['B5', 'B-005'],
    ['b-005', 'B-005'],
    [' p12 ', 'P-012'],
    ['A 3', 'A-003'],
    ['D-1234', 'D-1234'],
  ])('reads %s as %s', (query, id) => {
    expect(idQuery(query)).toBe(id);
  });

  test.each(['d', 'd0', 'x7', 'd7 korting', 'korting', '007'])('reads %s as no ID', (query) => {
    expect(idQuery(query)).toBeUndefined();
  });
});

describe('shorterForms', () => {
  test('takes person and plural endings off, shortest last', () => {
    expect(shorterForms('mantelzorgers')).toEqual(['mantelzorger', 'mantelzorg']);
    expect(shorterForms('sancties')).toEqual(['sanctie']);
    expect(shorterForms('weigert')).toEqual(['weiger']);
    expect(shorterForms('zorg')).toEqual([]);
  });
});

describe('rankPartial', () => {
  test('ranks pages with more of the words first, then by scores relative to each word’s best', () => {
    const ranked = rankPartial(
      ['opdracht', 'gemeente', 'weigeren'],
      [
        [
          { id: 'a', score: 10 },
          { id: 'b', score: 5 },
        ],
        [
          { id: 'b', score: 100 },
          { id: 'c', score: 1 },
        ],
        [{ id: 'c', score: 0.5 }],
      ],
    );
    expect(ranked.map(({ id, found, missing }) => `${id}: ${found.join('+')} / ${missing.join('+')}`)).toEqual([
      'b: opdracht+gemeente / weigeren',
      'c: gemeente+weigeren / opdracht',
      'a: opdracht / gemeente+weigeren',
    ]);
  });
});

describe('distance', () => {
  test('counts the letters to add, remove or change', () => {
    expect(distance('schuldhlup', 'schuldhulp')).toBe(2);
    expect(distance('kortnig', 'korting')).toBe(2);
    expect(distance('gesprk', 'gesprek')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('zorg', 'zorg')).toBe(0);
  });
});

describe('nearestWord', () => {
  const known = [
    ['schuldhulp', 12],
    ['schulden', 20],
    ['ontruiming', 8],
    ['korting', 9],
    ['kortingen', 2],
  ] as const;

  test('suggests the nearest word of the site, at most two typing errors away', () => {
    expect(nearestWord('schuldhlup', known)).toBe('schuldhulp');
    expect(nearestWord('ontruimng', known)).toBe('ontruiming');
    expect(nearestWord('kortnig', known)).toBe('korting');
  });

  test('suggests nothing for a word the site has, or begins with, or one too far from any', () => {
    expect(nearestWord('korting', known)).toBeUndefined();
    expect(nearestWord('kort', known)).toBeUndefined();
    expect(nearestWord('kortingen', [['korting', 1]])).toBeUndefined();
    expect(nearestWord('onvindbaarwoord', known)).toBeUndefined();
  });
});

describe('buildExcerpt', () => {
  const text = (parts: { text: string; mark: boolean }[]) =>
    parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

  test('marks a compound that contains a searched word, with the passage around it', () => {
    const content =
      'Een sociaal werker moet een inwoner activeren naar werk. Het manifest noemt het activeren op straffe van een uitkeringskorting als voorbeeld van schade.';
    expect(text(buildExcerpt(content, [], ['korting'], 10))).toBe(
      '… activeren op straffe van een [uitkeringskorting] als voorbeeld van schade.',
    );
  });

  test('marks Pagefind’s locations and the other words of a synonym group', () => {
    const terms = markTerms(['huisuitzetting'], [['ontruiming', 'huisuitzetting', 'uitzetting']]);
    expect(terms.sort()).toEqual(['huisuitzetting', 'ontruiming', 'uitzetting']);
    expect(text(buildExcerpt('Een ontruiming wordt pas aangevraagd na een bezoek.', [7], terms, 8))).toBe(
      'Een [ontruiming] wordt pas aangevraagd na een [bezoek].',
    );
  });

  test('without a match it is the start of the text, cut with an ellipsis', () => {
    expect(text(buildExcerpt('een twee drie vier vijf zes', [], ['korting'], 4))).toBe('een twee drie vier …');
  });
});

describe('shorterMatch', () => {
  test('names the beginning a result was found by when it is much shorter than the typed word', () => {
    expect(shorterMatch('Wie schulden heeft, zoekt hulp.', [1], ['schuldhlup'])).toBe('schuld');
  });

  test('is undefined for a real match, another ending, a match in metadata only, or several words', () => {
    expect(shorterMatch('Zorg voor mantelzorg.', [2], ['mantelzorger'])).toBeUndefined();
    expect(shorterMatch('Eerst het gesprek.', [2], ['gesprekken'])).toBeUndefined();
    expect(shorterMatch('Een korting.', [1], ['korting'])).toBeUndefined();
    expect(shorterMatch('Een korting.', [], ['kortingsregel'])).toBeUndefined();
    expect(shorterMatch('Een korting.', [1], ['kortingsregel', 'werk'])).toBeUndefined();
  });
});

/** A fake Pagefind: each search term maps to page ids with scores; every page's data names its id. */
function fakeEngine(index: Record<string, [string, number][]>): SearchEngine & { asked: string[] } {
  const asked: string[] = [];
  const result = (id: string, score: number): EngineResult => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, content: '', locations: [], meta: { id } }),
  });
  return {
    asked,
    search: async (term) => {
      asked.push(term ?? '(filters)');
      return { results: (index[term ?? ''] ?? []).map(([id, score]) => result(id, score)), filters: {} };
    },
  };
}
const stateOf = (q: string) => parseSearchParams(new URLSearchParams({ q }));

describe('runSearch', () => {
  test('searches without function words', async () => {
    const engine = fakeEngine({ 'nee zeggen tijdelijke baan': [['D-005', 3]] });
    const outcome = await runSearch(engine, stateOf('nee zeggen met een tijdelijke baan'));
    expect(engine.asked).toEqual(['nee zeggen tijdelijke baan']);
    expect(outcome?.kind === 'results' && outcome.shown.map((shown) => shown.result.id)).toEqual(['D-005']);
  });

  test('falls back to the best partial matches, each with the words it lacks, when no page has every word', async () => {
    const engine = fakeEngine({
      opdracht: [['D-004', 2]],
      gemeente: [
        ['D-004', 1],
        ['B-001', 3],
      ],
      weigeren: [['A-010', 1]],
    });
    const outcome = await runSearch(engine, stateOf('opdracht van de gemeente weigeren'));
    expect(outcome?.kind === 'results' && outcome.partial).toBe(true);
    expect(
      outcome?.kind === 'results' && outcome.shown.map(({ result, missing }) => `${result.id} ${missing}`),
    ).toEqual(['D-004 weigeren', 'B-001 opdracht,weigeren', 'A-010 opdracht,gemeente']);
  });

  test('tries a shorter form of a word that finds almost nothing', async () => {
    const engine = fakeEngine({ mantelzorgers: [], mantelzorg: [['P-009', 1]] });
    const outcome = await runSearch(engine, stateOf('mantelzorgers'));
    expect(outcome?.kind === 'results' && outcome.shown.map((shown) => shown.result.id)).toEqual(['P-009']);
  });

  test('finishes a word being typed that finds nothing on its own with the site’s most used word starting so', async () => {
    const engine = fakeEngine({ 'ouders gesp': [], 'ouders gesprek': [['P-001', 1]] });
    const outcome = await runSearch(engine, stateOf('ouders gesp'), async (word) =>
      word === 'gesp' ? 'gesprek' : undefined,
    );
    expect(outcome?.kind === 'results' && outcome.shown.map((shown) => shown.result.id)).toEqual(['P-001']);
    expect(engine.asked).toEqual(['ouders gesp', 'ouder gesp', 'ouders gesprek']);
  });

  test('an entry ID is a direct hit; an ID no entry has finds nothing else', async () => {
    const engine = fakeEngine({ d007: [['D-007', 1]], d999: [] });
    expect(await runSearch(engine, stateOf('d7'))).toMatchObject({ kind: 'direct', id: 'D-007' });
    expect(await runSearch(engine, stateOf('d 999'))).toMatchObject({ kind: 'results', shown: [] });
    expect(engine.asked).toEqual(['d007', 'd999']);
  });
});

describe('newestOnly', () => {
  test('an older search that finishes last is never shown over a newer one', async () => {
    const shown: string[] = [];
    const run = newestOnly((value: string) => shown.push(value));
    let finishOld: (value: string) => void = () => {};
    const old = run(() => new Promise<string>((resolve) => (finishOld = resolve)));
    const newer = run(async () => 'gesprekken');
    expect(await newer).toBe(true);
    finishOld('gesp');
    expect(await old).toBe(false);
    expect(shown).toEqual(['gesprekken']);
  });
});
