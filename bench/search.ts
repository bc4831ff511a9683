/** The cost of a search in a real browser: a cold visit to /zoeken/?q=<word> in headless Chromium. */
import type { Browser, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { preview } from './preview.ts';
import type { SyntheticEntry } from './synthetic-content.ts';

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
  requests: number;
  /** From navigation start to the first `#search-results .result`. */
  firstResultMs: number;
  status: string;
}

/** Serves the site built in `root` and searches it for `word` in a fresh Chromium. */
export async function measureSearch(root: string, word: string, entriesWithWord: number): Promise<SearchRun> {
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
export function commonWord(corpus: SyntheticEntry[]): { word: string; entries: number } {
  const frequency = new Map<string, number>();
  for (const entry of corpus) {
    const prose = entry.body.replace(/\]\([^)]*\)/g, ']').toLowerCase();
    const words = new Set(prose.match(/\p{L}{8,}/gu) ?? []);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const [word, entries] = [...frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['zorg', 0];
  return { word, entries };
}
