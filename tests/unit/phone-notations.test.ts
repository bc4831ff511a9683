import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findPersonalData } from '../../src/lib/personal-data/detect.ts';

/**
 * Generated notations: every Dutch way of writing a set of invented numbers must be found, and the
 * numbers that fill texts about laws and social work (articles, years, amounts, dates, IDs) must not.
 * A seeded run is part of `npm test`; `FUZZ_RUNS=20000 npm exec vitest run tests/unit/phone-notations.test.ts`
 * runs a larger one (`FUZZ_SEED` picks another seed).
 */
const runs = Number(process.env['FUZZ_RUNS'] ?? 3000);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261202);
const settings = { numRuns: runs, seed, endOnFailure: true };
const timeout = 20_000 + runs * 2;

/** An invented number: its area code with the 0, and the subscriber number. All made up, in the style of 06-12345678. */
interface PhoneNumber {
  label: string;
  area: string;
  subscriber: string;
}

const numbers: PhoneNumber[] = [
  { label: 'mobile', area: '06', subscriber: '12345678' },
  { label: 'mobile', area: '06', subscriber: '98765432' },
  { label: 'landline, two-digit area code', area: '010', subscriber: '1234567' },
  { label: 'landline, two-digit area code', area: '020', subscriber: '7654321' },
  { label: 'landline, two-digit area code', area: '030', subscriber: '1112223' },
  { label: 'landline, two-digit area code', area: '070', subscriber: '9998887' },
  { label: 'landline, three-digit area code', area: '0111', subscriber: '123456' },
  { label: 'landline, three-digit area code', area: '0172', subscriber: '654321' },
  { label: 'landline, three-digit area code', area: '0591', subscriber: '111222' },
  { label: 'company number', area: '088', subscriber: '1234567' },
  { label: 'free service number, short', area: '0800', subscriber: '1234' },
  { label: 'free service number, long', area: '0800', subscriber: '1234567' },
  { label: 'paid service number, short', area: '0900', subscriber: '9876' },
  { label: 'paid service number, long', area: '0900', subscriber: '1234567' },
  { label: 'paid service number', area: '0906', subscriber: '1234' },
  { label: 'paid service number', area: '0909', subscriber: '1234567' },
];

/** Between digit groups: a space, a hyphen, dot or slash with or without spaces around it, and what Word and wrapped text put there. */
const separators = [' ', '-', '.', '/', ' - ', ' / ', ' . ', '- ', ' -', '  ', '\u00A0', ' \u2013 ', '\u2011'];
/** Where a paragraph is wrapped inside a number: one line break, after a space or a hyphen or before an indent. */
const lineBreaks = ['\n', ' \n', '-\n', '- \n', '\n   '];

/** The digits split into groups at the given cut positions, joined by one separator, or by one per gap. */
function grouped(digits: string, cuts: readonly number[], separator: string | readonly string[]): string {
  const bounds = [0, ...cuts, digits.length];
  return bounds
    .slice(1)
    .map((end, index) => digits.slice(bounds[index], end))
    .reduce((text, group, index) => {
      const between = typeof separator === 'string' ? separator : separator[index - 1]!;
      return text + between + group;
    });
}

/** Every set of cut positions between `from` and the end of a string of `length` characters. */
function allCuts(from: number, length: number): number[][] {
  const positions = Array.from({ length: Math.max(0, length - from) }, (_, index) => from + index).filter(
    (position) => position > 0 && position < length,
  );
  return Array.from({ length: 2 ** positions.length }, (_, mask) => positions.filter((_, bit) => (mask >> bit) & 1));
}

/** The digits of a number written nationally, and where its first group may end at the earliest: after the area code. */
const national = (number: PhoneNumber) => ({ digits: number.area + number.subscriber, firstCut: number.area.length });

/** What is written before the digits after the 0: the country code and the (0), or the 0 in parentheses. */
const international = [
  '+31',
  '+31 ',
  '+31-',
  '+31.',
  '+ 31 ',
  '0031',
  '0031 ',
  '0031-',
  '(+31)',
  '(+31) ',
  '(0031) ',
  '+31(0)',
  '+31 (0)',
  '+31 (0) ',
  '+31 (0)-',
  '+31 (0) - ',
  '+31-(0)',
  '0031 (0)',
  '0031(0)',
  '(+31) (0)',
  '+31 0',
  '+31 0 ',
  '0031 0',
  '(0)',
  '(0) ',
  '(0)-',
];

