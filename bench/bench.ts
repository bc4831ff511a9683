/**
 * Measures how the site scales: generates synthetic corpora (default 1,000, 5,000 and 10,000 entries),
 * builds each with the real pipeline in bench/.tmp/site-<n>/ and reports build time, peak memory,
 * output sizes, entry page weight, search cost in a real browser, a Sätteri build and a one-entry rebuild.
 * Only measures; never fails on a number. Results: stdout, bench/.tmp/results.json and results.md.
 *
 *   npm run bench -- --sizes 200,1000 --no-satteri --no-browser --seed 1
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { readContentTree, REGISTRY_FILE, VOCABULARY_FILES } from '../src/lib/content/tree.ts';
import { entryUrl } from '../src/lib/site/urls.ts';
import { checkContent, updatedRegistry } from '../src/lib/content/check.ts';
import { countWords, generateCorpus, median, type SyntheticEntry } from './synthetic-content.ts';
import { siteConfig } from '../src/site.config.ts';
import { chromiumPath, freePort, launchBrowser } from '../tests/helpers/browser.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    seed: { type: 'string', default: '1' },
    'no-satteri': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    /** Minutes before a build is stopped. */
    timeout: { type: 'string', default: '20' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.replace(/[_\s]/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 4)) {
  console.error(`--sizes "${values.sizes}": expected whole numbers of at least 4, separated by commas.`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed "${values.seed}": expected a whole number.`);
  process.exit(2);
}
const buildTimeout = Number(values.timeout) * 60_000;

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const benchDir = path.join(projectRoot, 'bench/.tmp');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const indexScript = path.join(projectRoot, 'scripts/build-search-index.ts');
const canSampleMemory = existsSync('/proc/self/status');
/** The site's code, copied once at the start so that every build of a run uses the same code. */
const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'src', 'public'];
const snapshot = path.join(benchDir, 'source');

// ---------------------------------------------------------------------------------------------
// Child processes: each in its own process group, all stopped when the benchmark ends.

const children = new Set<ChildProcess>();

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  children.forEach((child) => stop(child, 'SIGKILL'));
  rmSync(snapshot, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping ${children.size} child process(es).`);
    children.forEach((child) => stop(child));
    process.exit(130);
  });
}

function start(args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_PREVIEW_BACKGROUND: '0',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  };
  // Synthetic text is no place to look for real names.
  delete childEnv['KENNISBANK_NAMES_FILE'];
  if (!env['KENNISBANK_MARKDOWN']) delete childEnv['KENNISBANK_MARKDOWN'];
  // `build` runs as `npm run build` does: Astro, then the search index once Astro has exited.
  const [command, commandArgs] =
    args[0] === 'build'
      ? [
          'sh',
          ['-c', `"${process.execPath}" "${astroBin}" build && "${process.execPath}" "${indexScript}" --dist dist`],
        ]
      : [process.execPath, [astroBin, ...args]];
  const child = spawn(command, commandArgs, {
    cwd,
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

// ---------------------------------------------------------------------------------------------
// Memory: the resident set of a process and all its descendants, from /proc.

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function treeRssKb(root: number): number {
  let total = 0;
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKb(pid);
    stack.push(...childPids(pid));
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// Builds

interface LogLine {
  /** Seconds since the build started. */
  at: number;
  text: string;
}

interface BuildRun {
  seconds: number;
  /** Peak resident memory of the whole process tree, MB; null where /proc is missing. */
  peakMB: number | null;
  exitCode: number | null;
  timedOut: boolean;
  /** Where the timestamped output is kept. */
  logFile: string;
  phases: Phases;
  /** Peak resident memory of the process tree within each phase, MB. */
  phasePeakMB: Record<keyof Phases, number | null>;
  lines: LogLine[];
}

/** Runs `astro build` in `root`, timing it and sampling the memory of its process tree every 150 ms. */
function build(root: string, label: string, env: Record<string, string> = {}): Promise<BuildRun> {
  const started = performance.now();
  const child = start(['build'], root, env);
  const lines: LogLine[] = [];
  let peakKb = 0;
  const memory: { at: number; kb: number }[] = [];
  const sample = () => {
    if (!canSampleMemory || child.pid === undefined) return;
    const kb = treeRssKb(child.pid);
    peakKb = Math.max(peakKb, kb);
    memory.push({ at: (performance.now() - started) / 1000, kb });
  };
  const sampler = setInterval(sample, 150);
  sample();
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    });
    stream?.on('end', () => rest && lines.push({ at: (performance.now() - started) / 1000, text: rest }));
  };
  collect(child.stdout);
  collect(child.stderr);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop(child);
    setTimeout(() => stop(child, 'SIGKILL'), 5000).unref();
  }, buildTimeout);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const phases = phasesOf(lines, seconds);
      const logFile = path.join(benchDir, 'logs', `${label}.log`);
      mkdirSync(path.dirname(logFile), { recursive: true });
      writeFileSync(logFile, lines.map((line) => `[${line.at.toFixed(1).padStart(6)}s] ${line.text}`).join('\n'));
      resolve({
        seconds,
        peakMB: canSampleMemory ? peakKb / 1024 : null,
        exitCode: code,
        timedOut,
        logFile: path.relative(projectRoot, logFile),
        phases,
        phasePeakMB: phasePeaks(lines, seconds, memory),
        lines,
      });
    });
  });
}

