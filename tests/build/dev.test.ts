import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../helpers/browser.ts';
import { prepareFixture, projectRoot } from '../helpers/build.ts';

const pagePath = '/dilemmas/activeren-op-straffe-van-korting/';

/** The environment without what Vitest sets: Vite's dev server behaves differently under a test runner. */
const devEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));

describe('npm run dev while an editor changes an entry', () => {
  let root: string;
  let url: string;
  let server: ChildProcess;
  let output = '';

  beforeAll(async () => {
    root = prepareFixture('dev', path.join(projectRoot, 'tests/fixtures/valid-site/content'));
    const port = await freePort();
    server = spawn(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
      ],
      {
        cwd: root,
        env: { ...devEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0', NO_COLOR: '1' },
        stdio: 'pipe',
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    url = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      try {
        if ((await fetch(`${url}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`astro dev did not answer on ${url}:\n${output}`);
  });
  afterAll(() => server?.kill());

  test('shows the changed text of the entry without a restart', async () => {
    const page = async () => (await fetch(`${url}${pagePath}`)).text();
    expect(await page()).toContain('ook als dat niet de\nbedoeling is.');
    const file = path.join(root, 'content/dilemmas/activeren-op-straffe-van-korting.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('bedoeling is.', 'bedoeling is, zegt de werkplaatsnotitie.'),
    );
    let html = '';
    for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
      html = await page();
      if (html.includes('werkplaatsnotitie')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(html, output).toContain('bedoeling is, zegt de werkplaatsnotitie.');
  });
});
