/** The benchmark's own preview server: `astro preview` of a built site in a process group the benchmark stops. */
import { astroBin } from '../scripts/build.ts';
import { freePort } from '../tests/helpers/browser.ts';
import { start, stop } from './processes.ts';

/** Serves a built site with `astro preview` (which checks all content first) until `stop()`. */
export async function preview(root: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = start([astroBin, 'preview', '--port', String(port), '--host', '127.0.0.1'], root);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Checking the content of 10,000 entries before serving takes a while.
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
