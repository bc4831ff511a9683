/** The cost of a search in a real browser: a cold visit to /zoeken/?q=<word>, then typing on the warm page, in headless Chromium. */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { preview } from './preview.ts';
import type { SyntheticEntry } from './synthetic-content.ts';

/** Typing one query on a page whose search has already answered once. */
export interface WarmRun {
  query: string;
  /** From the last keystroke to the result list and status of that query, as rendered. */
  renderMs: number;
  /** Times the result list went empty while the reader typed (a flicker). */
  emptied: number;
  status: string;
}

/** What one search cost. */
export interface SearchRun {
  word: string;
  /** Entries whose body contains the word (the corpus's most common long word). */
  entriesWithWord: number;
  /** Response bodies as sent (compressed where the server compresses) for everything the search page loaded. */
  bytes: number;
  /** The same, uncompressed. */
  bodyBytes: number;
  /** Of `bytes`: Pagefind's scripts, WebAssembly, index, filters and fragments. */
  pagefindBytes: number;
  /** Of `bytes`, per kind of file (page, script, wasm, meta, index, filter, fragment, other). */
  bytesByKind?: Record<string, number>;
  requests: number;
  /** From navigation start to the first `#search-results .result`. */
  firstResultMs: number;
  status: string;
  /** Typing other words on the same page, one after another. */
  warm?: WarmRun[];
}

/** Which kind of file a URL of the search page is, for the byte breakdown. */
function kindOf(url: string): string {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/pagefind/')) return pathname.endsWith('/') ? 'page' : 'other';
  if (pathname.includes('/fragment/')) return 'fragment';
  if (pathname.includes('/index/')) return 'index';
  if (pathname.includes('/filter/')) return 'filter';
  if (pathname.endsWith('.pf_meta')) return 'meta';
  if (pathname.includes('wasm')) return 'wasm';
  if (pathname.endsWith('.js')) return 'script';
  return 'other';
}

/** Records every request of a browser context (its Web Workers included) and when the network was last busy. */
function trackRequests(context: BrowserContext) {
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
      Promise.all([request.sizes(), request.response().then((response) => response?.body())]).then(([size, body]) => ({
        url: request.url(),
        wire: size.responseBodySize,
        body: body?.length ?? 0,
      })),
    );
  });
  /** Milliseconds since the network was last busy (0 while a request is in flight). */
  const idleMs = () => (inflight.size > 0 ? 0 : Date.now() - lastActivity);
  /** Waits until no request has been in flight for `quietMs` (at most 30 s). */
  const quiet = async (quietMs = 500) => {
    const by = Date.now() + 30_000;
    while (Date.now() < by && idleMs() < quietMs) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  return { sizes, quiet, idleMs };
}

// In the page: the time of the first result, of every keystroke, and of every change to the results or status.
const RECORDER = `
  window.__snapshots = [];
  window.__lastInput = 0;
  document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);
  new MutationObserver(() => {
    const list = document.querySelector('#search-results');
    const status = document.querySelector('#search-status');
    if (!list || !status) return;
    const first = list.querySelector('.result a');
    if (first && !window.__firstResult) window.__firstResult = performance.now();
    window.__snapshots.push({
      t: performance.now(),
      first: first ? first.getAttribute('href') : '',
      count: list.querySelectorAll('.result').length,
      status: status.textContent.trim(),
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

interface Snapshot {
  t: number;
  first: string;
  count: number;
  status: string;
}

/**
 * Types `query` over what the search box holds (select all, then one key every 80 ms) and measures from
 * the last keystroke to the moment the page first showed what it finally shows, and how often the list
 * went empty on the way.
 */
async function typeAndMeasure(page: Page, query: string, idleMs: () => number): Promise<WarmRun> {
  await page.evaluate('window.__snapshots = []');
  await page.locator('#zoekterm').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(query, { delay: 80 });
  // Done when neither the page nor the network has changed for a second and a half (at most 30 s).
  const by = Date.now() + 30_000;
  for (let seen = -1, changedAt = Date.now(); Date.now() < by;) {
    const count = Number(await page.evaluate('window.__snapshots.length'));
    if (count !== seen) [seen, changedAt] = [count, Date.now()];
    else if (Date.now() - changedAt >= 1500 && idleMs() >= 1500) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const lastInput = Number(await page.evaluate('window.__lastInput'));
  const snapshots = (await page.evaluate('window.__snapshots')) as Snapshot[];
  const final = snapshots.at(-1);
  let emptied = 0;
  for (let i = 1; i < snapshots.length; i++) {
    if (snapshots[i]!.count === 0 && snapshots[i - 1]!.count > 0) emptied++;
  }
  // The first moment after the last keystroke from which the page showed its final results without change.
  let shown: Snapshot | undefined;
  for (const snapshot of snapshots) {
    if (snapshot.t < lastInput) continue;
    const same = final && snapshot.first === final.first && snapshot.status === final.status && snapshot.count > 0;
    if (same && !shown) shown = snapshot;
    else if (!same) shown = undefined;
  }
  return { query, renderMs: shown ? shown.t - lastInput : Number.NaN, emptied, status: final?.status ?? '' };
}

/** Serves the site built in `root`, searches it for `word` in a fresh Chromium, then types each of `warmWords`. */
export async function measureSearch(
  root: string,
  word: string,
  entriesWithWord: number,
  warmWords: string[] = [],
): Promise<SearchRun> {
  const server = await preview(root);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    const { sizes, quiet, idleMs } = trackRequests(context);
    await page.addInitScript(RECORDER);
    await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(word)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#search-results .result', { timeout: 120_000 });
    const firstResultMs = Number(await page.evaluate('window.__firstResult'));
    // Let the rest of the first page of results arrive: no request in flight for half a second.
    await quiet();
    const status = (await page.locator('#search-status').textContent())?.trim() ?? '';
    const fetched = await Promise.all(sizes);
    const sum = (items: typeof fetched, key: 'wire' | 'body') => items.reduce((total, item) => total + item[key], 0);
    const pagefind = fetched.filter((item) => new URL(item.url).pathname.startsWith('/pagefind/'));
    const bytesByKind: Record<string, number> = {};
    for (const item of fetched) bytesByKind[kindOf(item.url)] = (bytesByKind[kindOf(item.url)] ?? 0) + item.wire;
    const warm: WarmRun[] = [];
    for (const query of warmWords) warm.push(await typeAndMeasure(page, query, idleMs));
    return {
      word,
      entriesWithWord,
      bytes: sum(fetched, 'wire'),
      bodyBytes: sum(fetched, 'body'),
      pagefindBytes: sum(pagefind, 'wire'),
      bytesByKind,
      requests: fetched.length,
      firstResultMs,
      status,
      warm,
    };
  } finally {
    await browser?.close();
    server.stop();
  }
}

/** The most common words of at least eight letters (content words, not "wanneer"), by the bodies they occur in. */
export function commonWords(corpus: SyntheticEntry[], count: number): { word: string; entries: number }[] {
  const frequency = new Map<string, number>();
  for (const entry of corpus) {
    const prose = entry.body.replace(/\]\([^)]*\)/g, ']').toLowerCase();
    const words = new Set(prose.match(/\p{L}{8,}/gu) ?? []);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const ranked = [...frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count);
  return ranked.length > 0 ? ranked.map(([word, entries]) => ({ word, entries })) : [{ word: 'zorg', entries: 0 }];
}
