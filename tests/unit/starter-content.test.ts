import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteAdvice } from '../../src/lib/content/advice.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { siteConfig } from '../../src/site.config.ts';

const tree = readContentTree(path.resolve('content'), 'content');

describe('the starter content', () => {
  test('has at least 8 assumptions and values, 8 dilemmas, 8 practices and 6 proposals', () => {
    const count = (kind: string) => tree.entries.filter((entry) => entry.kind === kind).length;
    expect([count('assumption'), count('dilemma'), count('practice'), count('proposal')]).toEqual([
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 6),
    ]);
  });

  // Every content rule lives in the content check (src/lib/content/): a test that restated one would be a
  // gate that `npm run check` does not show. Warnings (orphans, unused themes) are advice and pass.
  test('has no errors in the content check, the same check as `npm run check`', () => {
    expect(checkContent(tree).filter((problem) => problem.severity === 'fout')).toEqual([]);
  });
});

describe('the starter content, as a policy reader meets it', () => {
  const advice = siteAdvice('2026-12-02');
  const summaryWarnings = checkContent(tree, { advice }).filter((problem) => problem.type.startsWith('summary-'));

  test('has summaries that pass the B1 rules: no readability warnings', () => {
    expect(summaryWarnings.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
  });

  test('cites the manifesto everywhere as the site does, with its signatories and organisation', () => {
    const cited = tree.entries.flatMap((entry) =>
      ((entry.data as { sources?: Record<string, unknown>[] }).sources ?? [])
        .filter((source) => /manifest/i.test(String(source['title'])))
        .map((source) => ({ file: entry.file, source })),
    );
    expect(cited.length).toBeGreaterThan(10);
    for (const { file, source } of cited) expect({ file, source }).toEqual({ file, source: siteConfig.manifesto });
  });
});
