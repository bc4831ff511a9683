/**
 * Everything measured for one corpus size: generate, check, cold build, site sizes, search, Sätteri
 * build, a one-entry rebuild, the same corpus built by Hugo and by bare Astro, and the dev server.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContentTree } from '../src/lib/content/tree.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { entryUrl } from '../src/lib/site/urls.ts';
import { siteConfig } from '../src/site.config.ts';
import { chromiumPath } from '../tests/helpers/browser.ts';
import { build, tail, withoutLines, type BuildRun } from './build-run.ts';
import { measureDevLoop, type DevRun } from './dev-loop.ts';
import { EDIT_MARKER, editEntry, measurePeers, type PeerResult } from './peers.ts';
import { measureRounds, type Round } from './rounds.ts';
import { commonWords, measureSearch, type SearchRun } from './search.ts';
import { benchDir, prepareSite, remove } from './site.ts';
import { measureSite, type SiteSizes } from './site-sizes.ts';
import { generateCorpus } from './synthetic-content.ts';

/** What was measured for one size. */
export interface SizeResult {
  entries: number;
  /** The machine's one-minute load average before this size; the CPU may be shared. */
  loadAtStart: number;
  byKind: Record<string, number>;
  generateSeconds: number;
  /** `npm run check`'s integrity check on the corpus, in this process. */
  checkSeconds: number;
  build: Omit<BuildRun, 'lines'>;
  site?: SiteSizes;
  search?: SearchRun | { skipped: string };
  satteri?: Omit<BuildRun, 'lines'> | { skipped: string };
  rebuild?: Omit<BuildRun, 'lines'> & { entry: string; changeVisible: boolean };
  /** The same bodies built by Hugo and by bare Astro, cold and after the same edit. */
  peers?: { hugo: PeerResult; bareAstro: PeerResult } | { skipped: string };
  /** `npm run dev`: start-up and save → changed page served. */
  dev?: DevRun | { skipped: string };
  /** Rounds after the first (`--rounds`): cold builds of ours, Hugo and bare Astro and our rebuild, one after the other. */
  rounds?: Round[];
  failure?: string;
}

/** How to measure: the corpus's seed and vocabulary, which parts to run and when to stop a build. */
export interface SizeOptions {
  seed: number;
  vocabulary: { themes: string[]; laws: string[]; bodyWords: number };
  /** A build still running after this many milliseconds is stopped. */
  buildTimeoutMs: number;
  browser: boolean;
  satteri: boolean;
  peers: boolean;
  dev: boolean;
  astroVersion: string;
  /** Rounds of cold builds and rebuild (./rounds.ts); 1 is the main measurement alone. */
  rounds: number;
}

