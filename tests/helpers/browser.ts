import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildFixture, projectRoot } from './build.ts';

/** The system Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(chromiumPath);

if (!hasBrowser) {
  const reason = `No Chromium at ${chromiumPath} (set CHROMIUM_PATH, or apt-get install chromium).`;
  if (process.env['REQUIRE_BROWSER'] === '1') throw new Error(`REQUIRE_BROWSER=1: ${reason}`);
  console.warn(`\n*** Browser tests SKIPPED: ${reason} ***\n`);
}

/** Starts headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Serves a built site with `astro preview` on a free loopback port until `stop()`. */
export function preview(root: string): Promise<{ url: string; stop: () => void }> {
  return serve(root, 'preview');
}

/**
 * Runs `astro preview` (a built site) or `astro dev` in `root` on a free loopback port until
 * `stop()`. Vitest's own variables are left out: Vite's dev server behaves differently under a
 * test runner. `output` is what the server has printed so far.
 */
export async function serve(
  root: string,
  command: 'preview' | 'dev',
): Promise<{ url: string; stop: () => void; output: () => string }> {
  const port = await freePort();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      command,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      env: {
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_PREVIEW_BACKGROUND: '0',
        ASTRO_DEV_BACKGROUND: '0',
        NO_COLOR: '1',
      },
      stdio: 'pipe',
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill(), output: () => output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`astro ${command} did not answer on ${url}:\n${output}`);
}

/** The IDs of the results on the search page, once the search for the page's URL has answered. */
export async function searchResultIds(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    const shown = document.querySelector<HTMLElement>('#search-results')?.dataset['search'];
    return status !== '' && !status.startsWith('Bezig') && shown === location.search.replace(/^\?/, '');
  });
  return page.locator('#search-results .entry-id').allTextContents();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page with the WCAG 2.0, 2.1 and 2.2 A and AA rules; returns `rule (count)` per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Axe = {
      run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

/** A fixture site built, served and opened in Chromium, for a browser test file. */
export async function openSite(
  fixture: string,
): Promise<{ browser: Browser; url: string; close: () => Promise<void> }> {
  const site = buildFixture(fixture);
  if (site.status !== 0) throw new Error(site.output);
  const server = await preview(site.root);
  const browser = await launchBrowser();
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      server.stop();
    },
  };
}
