import { describe, expect, test } from 'vitest';
import { addMonths, lawCheckProblems, siteAdvice, type AdviceOptions } from '../../src/lib/content/advice.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { readabilityFindings, sentencesOf, wordsOf } from '../../src/lib/content/readability.ts';
import { siteConfig } from '../../src/site.config.ts';
import { rawEntry, validTree } from '../helpers/entries.ts';

const advice: AdviceOptions = {
  today: '2026-12-02',
  lawCheckMaxAgeMonths: 12,
  readability: { maxAverageSentenceWords: 15, maxWordLetters: 16 },
};
const read = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.file} › ${p.field}: ${p.message}`);
const dilemma = (changes: Record<string, unknown>) => rawEntry('dilemma', changes);

describe('lawCheckProblems', () => {
  test('warns when a published entry with laws has no lawCheckedOn, and says what to write', () => {
    expect(read(lawCheckProblems(dilemma({}), advice))).toMatchInlineSnapshot(`
      [
        "waarschuwing content/dilemmas/dilemma-d-001.mdx › lawCheckedOn: ontbreekt. Dit item noemt wetten (participatiewet). Kijk de wettelijke feiten na in de officiële tekst (wetten.overheid.nl) en zet de datum waarop je dat deed: lawCheckedOn: 2026-12-02. Vul alleen een datum in als je echt hebt nagekeken.",
      ]
    `);
  });

  test('warns when the check of the law is as old as the limit or older, naming the months', () => {
    expect(read(lawCheckProblems(dilemma({ lawCheckedOn: '2025-12-02' }), advice))).toMatchInlineSnapshot(`
      [
        "waarschuwing content/dilemmas/dilemma-d-001.mdx › lawCheckedOn: "2025-12-02": de wettelijke feiten zijn 12 maanden geleden voor het laatst nagekeken (grens: 12 maanden). Kijk na of de wet nog zo is, pas het item aan waar nodig en zet de nieuwe datum in lawCheckedOn.",
      ]
    `);
    expect(lawCheckProblems(dilemma({ lawCheckedOn: '2025-12-03' }), advice)).toEqual([]);
  });

  test('takes the limit from the options, so a site can set it', () => {
    const strict = { ...advice, lawCheckMaxAgeMonths: 6 };
    expect(lawCheckProblems(dilemma({ lawCheckedOn: '2026-06-02' }), strict).map((p) => p.type)).toEqual([
      'law-check-outdated',
    ]);
    expect(lawCheckProblems(dilemma({ lawCheckedOn: '2026-06-03' }), strict)).toEqual([]);
    expect(siteAdvice('2026-12-02').lawCheckMaxAgeMonths).toBe(siteConfig.contentCheck.lawCheckMaxAgeMonths);
  });

  test('rejects a check date after today as an error', () => {
    const [found] = lawCheckProblems(dilemma({ lawCheckedOn: '2026-12-03' }), advice);
    expect([found?.severity, found?.message]).toEqual([
      'fout',
      '"2026-12-03" ligt na vandaag (2026-12-02). Zet de datum waarop je de wet echt hebt nagekeken.',
    ]);
  });

  test('says nothing about concepts or entries without laws', () => {
    expect(lawCheckProblems(dilemma({ status: 'concept' }), advice)).toEqual([]);
    expect(lawCheckProblems(dilemma({ laws: [] }), advice)).toEqual([]);
  });

  test('counts calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-12-02', 12)).toBe('2026-12-02');
  });

  test('is part of the content check only when advice is asked for', () => {
    const tree = validTree();
    expect(checkContent(tree)).toEqual([]);
    expect(checkContent(tree, { advice }).map((p) => `${p.type} ${p.file}`)).toEqual([
      'law-check-missing content/dilemmas/dilemma-d-001.mdx',
    ]);
  });
});

describe('sentencesOf and wordsOf', () => {
  test('ends a sentence at . ! ? before a word that does not start in lowercase, but not after an abbreviation', () => {
    expect(sentencesOf('Dit is art. 52 van de wet. Klopt dat? Ja! bijv. zo… Nee.')).toEqual([
      'Dit is art. 52 van de wet.',
      'Klopt dat?',
      'Ja! bijv. zo…',
      'Nee.',
    ]);
  });

  test('splits words at hyphens and keeps an apostrophe inside a word', () => {
    expect(wordsOf("De Wmo-consulent belt baby's op, 2 keer.")).toEqual([
      'De',
      'Wmo',
      'consulent',
      'belt',
      "baby's",
      'op',
      '2',
      'keer',
    ]);
  });
});

describe('readabilityFindings', () => {
  const rules = advice.readability;
  const none = { terms: {}, knownLongWords: [] };

  test('finds sentences that are too long on average and names the longest', () => {
    const text =
      'Een inwoner zoekt hulp. De sociaal werker vraagt wat er speelt en wat hij nodig heeft om weer rust te vinden in zijn leven met zijn gezin en zijn werk en buurt.';
    expect(readabilityFindings(text, rules, none)).toEqual([
      {
        rule: 'long-sentences',
        average: 16,
        sentences: 2,
        longest:
          'De sociaal werker vraagt wat er speelt en wat hij nodig heeft om weer rust te vinden in zijn leven met zijn gezin en zijn werk en buurt.',
      },
    ]);
    expect(readabilityFindings(text, { ...rules, maxAverageSentenceWords: 16 }, none)).toEqual([]);
  });

  test('finds each long word once, unless it is a known long word', () => {
    const text = 'De arbeidsverplichtingen en de Arbeidsverplichtingen. Over schuldhulpverlening.';
    expect(readabilityFindings(text, rules, none)).toEqual([
      { rule: 'long-word', word: 'arbeidsverplichtingen', letters: 21 },
      { rule: 'long-word', word: 'schuldhulpverlening', letters: 19 },
    ]);
    expect(readabilityFindings(text, rules, { terms: {}, knownLongWords: ['Schuldhulpverlening'] })).toEqual([
      { rule: 'long-word', word: 'arbeidsverplichtingen', letters: 21 },
    ]);
  });

  test('finds jargon as a whole word, whatever its case or accents, with its plain alternative', () => {
    const words = {
      terms: { handhaving: 'controle', 'ex ante': 'vooraf', casuïstiek: 'voorbeelden' },
      knownLongWords: [],
    };
    expect(readabilityFindings('Handhaving ex ante. Casuistiek.', rules, words)).toEqual([
      { rule: 'jargon', term: 'handhaving', alternative: 'controle' },
      { rule: 'jargon', term: 'ex ante', alternative: 'vooraf' },
      { rule: 'jargon', term: 'casuïstiek', alternative: 'voorbeelden' },
    ]);
    expect(readabilityFindings('Handhavingsbeleid en exante.', rules, words)).toEqual([
      { rule: 'long-word', word: 'Handhavingsbeleid', letters: 17 },
    ]);
  });
});

describe('the content check with advice', () => {
  const summary =
    'De inwoner krijgt bijstand en te maken met handhaving. De arbeidsverplichtingen zijn zwaar voor hem.';

  test('reports the B1 rules on a summary as warnings, in Dutch, with the fix', () => {
    const tree = validTree({
      entries: [rawEntry('assumption', { summary })],
      jargon: { file: 'content/jargon.yaml', data: { terms: { handhaving: 'controle op de regels' } } },
    });
    const found = checkContent(tree, { advice }).filter((p) => p.field === 'summary');
    expect(read(found)).toMatchInlineSnapshot(`
      [
        "waarschuwing content/assumptions/assumption-a-001.mdx › summary: "arbeidsverplichtingen" is een lang woord (21 letters; voor B1 hoogstens 16). Gebruik een korter woord of schrijf het uit in een paar woorden. Noemt het woord het onderwerp, zet het dan bij knownLongWords in content/jargon.yaml.",
        "waarschuwing content/assumptions/assumption-a-001.mdx › summary: "handhaving" is vaktaal. Schrijf liever: controle op de regels (zie content/jargon.yaml).",
      ]
    `);
  });

  test('never calls a word from the name of a law too long', () => {
    const tree = validTree({
      entries: [
        rawEntry('assumption', { summary: 'Over de Wet gemeentelijke schuldhulpverlening en wat die vraagt.' }),
      ],
      laws: { file: 'content/laws.yaml', data: { wgs: { title: 'Wet gemeentelijke schuldhulpverlening' } } },
    });
    expect(checkContent(tree, { advice }).filter((p) => p.field === 'summary')).toEqual([]);
  });
});

describe('the jargon vocabulary (content/jargon.yaml)', () => {
  const check = (data: unknown) =>
    read(
      checkContent(validTree({ jargon: { file: 'content/jargon.yaml', data } })).filter((p) =>
        p.file.endsWith('jargon.yaml'),
      ),
    );

  test('accepts terms with plain alternatives and known long words', () => {
    expect(
      check({ terms: { handhaving: 'controle', 'ex ante': 'vooraf' }, knownLongWords: ['kostendelersnorm'] }),
    ).toEqual([]);
  });

  test('rejects a term written twice, an alternative left empty and a word with digits, each with its place', () => {
    expect(
      check({
        terms: { handhaving: 'controle', Handhaving: 'toezicht', casus: '' },
        knownLongWords: ['wet123', 'Wmo'],
      }),
    ).toMatchInlineSnapshot(`
      [
        "fout content/jargon.yaml › terms.casus: is te kort: 0 tekens, minstens 2 nodig. Gevonden: "".",
        "fout content/jargon.yaml › knownLongWords[0]: verwacht een woord of korte woordgroep van letters, zonder cijfers of leestekens; gevonden: "wet123". Voorbeeld van een goede waarde: knownLongWords: [schuldhulpverlening]",
        "fout content/jargon.yaml › terms.Handhaving: "Handhaving" staat al in de lijst als "handhaving"; houd er één over; gevonden: "toezicht". Voorbeeld van een goede waarde: Handhaving: controle",
      ]
    `);
  });

  test('rejects an unknown key, so a misspelt list is not silently ignored', () => {
    expect(check({ terms: {}, knownLongWord: ['kostendelersnorm'] })).toMatchInlineSnapshot(`
      [
        "fout content/jargon.yaml › knownLongWord: "knownLongWord" is geen bekend veld. Bedoel je "knownLongWords"? Anders verwijderen: onbekende velden worden niet gepubliceerd.",
      ]
    `);
  });

  test('may be left out: without it there is no jargon to look for', () => {
    expect(checkContent(validTree({ jargon: undefined }), { advice: { ...advice, today: '2026-01-11' } })).toEqual([
      expect.objectContaining({ type: 'law-check-missing' }),
    ]);
  });
});
