/**
 * The editors' loop: `npm run dev` in a built site folder, timed from start until an entry page is
 * served, then from saving an edit to that entry until the page served shows it.
 */
import { createServer } from 'node:net';
import { astroBin } from '../scripts/build.ts';
import { canSampleMemory, treeRssKb } from './memory.ts';
import { start, stop } from './processes.ts';
import { editEntry } from './peers.ts';

/** What the dev server took. */
export interface DevRun {
  /** From starting `astro dev` until the entry page was served, seconds. */
  startSeconds: number;
  /** From saving the edit until the served page showed it, seconds. */
  saveToServedSeconds: number | null;
  peakMB: number | null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** Polls `url` every 50 ms until its body passes `done`; resolves to the seconds it took, or rejects after `timeoutMs`. */
async function until(url: string, done: (body: string) => boolean, timeoutMs: number, since: number): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok && done(await response.text())) return (performance.now() - since) / 1000;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url}: no answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts `astro dev` (as `npm run dev` does) in `root`, waits until `page` (a URL path) is served,
 * then edits `file` and waits until `page` shows the edit. The server is stopped afterwards.
 */
export async function measureDevLoop(root: string, page: string, file: string, timeoutMs: number): Promise<DevRun> {
  const port = await freePort();
  const since = performance.now();
  const server = start([astroBin, 'dev', '--port', String(port)], root, { ASTRO_DEV_BACKGROUND: '0' });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  server.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  let peakKb = 0;
  const sampler = setInterval(() => {
    if (canSampleMemory && server.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(server.pid));
  }, 150);
  const url = `http://127.0.0.1:${port}${page}`;
  try {
    const startSeconds = await until(url, (body) => body.includes('<h1'), timeoutMs, since);
    const marker = 'Opgeslagen tijdens de meting van de ontwikkelserver.';
    // Let the watcher settle after start-up, then save.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const saved = performance.now();
    editEntry(file, marker);
    const saveToServedSeconds = await until(url, (body) => body.includes(marker), timeoutMs, saved);
    return { startSeconds, saveToServedSeconds, peakMB: canSampleMemory ? peakKb / 1024 : null };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output.split('\n').slice(-15).join('\n')}`, { cause: error });
  } finally {
    clearInterval(sampler);
    stop(server);
  }
}