/** Every notation of a number: national with every grouping and separator, or a prefix with common groupings. */
function* notationsOf(number: PhoneNumber): Generator<string> {
  const { digits, firstCut } = national(number);
  for (const cuts of allCuts(firstCut, digits.length)) {
    for (const separator of separators) yield grouped(digits, cuts, separator);
    for (const lineBreak of cuts.length > 0 ? lineBreaks : []) {
      yield grouped(
        digits,
        cuts,
        cuts.map((_, index) => (index === cuts.length - 1 ? lineBreak : ' ')),
      );
    }
  }
  const afterZero = digits.slice(1);
  const areaEnd = number.area.length - 1;
  for (const prefix of international) {
    for (const cuts of allCuts(firstCut - 1, afterZero.length)) {
      // Every grouping with a space; the other separators with the area code apart and the rest in one or two groups.
      yield prefix + grouped(afterZero, cuts, ' ');
    }
    for (const separator of separators) {
      yield prefix + grouped(afterZero, [areaEnd], separator);
      yield prefix + grouped(afterZero, [areaEnd, areaEnd + 3], separator);
    }
  }
  const subscriberCuts = allCuts(1, number.subscriber.length);
  for (const cuts of subscriberCuts) {
    for (const separator of ['', ' ', '-', ' - ']) {
      yield `(${number.area})${separator}${grouped(number.subscriber, cuts, ' ')}`;
    }
  }
}

/** The kind and match of each finding. */
const found = (text: string) => findPersonalData(text).map(({ kind, match }) => ({ kind, match }));

describe('findPersonalData: every notation of a phone number', () => {
  test.each(numbers.map((number) => [number.area + number.subscriber, number.label, number] as const))(
    'finds %s (%s) in every grouping, with every separator and prefix',
    (_, __, number) => {
      const missed: string[] = [];
      let count = 0;
      for (const notation of notationsOf(number)) {
        count++;
        const findings = found(`Bel ${notation} na tienen.`);
        if (findings.length !== 1 || findings[0]!.kind !== 'telefoon' || findings[0]!.match !== notation) {
          missed.push(notation);
        }
      }
      expect(count).toBeGreaterThan(1000);
      expect(missed.slice(0, 20)).toEqual([]);
    },
    timeout,
  );

  test(
    'finds a number in any mix of separators, prefix and surrounding punctuation',
    () => {
      const numberArb = fc.constantFrom(...numbers);
      const notation = numberArb.chain((number) => {
        const { digits, firstCut } = national(number);
        const withPrefix = fc.boolean();
        return (
          fc
            .tuple(withPrefix, fc.constantFrom(...international), fc.subarray(allCuts(firstCut, digits.length).at(-1)!))
            .chain(([prefixed, prefix, cuts]) =>
              fc
                .tuple(
                  fc.array(fc.constantFrom(...separators), { minLength: cuts.length, maxLength: cuts.length }),
                  fc.option(fc.tuple(fc.nat(), fc.constantFrom(...lineBreaks))),
                )
                .map(([gaps, wrap]) => (wrap && gaps.length > 0 ? gaps.with(wrap[0] % gaps.length, wrap[1]) : gaps))
                .map((gaps) =>
                  prefixed
                    ? prefix +
                      grouped(
                        digits.slice(1),
                        cuts.map((cut) => cut - 1),
                        gaps,
                      )
                    : grouped(digits, cuts, gaps),
                ),
            )
            // Left out on purpose: "06.12 34 56 78" reads as the time 06.12 followed by other numbers, and
            // "06-12-34 5678" and "06-12-34 5.678" as a date followed by a number of four digits or a time.
            .filter(
              (written) =>
                !/^0\d\.\d\d(?!\d|\.\d)|^\d\d([-./])\d{1,2}\1\d\d\D+(?:\d{4}|\d{1,2}\.\d\d)(?!\d)/.test(
                  written.replace(/[\u2011\u2013]/g, '-'),
                ),
            )
        );
      });
      const before = fc.constantFrom('Bel ', 'tel. ', 'Tel: ', 'telefoon:', '(', '\n', '', 'nummer: ');
      const after = fc.constantFrom(' na tienen.', ')', '.', ',', '', ';', ' of mail.', '\n');
      fc.assert(
        fc.property(before, notation, after, (start, number, end) => {
          const text = start + number + end;
          expect(found(text)).toEqual([{ kind: 'telefoon', match: number }]);
        }),
        settings,
      );
    },
    timeout,
  );
});

/** A number as written in Dutch: groups of three with dots ("1.234.567"), or without them. */
const thousands = (value: number, withDots: boolean) =>
  withDots ? value.toLocaleString('nl-NL', { useGrouping: true }) : String(value);
const pad = (value: number, length = 2) => String(value).padStart(length, '0');