/** Seconds spent in each phase, from when Astro's log lines arrived. */
interface Phases {
  /** Start-up, config and the integrity check, until the content layer starts syncing. */
  setup: number | null;
  /** Content layer sync (loading and rendering every entry). */
  contentSync: number | null;
  /** Vite bundling of the server and client code. */
  bundle: number | null;
  /** Rendering every page to HTML. */
  staticGeneration: number | null;
  /** From the last page to the end: sitemap, registry check, and the Pagefind index after Astro exits. */
  afterPages: number | null;
}

/** Where each phase starts and ends, in seconds since the build started. */
function phaseSpans(lines: LogLine[], total: number): Record<keyof Phases, [number | null, number | null]> {
  const at = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.at ?? null;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const pagesStart = at(/generating static routes/);
  const pagesEnd = (() => {
    const index = lines.findIndex((line) => /generating static routes/.test(line.text));
    return index < 0 ? null : (lines.slice(index).find((line) => /Completed in/.test(line.text))?.at ?? null);
  })();
  return {
    setup: [0, syncStart],
    contentSync: [syncStart, syncEnd],
    bundle: [syncEnd, pagesStart],
    staticGeneration: [pagesStart, pagesEnd],
    afterPages: [pagesEnd, total],
  };
}

function phasesOf(lines: LogLine[], total: number): Phases {
  const spans = Object.entries(phaseSpans(lines, total)).map(([phase, [from, to]]) => [
    phase,
    from !== null && to !== null ? to - from : null,
  ]);
  return Object.fromEntries(spans) as unknown as Phases;
}

function phasePeaks(
  lines: LogLine[],
  total: number,
  memory: { at: number; kb: number }[],
): Record<keyof Phases, number | null> {
  const spans = Object.entries(phaseSpans(lines, total)).map(([phase, [from, to]]) => {
    if (from === null || to === null || memory.length === 0) return [phase, null];
    return [phase, Math.max(0, ...memory.filter(({ at }) => at >= from && at <= to).map(({ kb }) => kb)) / 1024];
  });
  return Object.fromEntries(spans) as Record<keyof Phases, number | null>;
}

// ---------------------------------------------------------------------------------------------
// The built site

function walk(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name));
}

const bytesOf = (files: string[]) => files.reduce((total, file) => total + statSync(file).size, 0);

/** Attributes of every tag `name` in a page, with the tag's inner text for scripts. */
function tags(html: string, name: string): { attributes: Record<string, string>; inner: string }[] {
  const pattern =
    name === 'script' ? /<script\b([^>]*)>([\s\S]*?)<\/script>/gi : new RegExp(`<${name}\\b([^>]*)>()`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({
    attributes: Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((attribute) => [
        (attribute[1] ?? '').toLowerCase(),
        attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
      ]),
    ),
    inner: match[2] ?? '',
  }));
}

