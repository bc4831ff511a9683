import { describe, expect, test } from 'vitest';
import { roundRatios, roundRows, type Round } from '../../bench/rounds.ts';

const round = (cold: number | null, hugo: number | null, bareAstro: number | null, rebuild: number | null): Round => ({
  cold,
  hugo,
  bareAstro,
  rebuild,
  peakMB: 1800,
});

describe('benchmark rounds (npm run bench -- --rounds N)', () => {
  test('takes each ratio within its round', () => {
    expect(roundRatios(round(120, 6, 40, 30))).toEqual({ hugo: 20, bareAstro: 3, rebuild: 0.25 });
    expect(roundRatios(round(null, 6, 40, 30))).toEqual({ hugo: null, bareAstro: null, rebuild: null });
    expect(roundRatios(round(120, null, 0, null))).toEqual({ hugo: null, bareAstro: null, rebuild: null });
  });

  test('gives the median of the ratios of the rounds, not the ratio of the median times', () => {
    // A slow hour slows every generator: the ratios of the rounds are 20×, 18× and 15× Hugo.
    const rows = roundRows(10_000, [round(120, 6, 40, 30), round(180, 10, 60, 36), round(105, 7, 35, 21)]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['10000', '1', '120.0', '6.0', '40.0', '20.0×', '3.0×', '30.0', '25%', '1800']);
    const medians = rows.at(-1)!;
    expect(medians.slice(0, 2)).toEqual(['10000', 'median']);
    // Median times 120 s, 7 s (17.1×) and 30 s (25%); median ratios 18× (of 20, 18, 15) and 20% (of 25%, 20%, 20%).
    expect([medians[2], medians[3], medians[7]]).toEqual(['120.0', '7.0', '30.0']);
    expect(medians[5]).toBe('18.0×');
    expect(medians[8]).toBe('20%');
  });

  test('leaves out what a round could not measure, and says so with a dash', () => {
    const rows = roundRows(1000, [round(12, null, 4, 3), round(null, null, 5, null)]);
    expect(rows[1]).toEqual(['1000', '2', '–', '–', '5.0', '–', '–', '–', '–', '1800']);
    expect(rows.at(-1)!.slice(2, 9)).toEqual(['12.0', '–', '4.5', '–', '3.0×', '3.0', '25%']);
  });
});
