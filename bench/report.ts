/** The benchmark's results as Markdown: the main table, seconds and memory per phase, and notes. */
import type { SizeResult } from './one-size.ts';
import { secondsOf } from './build-run.ts';
import { ROUND_HEADER, roundRows, type Round } from './rounds.ts';
import { median } from './synthetic-text.ts';

const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const isRun = <T extends object>(value: T | { skipped: string } | undefined): value is T =>
  value !== undefined && !('skipped' in value);
const markdownTable = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

function table(results: SizeResult[]): string {
  const header = [
    'entries',
    'pages',
    'build s',
    'pages/s',
    'entries/s',
    'peak MB',
    'Sätteri build s',
    'Sätteri peak MB',
    'rebuild-one s',
    'pagefind KB',
    'dist MB',
    'entry page KB gzip (median)',
    'entry JS bytes',
    'search KB fetched',
    'search requests',
    'first results ms (cold)',
    'keystroke to results ms (warm, median)',
  ];
  const rows = results.map((result) => {
    const { build: cold, site } = result;
    const ok = cold.exitCode === 0;
    const satteri = isRun(result.satteri) ? result.satteri : undefined;
    const search = isRun(result.search) ? result.search : undefined;
    return [
      String(result.entries),
      site ? String(site.pages) : '–',
      ok ? fixed(cold.seconds) : cold.timedOut ? 'timeout' : 'failed',
      site && ok ? fixed(site.pages / cold.seconds) : '–',
      ok ? fixed(result.entries / cold.seconds) : '–',
      fixed(cold.peakMB, 0),
      fixed(satteri?.seconds),
      fixed(satteri?.peakMB, 0),
      fixed(result.rebuild?.seconds),
      site ? fixed(site.pagefindBytes / 1024, 0) : '–',
      site ? fixed(site.distBytes / 1024 ** 2) : '–',
      site ? fixed(site.entryPages.medianGzipBytes / 1024) : '–',
      site ? String(site.entryPages.medianJsBytes) : '–',
      search ? fixed(search.bytes / 1024) : '–',
      search ? String(search.requests) : '–',
      search ? fixed(search.firstResultMs, 0) : '–',
      search?.warm?.length ? fixed(median(search.warm.map((run) => run.renderMs)), 0) : '–',
    ];
  });
  return markdownTable(header, rows);
}

function phaseTable(results: SizeResult[]): string {
  const header = [
    'entries',
    'build',
    'check (in-process)',
    'setup s',
    'content sync s',
    'bundle s',
    'pages s',
    'after pages s',
    'setup MB',
    'content sync MB',
    'bundle MB',
    'pages MB',
    'after pages MB',
  ];
  const rows = results.flatMap((result) =>
    [
      ['cold', result.build] as const,
      ['Sätteri', isRun(result.satteri) ? result.satteri : undefined] as const,
      ['rebuild-one', result.rebuild] as const,
    ].flatMap(([name, run]) =>
      run
        ? [
            [
              String(result.entries),
              name,
              name === 'cold' ? fixed(result.checkSeconds) : '',
              fixed(run.phases.setup),
              fixed(run.phases.contentSync),
              fixed(run.phases.bundle),
              fixed(run.phases.staticGeneration),
              fixed(run.phases.afterPages),
              ...(['setup', 'contentSync', 'bundle', 'staticGeneration', 'afterPages'] as const).map((phase) =>
                fixed(run.phasePeakMB[phase], 0),
              ),
            ],
          ]
        : [],
    ),
  );
  return markdownTable(header, rows);
}

/** Our times as a multiple of Hugo's and bare Astro's on the same bodies in the same run, cold and after one edit. */
function ratioTable(results: SizeResult[]): string {
  const header = [
    'entries',
    'cold s',
    'Hugo cold s',
    'cold × Hugo',
    'bare Astro cold s',
    'cold × bare Astro',
    'rebuild-one s',
    'Hugo rebuild s',
    'rebuild × Hugo',
    'bare Astro rebuild s',
    'rebuild × bare Astro',
    'rebuild / cold',
    'peak MB',
    'Hugo peak MB',
    'bare Astro peak MB',
  ];
  const times = (ours: number | undefined, theirs: number | undefined) =>
    ours !== undefined && theirs ? `${fixed(ours / theirs)}×` : '–';
  const rows = results.map((result) => {
    const peers = isRun(result.peers) ? result.peers : undefined;
    const hugo = isRun(peers?.hugo) ? peers.hugo : undefined;
    const bare = isRun(peers?.bareAstro) ? peers.bareAstro : undefined;
    const cold = result.build.exitCode === 0 ? result.build.seconds : undefined;
    const rebuild = result.rebuild?.exitCode === 0 ? result.rebuild.seconds : undefined;
    return [
      String(result.entries),
      fixed(cold),
      fixed(hugo?.cold.seconds),
      times(cold, hugo?.cold.seconds),
      fixed(bare?.cold.seconds),
      times(cold, bare?.cold.seconds),
      fixed(rebuild),
      fixed(hugo?.rebuild?.seconds),
      times(rebuild, hugo?.rebuild?.seconds),
      fixed(bare?.rebuild?.seconds),
      times(rebuild, bare?.rebuild?.seconds),
      rebuild !== undefined && cold ? `${fixed((100 * rebuild) / cold, 0)}%` : '–',
      fixed(result.build.peakMB, 0),
      fixed(hugo?.cold.peakMB, 0),
      fixed(bare?.cold.peakMB, 0),
    ];
  });
  return markdownTable(header, rows);
}

