import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';

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
