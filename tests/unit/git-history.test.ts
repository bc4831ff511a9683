import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../src/lib/site/history.ts';

describe('parseGitLog', () => {
  test('lists the changes per file, newest first, with date and message', () => {
    const output = [
      '\u001e2026-03-05\u001fNieuwe bron bij D-007',
      '',
      'content/dilemmas/gegevens-delen.mdx',
      '\u001e2026-01-10\u001fEerste dilemma’s',
      '',
      'content/dilemmas/gegevens-delen.mdx',
      'content/dilemmas/melden.mdx',
      '',
    ].join('\n');
    const history = parseGitLog(output);
    expect(history.get('content/dilemmas/gegevens-delen.mdx')).toEqual([
      { date: '2026-03-05', message: 'Nieuwe bron bij D-007' },
      { date: '2026-01-10', message: 'Eerste dilemma’s' },
    ]);
    expect(history.get('content/dilemmas/melden.mdx')).toEqual([{ date: '2026-01-10', message: 'Eerste dilemma’s' }]);
  });

  test('returns nothing for empty output, as outside a git checkout', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