/** Each size's rounds (`--rounds`), the main measurement as round 1, with the medians; none without further rounds. */
function roundsTable(results: SizeResult[]): string | undefined {
  const measured = results.filter((result) => result.rounds?.length);
  if (measured.length === 0) return undefined;
  const rows = measured.flatMap((result) => {
    const peers = isRun(result.peers) ? result.peers : undefined;
    const first: Round = {
      cold: secondsOf(result.build),
      rebuild: secondsOf(result.rebuild),
      hugo: isRun(peers?.hugo) ? secondsOf(peers.hugo.cold) : null,
      bareAstro: isRun(peers?.bareAstro) ? secondsOf(peers.bareAstro.cold) : null,
      peakMB: result.build.peakMB,
    };
    return roundRows(result.entries, [first, ...(result.rounds ?? [])]);
  });
  return markdownTable(ROUND_HEADER, rows);
}

/** The editors' loop: `npm run dev` start-up and the time from saving an entry to its changed page being served. */
function devTable(results: SizeResult[]): string {
  const rows = results.map((result) => {
    const dev = isRun(result.dev) ? result.dev : undefined;
    return [String(result.entries), fixed(dev?.startSeconds), fixed(dev?.saveToServedSeconds), fixed(dev?.peakMB, 0)];
  });
  return markdownTable(['entries', 'dev start-up s', 'save → page served s', 'dev peak MB'], rows);
}

function notes(results: SizeResult[]): string[] {
  return results.flatMap((result) => {
    const lines: string[] = [];
    const search = result.search;
    if (search && 'skipped' in search) lines.push(`${result.entries}: search skipped: ${search.skipped}`);
    else if (search) {
      lines.push(
        `${result.entries}: searched "${search.word}" (in ${search.entriesWithWord} bodies): "${search.status}", ` +
          `${search.requests} requests, ${fixed(search.bytes / 1024)} KB as sent (${fixed(search.bodyBytes / 1024)} KB ` +
          `uncompressed), ${fixed(search.pagefindBytes / 1024)} KB of it Pagefind` +
          (search.bytesByKind
            ? ` (${Object.entries(search.bytesByKind)
                .map(([kind, bytes]) => `${kind} ${fixed(bytes / 1024)}`)
                .join(', ')} KB)`
            : ''),
      );
      for (const run of search.warm ?? []) {
        lines.push(
          `${result.entries}: typed "${run.query}" on the warm page: results ${fixed(run.renderMs, 0)} ms after the ` +
            `last keystroke, "${run.status}", list emptied ${run.emptied} time(s) while typing`,
        );
      }
    }
    const peers = result.peers;
    if (peers && 'skipped' in peers) lines.push(`${result.entries}: Hugo and bare Astro skipped: ${peers.skipped}`);
    else if (peers) {
      for (const [name, peer] of [
        ['Hugo', peers.hugo],
        ['bare Astro', peers.bareAstro],
      ] as const) {
        lines.push(`${result.entries}: ${name}: ${'skipped' in peer ? peer.skipped : peer.version}`);
      }
    }
    if (result.dev && 'skipped' in result.dev) lines.push(`${result.entries}: dev server: ${result.dev.skipped}`);
    if (result.satteri && 'skipped' in result.satteri) {
      lines.push(`${result.entries}: Sätteri skipped: ${result.satteri.skipped}`);
    }
    if (result.rebuild && !result.rebuild.changeVisible) {
      lines.push(`${result.entries}: the rebuild did not show the edit to ${result.rebuild.entry}`);
    }
    if (result.failure) lines.push(`${result.entries}: ${result.failure}`);
    return lines;
  });
}

/** The rounds table with its explanation, when there is one. */
const withRounds = (rounds: string | undefined) =>
  rounds
    ? [
        'Rounds (`--rounds`): round 1 is the measurement above; each further round built ours cold, ours after one ' +
          'edit, Hugo cold and bare Astro cold one right after the other. Ratios are taken within a round; the last ' +
          'row is the median of each column.',
        '',
        rounds,
        '',
      ]
    : [];

/** The whole results.md: machine, code, corpus, both tables and the notes. */
export function resultsMarkdown(run: {
  machine: string;
  code: string;
  seed: number;
  bodyWords: number;
  results: SizeResult[];
}): string {
  return [
    '# Benchmark',
    '',
    `Machine: ${run.machine}. Site code: ${run.code}.`,
    '',
    `Synthetic corpora (seed ${run.seed}, 30% practices, 30% dilemmas, 20% assumptions, 20% proposals, bodies of ` +
      `median ${run.bodyWords} words) built with the real pipeline in bench/.tmp/site-<n>/. ` +
      'Pages are index.html files in dist/; peak MB is the resident memory of the whole build process tree; ' +
      'entry JS bytes are uncompressed; search is a cold visit to /zoeken/?q=<common word> in headless Chromium, ' +
      'then other words typed on that page one key every 80 ms (warm: from the last keystroke to the final results shown).',
    '',
    'Our build time as a multiple of other generators building the same bodies in the same run (Hugo: one page ' +
      'per entry, permanent links and former URLs as aliases, section lists; bare Astro: no integration, default ' +
      'Markdown processor, one page per entry). Rebuild: after the same one-entry edit, every cache kept.',
    '',
    ratioTable(run.results),
    '',
    ...withRounds(roundsTable(run.results)),
    table(run.results),
    '',
    '`npm run dev` in the built site folder: from start until the edited entry’s page is served, then from saving ' +
      'an edit to it until the served page shows the edit.',
    '',
    devTable(run.results),
    '',
    'Seconds and peak memory (MB, whole process tree) per phase, from the arrival of Astro’s log lines (setup includes the integrity check; after pages includes the Pagefind index):',
    '',
    phaseTable(run.results),
    '',
    ...notes(run.results).map((note) => `- ${note}`),
    '',
  ].join('\n');
}