/** Generates a corpus of `size` entries in bench/.tmp/site-<size>/ and measures it. */
export async function benchSize(size: number, options: SizeOptions): Promise<SizeResult> {
  const { seed, vocabulary, buildTimeoutMs } = options;
  const label = `site-${size}`;
  const root = path.join(benchDir, label);
  console.error(`\n── ${size} entries ─────────────────────────────`);

  const loadAtStart = os.loadavg()[0] ?? 0;
  let started = performance.now();
  const corpus = generateCorpus({ size, seed, ...vocabulary });
  prepareSite(root, corpus);
  const generateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const problems = checkContent(readContentTree(path.join(root, 'content'), 'content'), {
    personalData: { allow: siteConfig.personalData.allow },
  });
  const checkSeconds = (performance.now() - started) / 1000;
  const byKind = Object.fromEntries(
    ['practice', 'dilemma', 'assumption', 'proposal'].map((kind) => [
      kind,
      corpus.filter((entry) => entry.kind === kind).length,
    ]),
  );
  console.error(
    `generated in ${generateSeconds.toFixed(1)} s; integrity check ${checkSeconds.toFixed(1)} s, ${problems.length} problem(s)`,
  );

  console.error('cold build (unified + remark-gfm) …');
  const cold = await build(root, `${size}-cold`, buildTimeoutMs);
  const result: SizeResult = {
    entries: size,
    loadAtStart,
    byKind,
    generateSeconds,
    checkSeconds,
    build: withoutLines(cold),
  };
  if (cold.exitCode !== 0) {
    result.failure = `build ${cold.timedOut ? 'timed out' : `exited with ${cold.exitCode}`}:\n${tail(cold)}`;
    console.error(result.failure);
    return result;
  }
  console.error(`  ${cold.seconds.toFixed(1)} s, peak ${cold.peakMB?.toFixed(0) ?? '?'} MB`);
  result.site = measureSite(root, corpus);

  if (!options.browser) result.search = { skipped: '--no-browser' };
  else if (!existsSync(chromiumPath)) {
    result.search = { skipped: `no Chromium at ${chromiumPath} (set CHROMIUM_PATH)` };
  } else {
    console.error('search in Chromium …');
    // The most common word cold; then, typed on the warm page, two other words and a query of two more.
    const [first, ...others] = commonWords(
      corpus.filter((entry) => entry.status === 'gepubliceerd'),
      5,
    );
    const warm = [others[0]?.word, others[1]?.word, others[2] && others[3] && `${others[2].word} ${others[3].word}`];
    try {
      result.search = await measureSearch(
        root,
        first!.word,
        first!.entries,
        warm.filter((query) => !!query) as string[],
      );
    } catch (error) {
      result.search = { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }

  if (!options.satteri) result.satteri = { skipped: '--no-satteri' };
  else {
    console.error('cold build with Sätteri …');
    const satteriRoot = path.join(benchDir, `${label}-satteri`);
    prepareSite(satteriRoot, path.join(root, 'content'));
    const satteri = await build(satteriRoot, `${size}-satteri`, buildTimeoutMs, { KENNISBANK_MARKDOWN: 'satteri' });
    result.satteri =
      satteri.exitCode === 0
        ? withoutLines(satteri)
        : { skipped: `build failed (${satteri.exitCode}):\n${tail(satteri)}` };
    remove(satteriRoot);
  }

  // Edit one published dilemma (the last) and build again in the same folder, keeping every cache.
  const edited =
    corpus.filter((entry) => entry.kind === 'dilemma' && entry.status === 'gepubliceerd').at(-1) ?? corpus[0];
  if (!options.peers) result.peers = { skipped: '--no-peers' };
  else result.peers = await measurePeers(size, corpus, edited, buildTimeoutMs, options.astroVersion);
  if (edited) {
    console.error(`rebuild after editing ${edited.id} …`);
    const file = path.join(root, 'content', edited.path);
    editEntry(file, EDIT_MARKER);
    const rebuild = await build(root, `${size}-rebuild`, buildTimeoutMs);
    const page = path.join(root, 'dist', entryUrl(edited.kind, edited.slug), 'index.html');
    result.rebuild = {
      ...withoutLines(rebuild),
      entry: edited.id,
      changeVisible: existsSync(page) && readFileSync(page, 'utf8').includes(EDIT_MARKER),
    };
    console.error(`  ${rebuild.seconds.toFixed(1)} s`);
    if (!options.dev) result.dev = { skipped: '--no-dev' };
    else {
      console.error('npm run dev: start-up, then save → changed page served …');
      try {
        result.dev = await measureDevLoop(root, entryUrl(edited.kind, edited.slug), file, buildTimeoutMs);
        console.error(
          `  start-up ${result.dev.startSeconds.toFixed(1)} s, save → served ${result.dev.saveToServedSeconds?.toFixed(1)} s`,
        );
      } catch (error) {
        result.dev = { skipped: `failed: ${(error as Error).message}` };
      }
    }
  }
  if (options.rounds > 1) {
    const file = edited && path.join(root, 'content', edited.path);
    result.rounds = await measureRounds(root, size, corpus, file, options.rounds - 1, {
      timeoutMs: buildTimeoutMs,
      peers: options.peers,
    });
  }
  return result;
}