/** Site-absolute modules a script imports statically (`import … from "/_astro/x.js"`, `import "/x.js"`). */
const importsOf = (code: string) =>
  [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\/[^"']+\.m?js)["']/g)].map((match) => match[1] as string);

interface PageWeight {
  /** Gzipped HTML plus the gzipped CSS files it links. */
  gzipBytes: number;
  /** External scripts (and what they import) plus inline module scripts, uncompressed. */
  jsBytes: number;
}

function pageWeight(dist: string, url: string): PageWeight {
  const html = readFileSync(path.join(dist, url, 'index.html'));
  const text = html.toString('utf8');
  const fileOf = (href: string) => path.join(dist, decodeURI(href.split(/[?#]/)[0] ?? ''));
  const css = tags(text, 'link')
    .filter(({ attributes }) => attributes['rel']?.split(/\s+/).includes('stylesheet') && attributes['href'])
    .map(({ attributes }) => fileOf(attributes['href'] as string))
    .filter((file) => existsSync(file));
  const gzipBytes = gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

  let jsBytes = 0;
  const loaded = new Set<string>();
  const load = (href: string) => {
    const file = fileOf(href);
    if (loaded.has(file) || !existsSync(file)) return;
    loaded.add(file);
    const code = readFileSync(file, 'utf8');
    jsBytes += Buffer.byteLength(code);
    importsOf(code).forEach(load);
  };
  for (const { attributes, inner } of tags(text, 'script')) {
    const type = attributes['type'] ?? '';
    if (attributes['src']) load(attributes['src']);
    else if (type === 'module' || type === '' || type === 'text/javascript') {
      jsBytes += Buffer.byteLength(inner);
      importsOf(inner).forEach(load);
    }
  }
  return { gzipBytes, jsBytes };
}

interface SiteSizes {
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  entryPages: { sampled: number; medianGzipBytes: number; medianJsBytes: number; maxJsBytes: number };
}

function measureSite(root: string, corpus: SyntheticEntry[]): SiteSizes {
  const dist = path.join(root, 'dist');
  const files = walk(dist);
  const pagefind = path.join(dist, 'pagefind');
  const shown = corpus.filter((entry) => entry.status === 'gepubliceerd');
  // At most 200 entry pages, spread evenly over the corpus.
  const step = Math.max(1, Math.floor(shown.length / 200));
  const sample = shown.filter((_, index) => index % step === 0).slice(0, 200);
  const weights = sample.map((entry) => pageWeight(dist, entryUrl(entry.kind, entry.slug)));
  return {
    pages: files.filter((file) => path.basename(file) === 'index.html').length,
    distBytes: bytesOf(files),
    pagefindBytes: existsSync(pagefind) ? bytesOf(walk(pagefind)) : 0,
    entryPages: {
      sampled: weights.length,
      medianGzipBytes: median(weights.map((weight) => weight.gzipBytes)),
      medianJsBytes: median(weights.map((weight) => weight.jsBytes)),
      maxJsBytes: Math.max(...weights.map((weight) => weight.jsBytes)),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Search in a real browser

/** Serves a built site with `astro preview` (which checks all content first) until `stop()`. */
async function preview(root: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = start(['preview', '--port', String(port), '--host', '127.0.0.1'], root);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => stop(child) };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  stop(child);
  throw new Error(`astro preview did not answer on ${url}:\n${output.slice(-2000)}`);
}

interface SearchRun {
  word: string;
  /** Entries whose body contains the word (the corpus's most common long word). */
  entriesWithWord: number;
  /** Response bodies as sent (compressed where the server compresses) for everything the search page loaded. */
  bytes: number;
  /** The same, uncompressed. */
  bodyBytes: number;
  /** Of `bytes`: Pagefind's scripts, WebAssembly, index, filters and fragments. */
  pagefindBytes: number;
  requests: number;
  /** From navigation start to the first `#search-results .result`. */
  firstResultMs: number;
  status: string;
}

async function measureSearch(root: string, word: string, entriesWithWord: number): Promise<SearchRun> {
  const server = await preview(root);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    // Context events include Pagefind's Web Worker, whose fetches a page-level CDP session does not see.
    const inflight = new Set<Request>();
    const sizes: Promise<{ url: string; wire: number; body: number }>[] = [];
    let lastActivity = Date.now();
    context.on('request', (request) => {
      inflight.add(request);
      lastActivity = Date.now();
    });
    context.on('requestfailed', (request) => {
      inflight.delete(request);
      lastActivity = Date.now();
    });
    context.on('requestfinished', (request) => {
      inflight.delete(request);
      lastActivity = Date.now();
      sizes.push(
        Promise.all([request.sizes(), request.response().then((response) => response?.body())]).then(
          ([size, body]) => ({ url: request.url(), wire: size.responseBodySize, body: body?.length ?? 0 }),
        ),
      );
    });
    // Notes the moment the first result appears, in the page's own clock (0 = navigation start).
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (document.querySelector('#search-results .result')) {
        window.__firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(word)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#search-results .result', { timeout: 120_000 });
    const firstResultMs = Number(await page.evaluate('window.__firstResult'));
    // Let the rest of the first page of results arrive: no request in flight for half a second.
    const quietBy = Date.now() + 30_000;
    while (Date.now() < quietBy && (inflight.size > 0 || Date.now() - lastActivity < 500)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const status = (await page.locator('#search-status').textContent())?.trim() ?? '';
    const fetched = await Promise.all(sizes);
    const sum = (items: typeof fetched, key: 'wire' | 'body') => items.reduce((total, item) => total + item[key], 0);
    const pagefind = fetched.filter((item) => new URL(item.url).pathname.startsWith('/pagefind/'));
    return {
      word,
      entriesWithWord,
      bytes: sum(fetched, 'wire'),
      bodyBytes: sum(fetched, 'body'),
      pagefindBytes: sum(pagefind, 'wire'),
      requests: fetched.length,
      firstResultMs,
      status,
    };
  } finally {
    await browser?.close();
    server.stop();
  }
}

/** The most common word of at least eight letters (a content word, not "wanneer"), by the bodies it occurs in. */
function commonWord(corpus: SyntheticEntry[]): { word: string; entries: number } {
  const frequency = new Map<string, number>();
  for (const entry of corpus) {
    const prose = entry.body.replace(/\]\([^)]*\)/g, ']').toLowerCase();
    const words = new Set(prose.match(/\p{L}{8,}/gu) ?? []);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const [word, entries] = [...frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['zorg', 0];
  return { word, entries };
}

// ---------------------------------------------------------------------------------------------
// One size

interface SizeResult {
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
  failure?: string;
}

/** Removes a folder and makes sure it is gone: a cold build must not find an old cache. */
function remove(folder: string): void {
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  if (existsSync(folder)) throw new Error(`Could not remove ${folder}; remove it by hand and run again.`);
}

function prepareSite(root: string, corpus: SyntheticEntry[] | string): void {
  remove(root);
  mkdirSync(root, { recursive: true });
  for (const item of SITE_FILES) cpSync(path.join(snapshot, item), path.join(root, item), { recursive: true });
  const content = path.join(root, 'content');
  if (typeof corpus === 'string') {
    cpSync(corpus, content, { recursive: true });
    return;
  }
  for (const entry of corpus) {
    mkdirSync(path.dirname(path.join(content, entry.path)), { recursive: true });
    writeFileSync(path.join(content, entry.path), entry.text);
  }
  for (const file of Object.values(VOCABULARY_FILES)) {
    cpSync(path.join(projectRoot, 'content', file), path.join(content, file));
  }
  const registry = updatedRegistry(readContentTree(content));
  writeFileSync(path.join(content, REGISTRY_FILE), `${JSON.stringify(registry, null, 2)}\n`);
}

/** A build run without its log lines (they are in the log file). */
function withoutLines(run: BuildRun): Omit<BuildRun, 'lines'> {
  const rest: Partial<BuildRun> = { ...run };
  delete rest.lines;
  return rest as Omit<BuildRun, 'lines'>;
}
const tail = (run: BuildRun) =>
  run.lines
    .slice(-25)
    .map((line) => line.text)
    .join('\n');

async function benchSize(size: number, vocabulary: { themes: string[]; laws: string[]; bodyWords: number }) {
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
  const cold = await build(root, `${size}-cold`);
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

  if (values['no-browser']) result.search = { skipped: '--no-browser' };
  else if (!existsSync(chromiumPath)) {
    result.search = { skipped: `no Chromium at ${chromiumPath} (set CHROMIUM_PATH)` };
  } else {
    console.error('search in Chromium …');
    const { word, entries } = commonWord(corpus.filter((entry) => entry.status === 'gepubliceerd'));
    try {
      result.search = await measureSearch(root, word, entries);
    } catch (error) {
      result.search = { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }

  if (values['no-satteri']) result.satteri = { skipped: '--no-satteri' };
  else {
    console.error('cold build with Sätteri …');
    const satteriRoot = path.join(benchDir, `${label}-satteri`);
    prepareSite(satteriRoot, path.join(root, 'content'));
    const satteri = await build(satteriRoot, `${size}-satteri`, { KENNISBANK_MARKDOWN: 'satteri' });
    result.satteri =
      satteri.exitCode === 0
        ? withoutLines(satteri)
        : { skipped: `build failed (${satteri.exitCode}):\n${tail(satteri)}` };
    remove(satteriRoot);
  }

  // Edit one published dilemma (the last) and build again in the same folder, keeping every cache.
  const edited =
    corpus.filter((entry) => entry.kind === 'dilemma' && entry.status === 'gepubliceerd').at(-1) ?? corpus[0];
  if (edited) {
    console.error(`rebuild after editing ${edited.id} …`);
    const file = path.join(root, 'content', edited.path);
    const marker = 'Bijgewerkt voor de meting van de bouwtijd.';
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')
        .replace(/^updated: .*$/m, "updated: '2026-11-30'")
        .trimEnd()}\n\n${marker}\n`,
    );
    const rebuild = await build(root, `${size}-rebuild`);
    const page = path.join(root, 'dist', entryUrl(edited.kind, edited.slug), 'index.html');
    result.rebuild = {
      ...withoutLines(rebuild),
      entry: edited.id,
      changeVisible: existsSync(page) && readFileSync(page, 'utf8').includes(marker),
    };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const isRun = <T extends object>(value: T | { skipped: string } | undefined): value is T =>
  value !== undefined && !('skipped' in value);

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
    'first results ms',
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
      search ? fixed(search.firstResultMs, 0) : '–',
    ];
  });
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
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
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
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
          `uncompressed), ${fixed(search.pagefindBytes / 1024)} KB of it Pagefind`,
      );
    }
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

// ---------------------------------------------------------------------------------------------

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

mkdirSync(benchDir, { recursive: true });
rmSync(snapshot, { recursive: true, force: true });
for (const item of SITE_FILES) cpSync(path.join(projectRoot, item), path.join(snapshot, item), { recursive: true });
console.error(
  `Benchmark: sizes ${sizes.join(', ')}, seed ${seed}; bodies of median ${vocabulary.bodyWords} words ` +
    `(like the ${real.entries.length} real entries), ${vocabulary.themes.length} themes, ${vocabulary.laws.length} laws.`,
);

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size, vocabulary));

const markdown = [
  '# Benchmark',
  '',
  `Machine: ${machine}. Site code: ${code}.`,
  '',
  `Synthetic corpora (seed ${seed}, 30% practices, 30% dilemmas, 20% assumptions, 20% proposals, bodies of ` +
    `median ${vocabulary.bodyWords} words) built with the real pipeline in bench/.tmp/site-<n>/. ` +
    'Pages are index.html files in dist/; peak MB is the resident memory of the whole build process tree; ' +
    'entry JS bytes are uncompressed; search is a cold visit to /zoeken/?q=<common word> in headless Chromium.',
  '',
  table(results),
  '',
  'Seconds and peak memory (MB, whole process tree) per phase, from the arrival of Astro’s log lines (setup includes the integrity check; after pages includes the Pagefind index):',
  '',
  phaseTable(results),
  '',
  ...notes(results).map((note) => `- ${note}`),
  '',
].join('\n');

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
