import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../helpers/browser.ts';
import { prepareFixture, projectRoot } from '../helpers/build.ts';

const pagePath = '/dilemmas/activeren-op-straffe-van-korting/';

describe('npm run dev while an editor changes an entry', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    root = prepareFixture('dev', path.join(projectRoot, 'tests/fixtures/valid-site/content'));
    server = await serve(root, 'dev');
  });
  afterAll(() => server?.stop());

  test('shows the changed text of the entry without a restart', async () => {
    const page = async () => (await fetch(`${server.url}${pagePath}`)).text();
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
    expect(html, server.output()).toContain('bedoeling is, zegt de werkplaatsnotitie.');
  });
});
