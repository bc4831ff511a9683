// The same content built on two different (faked) days gives the same entry pages, byte for byte.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareFixture, projectRoot } from '../helpers/build.ts';

const hasFaketime = spawnSync('faketime', ['--version']).error === undefined;
if (!hasFaketime) {
  if (process.env['CI']) throw new Error('CI: the two-days build test needs faketime (apt-get install faketime).');
  console.warn('\n*** Two-days build test SKIPPED: no faketime on PATH (apt-get install faketime). ***\n');
}

/** Builds the fixture valid-site in its own folder with the clock of every process set to `day` (libfaketime). */
function buildOn(day: string) {
  const root = prepareFixture(`two-days-${day}`, path.join(projectRoot, 'tests/fixtures/valid-site/content'));
  const result = spawnSync(
    'faketime',
    ['-f', `@${day} 12:00:00`, process.execPath, path.join(projectRoot, 'scripts/build.ts')],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 290_000,
    },
  );
  const dist = path.join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist, files };
}

/** The entry pages (kind folders and permanent links) and the citation data of a built site. */
const entryFiles = (files: string[]) =>
  files.filter(
    (file) =>
      /^(?:dilemmas|praktijken|aannames|beleidsvoorstellen)\/[a-z0-9-]+\/index\.html$/.test(file) ||
      /^[A-Z]-\d+\/index\.html$/.test(file) ||
      file === 'data/bibliography.json' ||
      file === 'data/entries.json',
  );

describe.skipIf(!hasFaketime)('a build does not depend on its day (fixture valid-site built on two faked days)', () => {
  let first: ReturnType<typeof buildOn>;
  let second: ReturnType<typeof buildOn>;
  beforeAll(() => {
    first = buildOn('2027-01-04');
    second = buildOn('2027-03-09');
  }, 600_000);

  test('both builds succeed under the faked clock', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    // Astro's log shows the faked time of day: the clock really was set.
    expect(first.output).toMatch(/\b12:0\d:\d\d\b/);
    expect(second.output).toMatch(/\b12:0\d:\d\d\b/);
  });

  test('every entry page, the bibliography and the entries export are identical byte for byte', () => {
    const files = entryFiles(first.files);
    expect(files.filter((file) => file.endsWith('index.html')).length).toBeGreaterThanOrEqual(10);
    expect(entryFiles(second.files)).toEqual(files);
    for (const file of files) {
      const a = readFileSync(path.join(first.dist, file));
      const b = readFileSync(path.join(second.dist, file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  test('the entry pages name neither day, and keep the version date in the citation', () => {
    const html = readFileSync(path.join(first.dist, 'dilemmas/activeren-op-straffe-van-korting/index.html'), 'utf8');
    expect(html).not.toMatch(/2027|januari 2027|maart 2027/);
    expect(html).toMatch(
      /<p class="citation-apa" data-copy="html">Kennisbank Do No Harm\. \(\d{4}, \d{1,2} [a-z]+\)\./,
    );
    expect(html).toMatch(/\tversion = \{\d{4}-\d{2}-\d{2}\},/);
  });
});
