/**
 * Search before and after in one run: the same cold visit and warm typing as the benchmark, on two
 * built sites in turn (for example the same corpus built by the code before and after a change), so
 * that both meet the same load on a shared machine. Prints a Markdown table of medians.
 *
 *   node_modules/.bin/node bench/compare-search.ts --before <site folder> --after <site folder> \
 *     --word middenklasse --warm toestemming,diversiteit,"organisatie telefoon" --rounds 3
 */
import { parseArgs } from 'node:util';
import { measureSearch, type SearchRun } from './search.ts';
import { median } from './synthetic-text.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    word: { type: 'string', default: 'middenklasse' },
    warm: { type: 'string', default: 'toestemming,diversiteit,organisatie telefoon' },
    rounds: { type: 'string', default: '3' },
  },
});
if (!values.before || !values.after) {
  console.error('--before and --after: the folders of two built sites (with dist/ and content/).');
  process.exit(2);
}
const sites = { before: values.before, after: values.after };
const warm = values.warm.split(',').filter(Boolean);
const runs: Record<keyof typeof sites, SearchRun[]> = { before: [], after: [] };

for (let round = 1; round <= Number(values.rounds); round++) {
  // Alternate which goes first, so neither always meets a cold disk cache or a busier minute.
  const order = (round % 2 === 1 ? ['before', 'after'] : ['after', 'before']) as (keyof typeof sites)[];
  for (const name of order) {
    const run = await measureSearch(sites[name], values.word, 0, warm);
    runs[name].push(run);
    console.error(
      `round ${round}, ${name}: first results ${run.firstResultMs.toFixed(0)} ms, ${(run.bytes / 1024).toFixed(1)} KB, ` +
        `${run.requests} requests; warm ${(run.warm ?? []).map((typed) => `${typed.renderMs.toFixed(0)} ms`).join(', ')}`,
    );
  }
}

const row = (name: keyof typeof sites) => {
  const all = runs[name];
  const warmMs = all.flatMap((run) => (run.warm ?? []).map((typed) => typed.renderMs));
  const emptied = all.flatMap((run) => (run.warm ?? []).map((typed) => typed.emptied));
  const kinds = Object.keys(all[0]?.bytesByKind ?? {}).sort();
  return [
    name,
    median(all.map((run) => run.firstResultMs)).toFixed(0),
    (median(all.map((run) => run.bytes)) / 1024).toFixed(1),
    String(median(all.map((run) => run.requests))),
    median(warmMs).toFixed(0),
    Math.max(...warmMs).toFixed(0),
    String(emptied.reduce((sum, count) => sum + count, 0)),
    kinds
      .map((kind) => `${kind} ${(median(all.map((run) => run.bytesByKind?.[kind] ?? 0)) / 1024).toFixed(1)}`)
      .join(', '),
  ];
};
const header = [
  'site',
  'first results ms (cold, median)',
  'KB fetched',
  'requests',
  'keystroke to results ms (warm, median)',
  'warm, slowest',
  'list emptied while typing',
  'KB per kind of file',
];
console.log(
  [
    `Searched "${values.word}" cold, then typed ${warm.map((query) => `"${query}"`).join(', ')}; ${values.rounds} rounds each, alternating.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    `| ${row('before').join(' | ')} |`,
    `| ${row('after').join(' | ')} |`,
  ].join('\n'),
);
