import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCodeHash, problemMemoFile } from '../../src/build/check-cache.ts';
import { siteAdvice } from '../../src/lib/content/advice.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentTree, type ContentTree } from '../../src/lib/content/tree.ts';
import { siteConfig } from '../../src/site.config.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const tree = readContentTree('content');
const options = {
  personalData: { names: ['Jolanda Testpersoon'], allow: siteConfig.personalData.allow },
  advice: siteAdvice('2026-12-02'),
};

/** One check as the build runs it: the cache file read, the tree checked, the cache file written. */
function cachedCheck(checked: ContentTree, file: string, code = 'code-1') {
  const cache = problemMemoFile(file, code);
  const problems = checkContent(checked, { ...options, memo: cache.memo });
  cache.save();
  return { problems, reused: cache.reused() };
}

/** The real content with one entry's body changed. */
function withBody(index: number, extra: string): ContentTree {
  const entries = tree.entries.map((entry, at) =>
    at === index ? { ...entry, body: `${entry.body}\n${extra}\n`, text: `${entry.text}\n${extra}\n` } : entry,
  );
  return { ...tree, entries };
}

describe('the integrity check with a cache of unchanged files', () => {
  const file = path.join(folder, 'check.json');
  const uncached = checkContent(tree, options);

  test('gives the same problems as a check without cache, first and second time; the second reuses every file', () => {
    const first = cachedCheck(tree, file);
    expect(first.problems).toEqual(uncached);
    expect(first.reused).toBe(0);
    const second = cachedCheck(tree, file);
    expect(second.problems).toEqual(uncached);
    // Per entry: its own text (personal data, HTML, file name) and the B1 advice on its summary.
    expect(second.reused).toBe(tree.entries.length * 2);
  });

  test('checks a changed file again: personal data added since the last build is reported', () => {
    const changed = withBody(3, 'Bel de moeder op 06-12345678 of vraag het Jolanda Testpersoon.');
    const { problems, reused } = cachedCheck(changed, file);
    expect(reused).toBe(tree.entries.length * 2 - 2);
    const found = problems.filter((p) => p.type === 'personal-data' && p.file === tree.entries[3]!.file);
    expect(found.map((p) => p.value)).toHaveLength(2);
    expect(problems).toEqual(checkContent(changed, options));
  });

  test('checks everything again when the checking code or the names to look for changed', () => {
    cachedCheck(tree, file);
    expect(cachedCheck(tree, file, 'code-2').reused).toBe(0);
    const cache = problemMemoFile(file, 'code-2');
    const withName = checkContent(tree, {
      ...options,
      personalData: { ...options.personalData, names: [tree.entries[0]!.body.split(/\s+/).find((w) => w.length > 8)!] },
      memo: cache.memo,
    });
    expect(cache.reused()).toBe(0);
    expect(withName.some((p) => p.type === 'personal-data' && p.file === tree.entries[0]!.file)).toBe(true);
  });

  test('the code hash follows the checking code', () => {
    const hash = checkCodeHash();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(checkCodeHash(path.join(folder, 'elders'))).not.toBe(hash);
  });
});
