import { describe, expect, test } from 'vitest';
import { itemChanges, linesOf, textOfHtml, versionChanges, wordChanges } from '../../src/lib/site/version-diff.ts';

describe('version-diff', () => {
  test('compares text word by word, keeping only the words around a change in a long text', () => {
    const words = Array.from({ length: 60 }, (_, index) => `woord${index}`);
    const changed = words.map((word, index) => (index === 30 ? 'nieuw' : word));
    const parts = wordChanges(words.join(' '), changed.join(' '));
    expect(parts.filter((part) => part.change !== 'same')).toEqual([
      { change: 'removed', text: 'woord30' },
      { change: 'added', text: 'nieuw' },
    ]);
    expect(parts[0]!.text.startsWith('… woord19 ')).toBe(true);
    expect(parts.at(-1)!.text.endsWith(' woord41 …')).toBe(true);
  });

  test('compares lists item by item and nested fields line by line with their Dutch labels', () => {
    expect(itemChanges(['a', 'b'], ['a', 'c'])).toEqual([
      { change: 'same', text: 'a' },
      { change: 'removed', text: 'b' },
      { change: 'added', text: 'c' },
    ]);
    expect(linesOf([{ title: 'Rapport', year: 2024 }])).toEqual(['Titel: Rapport, Jaar: 2024']);
  });

  test('leaves out the version name and notes, and compares the body as rendered text without passage links', () => {
    const html = (word: string) =>
      `<p id="alinea-1">Een ${word} zin. <a class="passage-link" href="#alinea-1">#</a></p>`;
    const changes = versionChanges(
      { data: { id: 'D-001', updated: '2026-11-28', changes: [], title: 'Oud' }, html: html('oude') },
      { data: { id: 'D-001', updated: '2026-12-05', changes: [{ note: 'x' }], title: 'Nieuw' }, html: html('nieuwe') },
    );
    expect(changes.map((change) => change.field)).toEqual(['title', 'body']);
    expect(textOfHtml(html('oude'))).toBe('Een oude zin.');
  });
});
