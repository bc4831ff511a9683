// The printed handout, checked in Chromium on a built site: registered by quality.test.ts, which builds the project's content.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { hasBrowser, launchBrowser, preview } from '../helpers/browser.ts';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler) {
  if (process.env['CI'])
    throw new Error('CI: the handout check needs pdfinfo and pdftotext (apt-get install poppler-utils).');
  console.warn('\n*** Handout check SKIPPED: no pdftotext on PATH (apt-get install poppler-utils). ***\n');
}

/** What a page shows that its handout must hold, read in the browser before printing. */
interface Expected {
  id: string;
  title: string;
  texts: string[];
  apa: string;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Registers the handout test; `root` gives the built site's folder once the build has run, `pages`
 * picks the entry pages to print from the built page paths and HTML.
 */
export function handoutChecks(root: () => string, pages: () => string[]) {
  test.skipIf(!hasBrowser || !hasPoppler)(
    'printing an entry gives at most two A4 pages with its text, questions, sources, citation, permanent link and version',
    async () => {
      const server = await preview(root());
      const browser = await launchBrowser();
      const folder = mkdtempSync(path.join(tmpdir(), 'handout-'));
      try {
        for (const url of pages()) {
          const page = await browser.newPage();
          await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
          const expected: Expected = await page.evaluate(() => {
            // The text as printed: without the passage links, which paper leaves out.
            const text = (selector: string) =>
              [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
                const copy = element.cloneNode(true) as HTMLElement;
                copy.querySelectorAll('.passage-link').forEach((link) => link.remove());
                return copy.textContent ?? '';
              });
            return {
              id: document.querySelector('.entry-header .entry-id')!.textContent!,
              title: document.querySelector('h1')!.textContent!,
              texts: [
                ...text('.entry-header .lead'),
                ...text('.question-box p'),
                // Paper writes web addresses out after a link, so a paragraph without one is compared.
                ...text('.entry-body p:not(:has(a[href^="http"]))').slice(0, 1),
                ...text('.questions li'),
                ...text('.sources li').map((source) => source.split(' ').slice(0, 4).join(' ')),
              ],
              apa: text('.citation-apa')[0]!,
            };
          });
          const file = path.join(folder, 'handout.pdf');
          writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
          await page.close();
          const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
          expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), url).toBeLessThanOrEqual(2);
          expect(/^Page size:.*\(A4\)$/m.test(info), `${url}: A4`).toBe(true);
          // Lines broken in the PDF become spaces, and pdftotext drops a hyphen at a line's end ("A-\n017"):
          // texts are compared without spaces and hyphens.
          const printed = words(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout);
          const joined = printed.replace(/[ -]/g, '');
          for (const text of [expected.title, ...expected.texts.map(words), words(expected.apa)]) {
            expect(joined, `${url}: ${text}`).toContain(text.replace(/[ -]/g, ''));
          }
          expect(printed, url).toContain(`${expected.id} · versie van`);
          expect(printed, url).toContain(`http://localhost:4321/${expected.id}/`);
          // The publisher once in the citation, not again as the site's name.
          expect(expected.apa.match(/Leergroep Do No Harm/g), url).toHaveLength(1);
          expect(printed, url).not.toMatch(/Leergroep Do No Harm\. Kennisbank Do No Harm/);
        }
      } finally {
        await browser.close();
        server.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    },
    240_000,
  );
}
