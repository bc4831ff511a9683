/**
 * Rounds (`--rounds N`): on a shared machine the same build of the same commit can take a quarter
 * longer an hour later, so one ratio can mislead. After the main measurement of a size (round 1),
 * each further round builds, one right after the other, our site cold, our site after the same
 * one-entry edit, then Hugo and bare Astro cold on the same bodies; the ratios are taken within a
 * round, and the report gives each round and their median (`--no-peers`: ours alone).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build, secondsOf } from './build-run.ts';
import { EDIT_MARKER, editEntry, measurePeerColds } from './peers.ts';
import type { SyntheticEntry } from './synthetic-content.ts';
import { median } from './synthetic-text.ts';

/** One round's seconds (null: failed, timed out or not built) and our cold build's peak memory. */
export interface Round {
  cold: number | null;
  rebuild: number | null;
  hugo: number | null;
  bareAstro: number | null;
  peakMB: number | null;
}

/**
 * Measures `count` further rounds in the built site folder `root`: its output and caches are removed
 * for the cold build (the content stays, edits of earlier rounds included); `editedFile` is edited
 * again before the rebuild.
 */
export async function measureRounds(
  root: string,
  size: number,
  corpus: SyntheticEntry[],
  editedFile: string | undefined,
  count: number,
  { timeoutMs, peers }: { timeoutMs: number; peers: boolean },
): Promise<Round[]> {
  const rounds: Round[] = [];
  for (let round = 2; round < count + 2; round++) {
    console.error(`round ${round}: cold build, rebuild after one edit, Hugo and bare Astro …`);
    for (const folder of ['dist', '.astro', 'node_modules/.astro']) {
      rmSync(path.join(root, folder), { recursive: true, force: true });
    }
    const cold = await build(root, `${size}-cold-round-${round}`, timeoutMs);
    let rebuild: number | null = null;
    if (cold.exitCode === 0 && editedFile) {
      editEntry(editedFile, EDIT_MARKER);
      rebuild = secondsOf(await build(root, `${size}-rebuild-round-${round}`, timeoutMs));
    }
    const others = peers ? await measurePeerColds(size, corpus, timeoutMs) : { hugo: null, bareAstro: null };
    const measured: Round = { cold: secondsOf(cold), rebuild, ...others, peakMB: cold.peakMB };
    console.error(
      `  ours ${measured.cold?.toFixed(1) ?? '–'} s, rebuild ${rebuild?.toFixed(1) ?? '–'} s, ` +
        `Hugo ${measured.hugo?.toFixed(1) ?? '–'} s, bare Astro ${measured.bareAstro?.toFixed(1) ?? '–'} s`,
    );
    rounds.push(measured);
  }
  return rounds;
}

/** A ratio of two times, when both are there. */
export const ratio = (ours: number | null | undefined, theirs: number | null | undefined) =>
  ours !== null && ours !== undefined && theirs ? ours / theirs : null;

/** The ratios of one round: cold × Hugo, cold × bare Astro, rebuild / cold. */
export function roundRatios(round: Round): { hugo: number | null; bareAstro: number | null; rebuild: number | null } {
  return {
    hugo: ratio(round.cold, round.hugo),
    bareAstro: ratio(round.cold, round.bareAstro),
    rebuild: ratio(round.rebuild, round.cold),
  };
}

/** The median of the values that are there, or null when none is. */
export const medianOf = (values: (number | null)[]) => {
  const present = values.filter((value): value is number => value !== null);
  return present.length > 0 ? median(present) : null;
};

const cell = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)}×`);
const percent = (value: number | null) => (value === null ? '–' : `${(100 * value).toFixed(0)}%`);

/**
 * The rounds of one size as table rows, round 1 (the main measurement) first, then a row of
 * medians: seconds, and the ratios taken within each round.
 */
export function roundRows(entries: number, rounds: Round[]): string[][] {
  const rows = rounds.map((round, index) => {
    const ratios = roundRatios(round);
    return [
      String(entries),
      String(index + 1),
      cell(round.cold),
      cell(round.hugo),
      cell(round.bareAstro),
      times(ratios.hugo),
      times(ratios.bareAstro),
      cell(round.rebuild),
      percent(ratios.rebuild),
      cell(round.peakMB, 0),
    ];
  });
  const all = rounds.map(roundRatios);
  const middle = (pick: (round: Round) => number | null) => medianOf(rounds.map(pick));
  rows.push([
    String(entries),
    'median',
    cell(middle((round) => round.cold)),
    cell(middle((round) => round.hugo)),
    cell(middle((round) => round.bareAstro)),
    times(medianOf(all.map((ratios) => ratios.hugo))),
    times(medianOf(all.map((ratios) => ratios.bareAstro))),
    cell(middle((round) => round.rebuild)),
    percent(medianOf(all.map((ratios) => ratios.rebuild))),
    cell(
      middle((round) => round.peakMB),
      0,
    ),
  ]);
  return rows;
}

export const ROUND_HEADER = [
  'entries',
  'round',
  'cold s',
  'Hugo cold s',
  'bare Astro cold s',
  'cold × Hugo',
  'cold × bare Astro',
  'rebuild-one s',
  'rebuild / cold',
  'peak MB',
];
