/**
 * The benchmark's main run: measures how the site scales. Generates synthetic corpora (default 1,000,
 * 5,000 and 10,000 entries), builds each with the real pipeline in bench/.tmp/site-<n>/ and reports build
 * time, peak memory, output sizes, entry page weight, search cost in a real browser, a Sätteri build,
 * a one-entry rebuild, the same bodies built by Hugo and by bare Astro (our times as a multiple of
 * theirs) and the dev server's start-up and save → served times. Only measures; never fails on a
 * number. Results: stdout, bench/.tmp/results.json and results.md.
 *
 *   npm run bench -- --sizes 200,1000 --no-satteri --no-browser --no-peers --no-dev --seed 1
 *
 * `--versions 10000` measures only what earlier versions of entries cost, at that size (./versions.ts).
 * `--rounds 3` builds ours, Hugo and bare Astro cold twice more (and our rebuild) and reports the
 * median of the ratios of each round (./rounds.ts): on a shared machine one run can be a quarter off.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree } from '../src/lib/content/tree.ts';
import { benchSize, type SizeOptions, type SizeResult } from './one-size.ts';
import { resultsMarkdown } from './report.ts';
import { benchVersions, versionsMarkdown } from './versions.ts';
import { benchDir, projectRoot, SITE_FILES, snapshotSiteCode } from './site.ts';
import { countWords, median } from './synthetic-text.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    seed: { type: 'string', default: '1' },
    'no-satteri': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    /** Leave out the Hugo and bare Astro builds of the same bodies. */
    'no-peers': { type: 'boolean', default: false },
    /** Leave out the dev server's start-up and save → served times. */
    'no-dev': { type: 'boolean', default: false },
    /** Measure only the cost of earlier versions, at this size (./versions.ts). */
    versions: { type: 'string' },
    /** Rounds of cold builds (ours, Hugo, bare Astro) and our rebuild, one after the other, for the median of their ratios (./rounds.ts). */
    rounds: { type: 'string', default: '1' },
    /** Minutes before a build is stopped. */
    timeout: { type: 'string', default: '20' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.replace(/[_\s]/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 4)) {
  console.error(`--sizes "${values.sizes}": expected whole numbers of at least 4, separated by commas.`);
  process.exit(2);
}
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds "${values.rounds}": expected a whole number of at least 1.`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed "${values.seed}": expected a whole number.`);
  process.exit(2);
}

const real = readContentTree(path.join(projectRoot, 'content'));
const keysOf = (data: unknown) => (data && typeof data === 'object' ? Object.keys(data) : []);
const vocabulary = {
  themes: keysOf(real.themes?.data),
  laws: keysOf(real.laws?.data),
  bodyWords: Math.round(median(real.entries.map((entry) => countWords(entry.body)))),
};
const astroVersion = (
  JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const options: SizeOptions = {
  seed,
  vocabulary,
  buildTimeoutMs: Number(values.timeout) * 60_000,
  browser: !values['no-browser'],
  satteri: !values['no-satteri'],
  peers: !values['no-peers'],
  dev: !values['no-dev'],
  astroVersion,
  rounds,
};
const cpus = os.cpus();
/** The commit the site's code comes from, and whether it had uncommitted changes. */
const git = (args: string[]) => spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).stdout?.trim() ?? '';
const commit = git(['rev-parse', '--short', 'HEAD']);
const code = commit
  ? `${commit}${git(['status', '--porcelain', '--', ...SITE_FILES]) ? ' with uncommitted changes' : ''}`
  : 'unknown';
const machine =
  `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ` +
  `${os.type()} ${os.release()}, Node ${process.version}, Astro ${astroVersion}; ` +
  `load average ${os.loadavg()[0]?.toFixed(2)} at start`;

snapshotSiteCode();
console.error(
  `Benchmark: sizes ${sizes.join(', ')}, seed ${seed}; bodies of median ${vocabulary.bodyWords} words ` +
    `(like the ${real.entries.length} real entries), ${vocabulary.themes.length} themes, ${vocabulary.laws.length} laws.`,
);

if (values.versions) {
  const markdown = versionsMarkdown(await benchVersions(Number(values.versions), options));
  writeFileSync(path.join(benchDir, 'versions.md'), markdown);
  console.log(`\n${markdown}`);
  process.exit(0);
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size, options));

const markdown = resultsMarkdown({ machine, code, seed, bodyWords: vocabulary.bodyWords, results });
writeFileSync(
  path.join(benchDir, 'results.json'),
  `${JSON.stringify({ machine, code, date: new Date().toISOString(), seed, vocabulary, results }, null, 2)}\n`,
);
writeFileSync(path.join(benchDir, 'results.md'), markdown);
console.log(`\n${markdown}`);
console.log(`Written: ${path.relative(projectRoot, path.join(benchDir, 'results.md'))} and results.json`);

const failed = results.filter((result) => result.failure);
if (failed.length > 0) {
  console.error(
    `${failed.length} build(s) failed; see the logs in bench/.tmp/logs/. Run \`npm run check -- --content-dir bench/.tmp/site-<n>/content\` to see content problems.`,
  );
  process.exitCode = 1;
}
