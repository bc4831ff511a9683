import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { generateCorpus } from '../../bench/synthetic-content.ts';
import {
  findPersonalData,
  findPersonalDataInName,
  maskValue,
  personalDataLabels,
  type PersonalDataKind,
  type PersonalDataOptions,
} from '../../src/lib/personal-data/detect.ts';

// All data below is made up. BSNs and IBANs get their check digits computed here, independently of the detector.

/** Completes eight digits to a BSN that passes the elfproef. */
function makeBsn(first8: string): string {
  const sum = [...first8].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const last = [...Array(10).keys()].find((digit) => (sum - digit) % 11 === 0 && sum - digit !== 0);
  if (last === undefined) throw new Error(`${first8} cannot be completed to a BSN`);
  return first8 + String(last);
}

/** Completes a country code and account to an IBAN with valid check digits (ISO 13616, mod 97). */
function makeIban(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((char) => Number.parseInt(char, 36)).join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** The kind and match of each finding, which is what most tests are about. */
const found = (text: string, options?: PersonalDataOptions) =>
  findPersonalData(text, options).map(({ kind, match }) => ({ kind, match }));

const only = (kind: PersonalDataKind, match: string) => [{ kind, match }];

describe('the test helpers', () => {
  test('complete the public example values with their known check digits', () => {
    expect(makeBsn('11122233')).toBe('111222333');
    expect(makeBsn('12345678')).toBe('123456782');
    expect(makeBsn('11700000')).toBe('117000000');
    expect(makeIban('NL', 'ABNA0417164300')).toBe('NL91ABNA0417164300');
  });
});

describe('findPersonalData: BSN', () => {
  const bsn = makeBsn('23456789');

  test.each([
    [`BSN ${bsn}.`, bsn],
    ['burgerservicenummer: 111222333', '111222333'],
    ['BSN 1112.22.333 staat op de brief', '1112.22.333'],
    ['BSN 111 222 333', '111 222 333'],
    ['BSN 111-222-333', '111-222-333'],
    ['BSN 11-12-22-333', '11-12-22-333'],
  ])('finds a BSN written as %j', (text, match) => {
    expect(found(text)).toEqual(only('bsn', match));
  });

  test.each([
    ['3-2-4', 'BSN 111 22 2333', '111 22 2333'],
    ['3-2-4 with hyphens', 'BSN 111-22-2333', '111-22-2333'],
    ['3-2-4 with dots', 'BSN 111.22.2333', '111.22.2333'],
    ['4-2-3', 'BSN 1112 22 333', '1112 22 333'],
    ['4-2-3 with hyphens', 'BSN 1112-22-333', '1112-22-333'],
    ['3-3-3 with dots', 'BSN 111.222.333', '111.222.333'],
    ['3-3-3 with dots, without any word around it', '111.222.333', '111.222.333'],
  ])('finds a BSN in the %s grouping', (_, text, match) => {
    expect(found(text)).toEqual(only('bsn', match));
  });

  test('finds a BSN written in groups of digits without any word around it', () => {
    expect(found('1234.56.782')).toEqual(only('bsn', '1234.56.782'));
  });

  test('ignores nine digits that fail the elfproef', () => {
    expect(found('nummer 123456789 en 111222334')).toEqual([]);
  });

  test('ignores nine zeros, whose sum is divisible by 11', () => {
    expect(found('000000000')).toEqual([]);
  });

  test.each([
    ['part of a longer number', `dossier 1${bsn}`],
    ['glued to letters, as in a DOI', 'https://doi.org/10.1332/239788217X14866281687583 en 10.1332/239788217X1486'],
    ['an amount with a euro sign', '€ 111 222 333'],
    ['an amount in euro', '111 222 333 euro'],
    ['a round large number with thousands dots that passes the elfproef', '117.000.000 inwoners'],
    ['a large number in thousands notation of seven digits', '1.234.567 huishoudens'],
    ['an amount in the 3-2-4 grouping', '€ 111 22 2333'],
    ['an amount with thousands dots', '€ 111.222.333 en 111.222.333 euro'],
    ['nine digits in the 3-2-4 grouping that fail the elfproef', 'nummer 111 22 2334'],
    ['a date', '12-03-1987, 12.03.1987 en 1987-03-12'],
    ['nine digits in a case-law identifier', 'ECLI:NL:CRVB:2019:111222333'],
    ['article numbers', 'artikel 111 lid 22, artikel 3.2.1 en artikel 2.3.2 Wmo 2015'],
    ['the chamber of commerce number of a kenniscentrum', 'KvK-nummer van het kenniscentrum: 12345678'],
    ['years', 'In 2019, 2020 en 2021; 2019 2020 2021; 2019-2023'],
    ['a decimal number', '12.111222333'],
    ['inside an ISBN', 'ISBN 978-90-5875-123-4 en ISBN 90-5875-123-X'],
  ])('does not take %s for a BSN', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPersonalData: IBAN', () => {
  test.each([
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['rekening NL91 ABNA 0417 1643 00 van de inwoner', 'NL91 ABNA 0417 1643 00'],
    [makeIban('BE', '539007547034'), makeIban('BE', '539007547034')],
    [`IBAN: ${makeIban('DE', '370400440532013000')}.`, makeIban('DE', '370400440532013000')],
  ])('finds the IBAN in %j', (text, match) => {
    expect(found(text)).toEqual(only('iban', match));
  });

  test('stops a spaced IBAN before the next word even when it has four letters', () => {
    const iban = makeIban('BE', '539007547034').replace(/(.{4})(?!$)/g, '$1 ');
    expect(found(`${iban} voor de huur`)).toEqual(only('iban', iban));
  });

  test('ignores an IBAN that fails the mod-97 check, and does not report its digits as something else', () => {
    expect(found('NL92ABNA0417164300 en NL92 ABNA 0417 1643 00')).toEqual([]);
  });

  test('ignores an IBAN with the wrong length for its country', () => {
    expect(found(makeIban('NL', 'ABNA04171643001'))).toEqual([]);
  });
});

describe('findPersonalData: phone numbers', () => {
  test.each([
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '06 12 34 56 78',
    '+31 6 12345678',
    '+31(0)6-12345678',
    '+31 (0)6 1234 5678',
    '0031 6 12345678',
    '020-1234567',
    '010 123 4567',
    '0591-123456',
    '+31 20 123 4567',
    '(020) 123 4567',
    '0800-1234',
    '0900 123 4567',
  ])('finds the phone number %s', (number) => {
    expect(found(`Bel ${number} na tienen.`)).toEqual(only('telefoon', number));
  });

  test.each([
    ['+31 6 1234 5678', 'country code and groups of four'],
    ['(+31) 6 12345678', 'country code in parentheses'],
    ['+31 (0) 6 - 1234 5678', 'country code, (0) and a spaced hyphen'],
    ['+31 06 12345678', 'country code and the 0 of the area code'],
    ['(06) 12345678', 'mobile prefix in parentheses'],
    ['(0)6-12345678', 'the 0 in parentheses'],
    ['06 - 123 456 78', 'a spaced hyphen and groups of three'],
    ['06.12.34.56.78', 'dots between pairs'],
    ['06-12-34-56-78', 'hyphens between pairs'],
    ['020-123 45 67', 'a landline with hyphen and pairs'],
    ['020 - 123 45 67', 'a landline with a spaced hyphen'],
    ['020.123.45.67', 'a landline with dots'],
    ['020/1234567', 'a landline with a slash'],
    ['0800 - 1234', 'a service number with a spaced hyphen'],
    ['0111 - 12 34 56', 'a three-digit area code and a spaced hyphen'],
    ['088 - 123 45 67', 'a company number and a spaced hyphen'],
    ['+31 (0)20 - 123 45 67', 'country code, (0), a landline and a spaced hyphen'],
    ['+31 800 1234', 'a service number after the country code'],
    ['(0800) 1234', 'a service number in parentheses'],
    ['06  12345678', 'two spaces'],
    ['06 12 34\n56 78', 'a line break where the paragraph wraps'],
    ['06-\n12345678', 'a hyphen at the end of a wrapped line'],
    ['06-12-34 56 78', 'hyphens, then spaces, as if it began with a date'],
    ['06\u201412345678', 'an em dash'],
  ])('finds the phone number %j, written with %s', (number) => {
    expect(found(`Bel ${number} na tienen.`)).toEqual(only('telefoon', number));
  });

  test.each([
    ['entry IDs', 'Zie D-123, P-001 en D-007.'],
    ['years and year ranges', 'In 2021, 2019-2023 en 2020/2021.'],
    ['article numbers', 'artikel 18 lid 2 van de Participatiewet'],
    ['ISBNs', 'ISBN 978-90-5875-123-4, 9789058751234'],
    ['dates', '12-03-1987 en 06-12-1987 12:00'],
    ['amounts', '€ 1.250 en € 0,50'],
    ['law identifiers', 'BWBR0015703 en https://wetten.overheid.nl/BWBR0015703'],
    ['case-law identifiers', 'ECLI:NL:RBDHA:2020:865'],
    ['parliamentary papers', 'Kamerstuk 35 510, nr. 2'],
    ['times', 'om 10.30 uur, van 12:00-13:30'],
    ['a range of times followed by a number', 'van 09.00-12.00 10 deelnemers en van 09.00 - 12.00 12 deelnemers'],
    ['opening hours', 'open van 08.30-12.30, 13.30-17.00 uur'],
    ['a date with dots followed by a time', '06.12.1987 12.00 en 06.12.87 12.00'],
    ['a range of dates with slashes', 'van 01/01/2020 - 31/12/2021'],
    ['version numbers and decimals', 'versie 0.12.3, tussen 0,5 en 1,5, tabel 0.1 0.2 0.3 0.4 0.5'],
    ['age ranges', '0-4 jaar, 4-12 jaar, 12-18 jaar'],
    ['a reference number after a slash', 'kenmerk SZW/0612345678'],
    ['a number starting with zero that is too short', 'pagina 012-345-678'],
    ['an ID and an amount side by side', 'P-060 / 6.629.881 euro'],
    ['a time before a date', 'om 07.45 - 01-01-65'],
    ['a date with a two-digit year before a number', 'op 01-01-21 1.500 aanvragen, op 03.12.04 2500 meer'],
    ['dates and times on separate lines', '28/04/74 19.00\n06/04/1987 01.00'],
    ['a Markdown list of numbers', '- 01\n- 02\n- 03\n- 04\n- 05'],
    ['a column of numbers', '01\n02\n03\n04\n05\n06'],
  ])('does not take %s for a phone number', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  test('finds two phone numbers joined by a slash', () => {
    expect(found('Tel. 020-1234567/06-12345678/+31 6 87654321.')).toEqual([
      { kind: 'telefoon', match: '020-1234567' },
      { kind: 'telefoon', match: '06-12345678' },
      { kind: 'telefoon', match: '+31 6 87654321' },
    ]);
  });

  test('reports a BSN and a postcode as their own class, not as a phone number', () => {
    expect(found('111222333 en 1234 AB')).toEqual([
      { kind: 'bsn', match: '111222333' },
      { kind: 'postcode', match: '1234 AB' },
    ]);
  });
});

describe('findPersonalData: e-mail addresses', () => {
  test.each([
    ['Mail j.jansen@gemeente.nl.', 'j.jansen@gemeente.nl'],
    ['Info@Example.org', 'Info@Example.org'],
    ['<mailto:hulp+wijk@buurt-team.example.nl>', 'hulp+wijk@buurt-team.example.nl'],
  ])('finds the address in %j', (text, match) => {
    expect(found(text)).toEqual(only('e-mail', match));
  });

  test('ignores web addresses without @', () => {
    expect(found('https://www.example.org/contact en www.gemeente.nl')).toEqual([]);
  });
});

describe('findPersonalData: postcodes and addresses', () => {
  test.each([
    ['Postcode 1234 AB 12', '1234 AB 12'],
    ['1234AB 12a', '1234AB 12a'],
    ['Ze woont op Dorpsstraat 12, 1234 AB Ergens.', 'Dorpsstraat 12, 1234 AB'],
    ['Dorpsstraat 12', 'Dorpsstraat 12'],
    ['Kerkweg 3a', 'Kerkweg 3a'],
    ['Laan van Meerdervoort 120', 'Laan van Meerdervoort 120'],
    ['Stadsring 4-2', 'Stadsring 4-2'],
    ['Molengracht 7', 'Molengracht 7'],
  ])('finds the address in %j', (text, match) => {
    expect(found(text)).toEqual(only('postcode', match));
  });

  test('finds a postcode alone, because in a village it points to a few houses', () => {
    expect(found('Het gezin woont in 9999 XZ.')).toEqual(only('postcode', '9999 XZ'));
  });

  test.each([
    ['an article and paragraph', 'artikel 18 lid 2'],
    ['a year with an era', 'in het jaar 2026 AD'],
    ['a year with an abbreviation', 'Sinds 2020 EU-breed, in 2019 NL en in 2021 VS.'],
    ['lower-case words after a year', 'tussen 2020 en 2021'],
    ['a letter combination never used in postcodes', '1234 SS'],
    ['amounts', '€ 1.250 en € 1250 AB'],
    ['parliamentary papers', 'Kamerstukken II 2019/20, 35 300 XV, nr. 12'],
    ['nouns ending in a street suffix', 'De Regering 2 keer, de Arbeidsmarkt 2030 en het Gerechtshof 12.'],
    ['a street word followed by a date', 'Hof van Justitie 12 maart 2020'],
    ['a bare street word', 'Markt 12'],
  ])('does not take %s for an address', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPersonalData: birth dates', () => {
  test.each([
    ['geboren op 12-03-1987', '12-03-1987'],
    ['geboren 12 maart 1987', '12 maart 1987'],
    ['geb. 12/03/1987', '12/03/1987'],
    ['Geboortedatum: 1987-03-12', '1987-03-12'],
    ['zij is geboren op de 3e mrt. 1990', '3e mrt. 1990'],
    ['DOB 12.03.1987', '12.03.1987'],
    ['(geb. 1987)', '1987'],
    ['Zij is geboren in Verzinsel op 12-03-1987.', '12-03-1987'],
    ['geboren te Nergensdorp, 1 april 1990', '1 april 1990'],
  ])('finds the birth date in %j', (text, match) => {
    expect(found(text)).toEqual(only('geboortedatum', match));
  });

  test.each([
    ['a decision date', 'op 12 maart 2026 besloot de raad'],
    ['frontmatter dates', 'published: 2026-11-28\nupdated: 2026-11-28'],
    ['a plain date', 'Per 1 januari 2021 is de wet veranderd.'],
    ['a date that bounds a group', 'wie geboren is vóór 1 januari 1946 of na 31 december 1960'],
    ['a year of birth of a whole group', 'kinderen geboren in 2020'],
    ['a date after a place that bounds a group', 'wie geboren is in Nederland na 1 januari 1960'],
    ['the word without a date', 'De geboortedatum van de inwoner wordt niet gedeeld.'],
  ])('does not take %s for a birth date', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPersonalData: names', () => {
  const names = ['Fictiefsma', 'Özfictief', 'Zoë Bedacht'];

  test('finds a configured name as a whole word in any case', () => {
    expect(found('Mevrouw Fictiefsma belde. FICTIEFSMA en fictiefsma ook.', { names })).toEqual([
      { kind: 'naam', match: 'Fictiefsma' },
      { kind: 'naam', match: 'FICTIEFSMA' },
      { kind: 'naam', match: 'fictiefsma' },
    ]);
  });

  test('finds possessive and plural forms', () => {
    expect(found("Fictiefsma's fiets, de Fictiefsmas en Fictiefsma’s hond", { names })).toEqual([
      { kind: 'naam', match: "Fictiefsma's" },
      { kind: 'naam', match: 'Fictiefsmas' },
      { kind: 'naam', match: 'Fictiefsma’s' },
    ]);
  });

  test('finds names with and without their accents', () => {
    expect(found('Özfictief, özfictief, Ozfictief en O\u0308zfictief', { names }).map((f) => f.match)).toEqual([
      'Özfictief',
      'özfictief',
      'Ozfictief',
      'O\u0308zfictief',
    ]);
  });

  test('finds a name of several words across a line break', () => {
    expect(found('met zoe\nbedacht gesproken', { names })).toEqual(only('naam', 'zoe\nbedacht'));
  });

  test('ignores a name inside another word', () => {
    expect(found('de Fictiefsmastraat en het Fictiefsmaatje', { names })).toEqual([]);
  });

  test('reports an e-mail address once, not also the name inside it', () => {
    expect(found('p.fictiefsma@example.org', { names })).toEqual(only('e-mail', 'p.fictiefsma@example.org'));
  });

  test('skips empty names', () => {
    expect(found('Een gewone zin.', { names: ['', '  '] })).toEqual([]);
  });
});

describe('findPersonalData: typical content', () => {
  test('finds nothing in a text about laws and social work', () => {
    const text = [
      '---',
      'id: D-010',
      'published: 2026-11-28',
      'sources:',
      '  - title: Participatiewet',
      '    url: https://wetten.overheid.nl/BWBR0015703',
      '  - url: https://www.wrr.nl/publicaties/persberichten/2017/04/24/weten-is-nog-geen-doen',
      '---',
      'De Participatiewet, artikel 18, vraagt dat de inwoner alles meldt (artikel 17).',
      'Zie ECLI:NL:RBDHA:2020:865, Kamerstuk 35 510, nr. 2, en Verordening (EU) 2016/679.',
      'Een boete van € 1.250 per 1 januari 2021. ISBN 978-90-5875-123-4. Dit berust op [[A-011]] en [[D-007]].',
      'Wmo 2015 en Jeugdwet 2015; 12,5% van 1.234.567 huishoudens; om 10.30 uur; 24/7; 0 tot 18 jaar.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('findPersonalData: positions', () => {
  test('gives the 1-based line and column of each finding', () => {
    const text = 'Eerste regel.\nBel 06-12345678 of mail\n  a.b@example.org';
    expect(findPersonalData(text).map(({ kind, line, column }) => ({ kind, line, column }))).toEqual([
      { kind: 'telefoon', line: 2, column: 5 },
      { kind: 'e-mail', line: 3, column: 3 },
    ]);
  });

  test('reports findings in the order of the text', () => {
    const text = 'geboren op 12-03-1987, BSN 111222333, NL91ABNA0417164300, Kerkweg 3a';
    expect(findPersonalData(text).map((finding) => finding.kind)).toEqual(['geboortedatum', 'bsn', 'iban', 'postcode']);
  });

  test('gives each finding its masked value', () => {
    expect(findPersonalData('BSN 111222333')[0]).toEqual({
      kind: 'bsn',
      match: '111222333',
      masked: '1•••••••3',
      line: 1,
      column: 5,
    });
  });
});

describe('findPersonalData: allowlist', () => {
  test('lets through an allowed value in any case', () => {
    expect(found('Mail INFO@Example.org of j@example.org', { allow: ['info@example.org'] })).toEqual(
      only('e-mail', 'j@example.org'),
    );
  });

  test('compares with whitespace normalised', () => {
    expect(found('IBAN NL91 ABNA 0417 1643 00', { allow: [' nl91  abna 0417\n1643 00 '] })).toEqual([]);
  });

  test('compares numbers without their separators', () => {
    expect(found('Bel 0800-1234 of 0800 1234', { allow: ['0800 1234'] })).toEqual([]);
  });

  test('keeps reporting values that are only similar to an allowed one', () => {
    expect(found('info@example.org.uk', { allow: ['info@example.org'] })).toEqual(
      only('e-mail', 'info@example.org.uk'),
    );
  });
});

describe('findPersonalData: text pasted from a word processor', () => {
  test('finds a BSN written with non-breaking spaces, as pasted from Word', () => {
    expect(found('BSN 111\u00A0222\u00A0333')).toEqual(only('bsn', '111\u00A0222\u00A0333'));
  });

  test('finds a BSN written with narrow no-break spaces', () => {
    expect(found('BSN 111\u202F22\u202F2333')).toEqual(only('bsn', '111\u202F22\u202F2333'));
  });

  test.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['zero-width no-break space (byte-order mark)', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
  ])('finds a BSN and a phone number with a %s inside them', (_, invisible) => {
    const bsn = `1112${invisible}22333`;
    const phone = `06${invisible}1234${invisible}5678`;
    expect(found(`BSN ${bsn}, bel ${phone}.`)).toEqual([
      { kind: 'bsn', match: bsn },
      { kind: 'telefoon', match: phone },
    ]);
  });

  test('finds a phone number whose hyphen Word turned into an en dash or a non-breaking hyphen', () => {
    expect(found('Bel 06 \u2013 12345678 of 020\u20111234567.')).toEqual([
      { kind: 'telefoon', match: '06 \u2013 12345678' },
      { kind: 'telefoon', match: '020\u20111234567' },
    ]);
  });

  test('finds a BSN and phone numbers written with character references, as in Markdown source', () => {
    expect(found('BSN 111&nbsp;222&nbsp;333, bel 06&#8209;12345678 of +31&#160;6&#xA0;87654321.')).toEqual([
      { kind: 'bsn', match: '111&nbsp;222&nbsp;333' },
      { kind: 'telefoon', match: '06&#8209;12345678' },
      { kind: 'telefoon', match: '+31&#160;6&#xA0;87654321' },
    ]);
    expect(findPersonalData('Bel 06&nbsp;12345678')[0]?.masked).toBe('0• •••••••8');
  });

  test('finds an IBAN and an address with non-breaking spaces between their parts', () => {
    expect(found('NL91\u00A0ABNA\u00A00417\u00A01643\u00A000 en Dorpsstraat\u00A012,\u00A01234\u00A0AB')).toEqual([
      { kind: 'iban', match: 'NL91\u00A0ABNA\u00A00417\u00A01643\u00A000' },
      { kind: 'postcode', match: 'Dorpsstraat\u00A012,\u00A01234\u00A0AB' },
    ]);
  });

  test('finds a configured name with a soft hyphen from hyphenation inside it', () => {
    expect(found('Mevrouw Fictief\u00ADsma belde.', { names: ['Fictiefsma'] })).toEqual(
      only('naam', 'Fictief\u00ADsma'),
    );
  });

  test('reports the line and column in the original text when invisible characters come before the finding', () => {
    const text = '\uFEFFEerste\u200B regel.\nTweede\u00AD regel\u200B\u200B met BSN 111\u200B 222\u00A0333.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'bsn', match: '111\u200B 222\u00A0333', masked: '1•• ••• ••3', line: 2, column: 25 },
    ]);
    expect(text.split('\n')[1]!.slice(24)).toMatch(/^111/);
  });

  test('masks a finding as it reads, without its invisible characters', () => {
    expect(findPersonalData('Bel 06\u00AD1234\u200B5678')[0]?.masked).toBe('0••••••••8');
  });

  test('lets an allowlisted number through when it is written with no-break spaces and soft hyphens', () => {
    expect(found('Bel 0800\u00A012\u00AD34.', { allow: ['0800-1234'] })).toEqual([]);
  });

  test.each([
    ['an amount with no-break spaces', '€\u00A0111\u00A0222\u00A0333'],
    ['an article with no-break spaces', 'artikel\u00A018 lid\u00A02 van de Participatiewet'],
    ['a range of years with an en dash', 'van 2019\u20132023 en 2020\u20132021'],
    ['a date with non-breaking hyphens', 'op 12\u201103\u20112026 besloot de raad'],
    ['a year and a number joined by a zero-width space', 'Wmo\u00A02015\u200B, artikel\u00A02.3.2'],
    ['articles and names with character references', 'Zorg &amp; Welzijn, artikel&nbsp;18 lid&nbsp;2, 2019&ndash;2023'],
  ])('does not take %s for personal data', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPersonalDataInName', () => {
  /** The kind and match of each finding in a file name. */
  const inName = (name: string, options?: PersonalDataOptions) =>
    findPersonalDataInName(name, options).map(({ kind, match }) => ({ kind, match }));

  test('finds a BSN and a configured name in the file name of an entry, with position and mask', () => {
    expect(findPersonalDataInName('mevrouw-fictiefsma-bsn-111222333', { names: ['Fictiefsma'] })).toEqual([
      { kind: 'naam', match: 'fictiefsma', masked: 'f••••••••a', line: 1, column: 9 },
      { kind: 'bsn', match: '111222333', masked: '1•••••••3', line: 1, column: 24 },
    ]);
  });

  test.each([
    ['bsn', 'bsn-111222333', '111222333'],
    ['bsn', 'bsn-111-222-333', '111-222-333'],
    ['bsn', 'bsn-111-22-2333', '111-22-2333'],
    ['bsn', 'bsn-1112-22-333', '1112-22-333'],
    ['bsn', 'bsn-11-12-22-333', '11-12-22-333'],
    ['telefoon', 'bel-0612345678', '0612345678'],
    ['telefoon', 'bel-06-12345678', '06-12345678'],
    ['telefoon', 'bel-06-12-34-56-78', '06-12-34-56-78'],
    ['telefoon', 'bel-0031-6-12345678', '0031-6-12345678'],
    ['telefoon', 'bel-31-6-12345678', '31-6-12345678'],
    ['telefoon', 'tel-020-123-45-67', '020-123-45-67'],
    ['postcode', 'woont-in-1234ab', '1234ab'],
    ['postcode', 'postcode-1234-ab-12', '1234-ab-12'],
    ['postcode', 'woont-dorpsstraat-12', 'dorpsstraat-12'],
    ['postcode', 'kerkweg-3a', 'kerkweg-3a'],
    ['postcode', 'dorpsstraat-12-1234-ab', 'dorpsstraat-12-1234-ab'],
    ['postcode', 'laan-van-meerdervoort-120', 'laan-van-meerdervoort-120'],
    ['geboortedatum', 'geboren-12-03-1985', '12-03-1985'],
    ['geboortedatum', 'geboren-op-12-maart-1985', '12-maart-1985'],
    ['geboortedatum', 'moeder-geb-12-03-1985', '12-03-1985'],
    ['iban', 'iban-nl91abna0417164300', 'nl91abna0417164300'],
    ['iban', 'rekening-nl91-abna-0417-1643-00', 'nl91-abna-0417-1643-00'],
  ] as const)('finds a %s hidden in the file name %j', (kind, name, match) => {
    expect(inName(name)).toEqual(only(kind, match));
  });

  test('finds a BSN and a phone number that follow each other in a file name', () => {
    expect(inName('bsn-111222333-06-12345678')).toEqual([
      { kind: 'bsn', match: '111222333' },
      { kind: 'telefoon', match: '06-12345678' },
    ]);
  });

  test('finds a BSN with invisible characters in a file name', () => {
    expect(inName('bsn-111\u200B222\u00AD333')).toEqual(only('bsn', '111\u200B222\u00AD333'));
  });

  test('finds configured names written as a file name: without accents, apostrophes or capitals', () => {
    const names = ["d'Fictief", "van 't Bedacht", 'Zoë Verzonnen', 'Fictiefsma-Bedacht'];
    expect(inName('dfictief-van-t-bedacht-zoe-verzonnen-en-fictiefsma-bedacht', { names })).toEqual([
      { kind: 'naam', match: 'dfictief' },
      { kind: 'naam', match: 'van-t-bedacht' },
      { kind: 'naam', match: 'zoe-verzonnen' },
      { kind: 'naam', match: 'fictiefsma-bedacht' },
    ]);
  });

  test('finds a possessive or plural of a configured name, but not the name inside another word', () => {
    expect(inName('de-fictiefsmas-en-het-fictiefsmaatje', { names: ['Fictiefsma'] })).toEqual(
      only('naam', 'fictiefsmas'),
    );
  });

  test('lets an allowlisted public number through in a file name', () => {
    expect(inName('bel-0800-1234', { allow: ['0800 1234'] })).toEqual([]);
  });

  test.each([
    'activeren-op-straffe-van-korting',
    'wet-2015-artikel-12',
    'participatiewet-in-balans-2026',
    'artikel-18-lid-2',
    'wmo-2015-artikel-2-3-2',
    'kamerstuk-35-510-nr-2',
    'kamerstukken-ii-2019-20-35-300-xv-nr-12',
    'verordening-eu-2016-679',
    'ecli-nl-rbdha-2020-865',
    'bwbr0015703',
    'isbn-978-90-5875-123-4',
    'stb-2015-123',
    'besluit-2021-123456',
    'rapport-2019-2023',
    'tussen-2019-en-2023',
    '2020-en-2021',
    'sinds-2020-eu-breed',
    '0-tot-18-jaar',
    '24-7-bereikbaar',
    'top-10-tips',
    'per-1-januari-2021-nieuwe-regels',
    'wet-van-12-maart-2020',
    'kinderen-geboren-in-2020',
    'geboren-na-1-januari-1960',
    'loopbaan-2',
    'arbeidsmarkt-2030',
    'de-uitweg-2',
    'zorgpad-2',
    'intervisiekring-3',
    'weg-van-de-wachtlijst-2',
    'op-12-03-2026-besloten',
    'nummer-111222334',
  ])('finds nothing in the ordinary file name %j', (name) => {
    expect(inName(name)).toEqual([]);
  });

  test('finds nothing in the file names and former file names of the real content', () => {
    const tree = readContentTree(path.resolve('content'), 'content');
    const names = tree.entries.flatMap((entry) => {
      const former = (entry.data as { formerSlugs?: unknown }).formerSlugs;
      return [entry.slug, ...(Array.isArray(former) ? former.map(String) : [])];
    });
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names.flatMap((name) => inName(name).map((finding) => ({ name, ...finding })))).toEqual([]);
  });

  test('finds nothing in the file names and former file names of a generated corpus of 2,000 entries', () => {
    const corpus = generateCorpus({ size: 2000, themes: ['thema'], laws: ['wet'], bodyWords: 10, seed: 11 });
    const names = corpus.flatMap((entry) => [
      entry.slug,
      ...((entry.data['formerSlugs'] as string[] | undefined) ?? []),
    ]);
    expect(names.length).toBeGreaterThan(2000);
    expect(names.flatMap((name) => inName(name).map((finding) => ({ name, ...finding })))).toEqual([]);
  });
});

describe('maskValue', () => {
  test('keeps the first and last character of a run of digits', () => {
    expect(maskValue('0612345678')).toBe('0••••••••8');
  });

  test('keeps only the first and last letter or digit of the whole value, and the separators', () => {
    expect(maskValue('06-12345678')).toBe('0•-•••••••8');
    expect(maskValue('j.jansen@gemeente.nl')).toBe('j.••••••@••••••••.•l');
    expect(maskValue('1234.56.782')).toBe('1•••.••.••2');
    expect(maskValue('020 - 555 1234')).toBe('0•• - ••• •••4');
  });

  test('masks values of up to three letters or digits completely', () => {
    expect(maskValue('123')).toBe('•••');
    expect(maskValue('1-2')).toBe('•-•');
    expect(maskValue('1234 AB')).toBe('1••• •B');
  });
});

describe('personalDataLabels', () => {
  test('names every class in Dutch', () => {
    expect(personalDataLabels).toEqual({
      bsn: 'BSN',
      iban: 'IBAN',
      telefoon: 'telefoonnummer',
      'e-mail': 'e-mailadres',
      postcode: 'postcode met huisnummer',
      geboortedatum: 'geboortedatum',
      naam: 'naam',
    });
  });
});