const year = fc.integer({ min: 1900, max: 2099 });
const day = fc.integer({ min: 1, max: 31 });
const month = fc.integer({ min: 1, max: 12 });
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${pad(h)}.${pad(m)}`);

/** The numbers of texts about laws and social work, each in the notations editors use. */
const harmless = {
  'article numbers': fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 20 }))
    .chain(([a, b, c]) =>
      fc.constantFrom(
        `artikel ${a}`,
        `artikel ${a}.${b}`,
        `artikel ${a}.${b}.${c}`,
        `art. ${a}:${b} BW`,
        `artikel ${a} lid ${c}`,
        `artikel ${a}a, tweede lid`,
        `hoofdstuk ${c}, paragraaf ${c}.${b}`,
      ),
    ),
  'years and year ranges': fc
    .tuple(year, year, fc.constantFrom('-', ' - ', '/', ' tot ', '\u2013'))
    .chain(([from, to, separator]) =>
      fc.constantFrom(`in ${from}`, `${from}${separator}${to}`, `${from}/${pad(to % 100)}`, `sinds ${from} en ${to}`),
    ),
  amounts: fc
    .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
    .chain(([euros, cents, dots]) =>
      fc.constantFrom(
        `€ ${thousands(euros, dots)},${pad(cents)}`,
        `€${thousands(euros, dots)},-`,
        `${thousands(euros, dots)} euro`,
        `EUR ${thousands(euros, dots)}`,
        `€ 0,${pad(cents)} per ${thousands(euros, dots)} huishoudens`,
      ),
    ),
  dates: fc
    .tuple(day, month, year, fc.constantFrom('-', '/', '.'), clock)
    .chain(([d, m, y, separator, time]) =>
      fc.constantFrom(
        [pad(d), pad(m), y].join(separator),
        [pad(d), pad(m), pad(y % 100)].join(separator),
        `${y}-${pad(m)}-${pad(d)}`,
        `${[pad(d), pad(m), y].join(separator)} ${time}`,
        `${[pad(d), pad(m), pad(y % 100)].join(separator)} ${time}`,
        `${[pad(d), pad(m), y].join(separator)} om ${time} uur`,
        `van ${time}-${time} uur`,
        `van ${time} - ${time} ${d} deelnemers`,
      ),
    ),
  IDs: fc
    .tuple(fc.constantFrom('D', 'P', 'A', 'B'), fc.integer({ min: 1, max: 999 }))
    .map(([kind, number]) => `${kind}-${pad(number, 3)}`),
  'ECLI numbers': fc
    .tuple(fc.constantFrom('HR', 'RBDHA', 'CRVB', 'RVS', 'GHARL'), year, fc.integer({ min: 1, max: 99_999 }))
    .map(([court, y, number]) => `ECLI:NL:${court}:${y}:${number}`),
  'parliamentary papers': fc
    .tuple(fc.integer({ min: 10_000, max: 36_999 }), fc.integer({ min: 1, max: 999 }), year)
    .chain(([file, number, y]) =>
      fc.constantFrom(
        `Kamerstuk ${String(file).slice(0, 2)} ${String(file).slice(2)}, nr. ${number}`,
        `Kamerstukken II ${y}/${pad((y + 1) % 100)}, ${String(file).slice(0, 2)} ${String(file).slice(2)}, nr. ${number}`,
        `Stb. ${y}, ${number}`,
      ),
    ),
} as const;

/** Postcodes and house numbers are personal data of their own class, never a phone number. */
const addresses = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.constantFrom('AB', 'XZ', 'KL', 'TT'),
    fc.integer({ min: 1, max: 999 }),
    fc.constantFrom('', 'a', '-2'),
  )
  .chain(([digits, letters, house, addition]) =>
    fc.constantFrom(
      `Dorpsstraat ${house}${addition}, ${digits} ${letters}`,
      `${digits}${letters} ${house}${addition}`,
      `${digits} ${letters}`,
    ),
  );

/** Harmless numbers side by side, as in a sentence or a list. */
const joiner = fc.constantFrom(' ', ', ', ' en ', ' - ', '; ', '\n', ' / ');

describe('findPersonalData: numbers that are no phone number', () => {
  test.each(Object.entries(harmless))(
    'finds nothing in %s, alone or side by side',
    (_, arbitrary) => {
      fc.assert(
        fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 3 }), joiner, (parts, between) => {
          expect(found(parts.join(between))).toEqual([]);
        }),
        settings,
      );
    },
    timeout,
  );

  test(
    'finds nothing in a mix of all of them',
    () => {
      const any = fc.oneof(...Object.values(harmless));
      fc.assert(
        fc.property(fc.array(any, { minLength: 2, maxLength: 4 }), joiner, (parts, between) => {
          expect(found(parts.join(between))).toEqual([]);
        }),
        settings,
      );
    },
    timeout,
  );

  test(
    'reports postcodes and house numbers as addresses, never as a phone number',
    () => {
      fc.assert(
        fc.property(addresses, fc.oneof(...Object.values(harmless)), joiner, (address, other, between) => {
          expect(found(address).map(({ kind }) => kind)).toEqual(['postcode']);
          const kinds = found(`${other}${between}${address}`).map(({ kind }) => kind);
          expect(kinds.filter((kind) => kind !== 'postcode')).toEqual([]);
        }),
        settings,
      );
    },
    timeout,
  );
});
