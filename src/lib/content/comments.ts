/** Text that YAML silently drops: an unquoted value with " #" in it loses everything from the "#" on. */
import { problem, type Problem } from './problems.ts';
import type { RawEntry } from './tree.ts';

const VALUE_LINE = /^(\s*)(?:-\s+)?(?:[A-Za-z][\w]*\s*:\s+)?(.*)$/;
const BLOCK_START = /:\s*[>|][+-]?\d*\s*$/;

/**
 * Values in the frontmatter that YAML cuts off at a ` #` (it reads the rest as a comment), so the
 * published text would silently lose its end. Lines of block texts (after `>-` or `|`) and quoted
 * values are left alone: there a `#` is text.
 */
export function commentProblems(entry: RawEntry): Problem[] {
  const lines = entry.text.split('\n').slice(1, Math.max(1, entry.bodyLine - 2));
  const problems: Problem[] = [];
  let blockIndent = -1;
  lines.forEach((line, index) => {
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) return;
    blockIndent = BLOCK_START.test(line) ? indent : -1;
    if (line.trimStart().startsWith('#') || blockIndent >= 0) return;
    const value = VALUE_LINE.exec(line)?.[2] ?? '';
    if (/^["'[{>|&*!]/.test(value)) return;
    const cut = value.search(/\s#/);
    if (cut < 0) return;
    const kept = value.slice(0, cut).trim();
    problems.push(
      problem(
        'truncated-by-comment',
        { file: entry.file, field: `regel ${index + 2}`, value: value.trim() },
        { kept: kept ? `"${kept}"` : 'niets' },
      ),
    );
  });
  return problems;
}
