/**
 * What earlier versions of entries cost (`npm run bench -- --versions 10000`): a synthetic corpus
 * given a git history of three versions of every published entry (two edits, each with a new
 * `updated` date, a change note and a changed word), built cold without that history (only the
 * current version of each entry gets a version page), cold with it, and again unchanged (every
 * version page comes from the incremental build's cache). Also times reading the history from git.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readEntryVersions } from '../src/lib/content/versions.ts';
import { readContentTree } from '../src/lib/content/tree.ts';
import { build, withoutLines, type BuildRun } from './build-run.ts';
import { benchDir, prepareSite, remove } from './site.ts';
import { generateCorpus, type SyntheticEntry } from './synthetic-content.ts';

/** The two later versions of each published entry: their dates and the word each one changes. */
const EDITS = [
  { date: '2026-11-10', note: 'Een woord in de toelichting aangepast.', word: 'herzien' },
  { date: '2026-11-20', note: 'Nog een woord in de toelichting aangepast.', word: 'opnieuw' },
] as const;

/** What the versions cost at one size. */
export interface VersionsResult {
  entries: number;
  versionPages: number;
  historySeconds: number;
  withoutHistory: Omit<BuildRun, 'lines'>;
  withHistory: Omit<BuildRun, 'lines'>;
  unchanged: Omit<BuildRun, 'lines'>;
  /** Version pages the unchanged build took from the cache / rendered. */
  unchangedCached: number;
  unchangedRendered: number;
}

const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
};

/** An entry file with a later `updated` date, a change note for it, and one word of its body replaced. */
function edited(entry: SyntheticEntry, edit: (typeof EDITS)[number]): string {
  const changes = Array.isArray(entry.data['changes']) ? (entry.data['changes'] as unknown[]) : [];
  entry.data = { ...entry.data, updated: edit.date, changes: [...changes, { date: edit.date, note: edit.note }] };
  entry.body = entry.body.replace(/\b([a-z]{6,})\b/, edit.word);
  return `---\n${yaml.dump(entry.data, { lineWidth: -1, noRefs: true })}---\n\n${entry.body}`;
}

/** Builds one corpus without and with a history of three versions per published entry, and once more unchanged. */
export async function benchVersions(
  size: number,
  options: {
    seed: number;
    vocabulary: { themes: string[]; laws: string[]; bodyWords: number };
    buildTimeoutMs: number;
  },
): Promise<VersionsResult> {
  const root = path.join(benchDir, `versions-${size}`);
  const content = path.join(root, 'content');
  console.error(`\n── versions: ${size} entries, three versions of each published one ──`);
  const corpus = generateCorpus({ size, seed: options.seed, ...options.vocabulary });
  prepareSite(root, corpus);
  // bench/.tmp is ignored by the project's git: without a repository of its own the site has no history.
  console.error('cold build without history …');
  const withoutHistory = await build(root, `versions-${size}-without-history`, options.buildTimeoutMs);

  remove(path.join(root, 'dist'));
  remove(path.join(root, 'node_modules'));
  remove(path.join(root, '.astro'));
  git(root, 'init', '--quiet');
  git(root, 'add', 'content');
  git(root, 'commit', '--quiet', '-m', 'Versie 1');
  const published = corpus.filter((entry) => entry.status === 'gepubliceerd');
  for (const edit of EDITS) {
    for (const entry of published) writeFileSync(path.join(content, entry.path), edited(entry, edit));
    git(root, 'commit', '--quiet', '-am', `Versie van ${edit.date}`);
  }
  let started = performance.now();
  const versions = readEntryVersions(content, readContentTree(content, 'content'));
  const historySeconds = (performance.now() - started) / 1000;
  const versionPages = [...versions.byId.values()].reduce((sum, list) => sum + list.length, 0);
  console.error(`history read from git in ${historySeconds.toFixed(1)} s: ${versionPages} versions`);

  console.error('cold build with history …');
  started = performance.now();
  const withHistory = await build(root, `versions-${size}-with-history`, options.buildTimeoutMs);
  console.error(`… ${((performance.now() - started) / 1000).toFixed(1)} s; again, unchanged …`);
  const unchanged = await build(root, `versions-${size}-unchanged`, options.buildTimeoutMs);
  const versionLines = unchanged.lines.filter((line) => /\/versies\/\d{4}-\d{2}-\d{2}\/index\.html/.test(line.text));
  const result: VersionsResult = {
    entries: size,
    versionPages: countVersionPages(path.join(root, 'dist')),
    historySeconds,
    withoutHistory: withoutLines(withoutHistory),
    withHistory: withoutLines(withHistory),
    unchanged: withoutLines(unchanged),
    unchangedCached: versionLines.filter((line) => line.text.includes('(cached)')).length,
    unchangedRendered: versionLines.filter((line) => !line.text.includes('(cached)')).length,
  };
  writeFileSync(path.join(benchDir, `versions-${size}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** The version pages in a built site. */
function countVersionPages(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /(?:^|\/)versies\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(file.split(path.sep).join('/')),
  ).length;
}

/** The result as a short Markdown report. */
export function versionsMarkdown(result: VersionsResult): string {
  const seconds = (run: { seconds: number }) => `${run.seconds.toFixed(1)} s`;
  const peak = (run: { peakMB: number | null }) => (run.peakMB === null ? 'n/a' : `${Math.round(run.peakMB)} MB`);
  return [
    `## Versions at ${result.entries.toLocaleString('en')} entries`,
    '',
    `${result.versionPages.toLocaleString('en')} version pages (three versions of every published entry); history read from git in ${result.historySeconds.toFixed(1)} s.`,
    '',
    '| build | time | peak memory | exit |',
    '| --- | --- | --- | --- |',
    `| cold, no history (current versions only) | ${seconds(result.withoutHistory)} | ${peak(result.withoutHistory)} | ${result.withoutHistory.exitCode} |`,
    `| cold, three versions each | ${seconds(result.withHistory)} | ${peak(result.withHistory)} | ${result.withHistory.exitCode} |`,
    `| again, nothing changed | ${seconds(result.unchanged)} | ${peak(result.unchanged)} | ${result.unchanged.exitCode} |`,
    '',
    `Unchanged build: ${result.unchangedCached} version pages from the cache, ${result.unchangedRendered} rendered.`,
    '',
  ].join('\n');
}
