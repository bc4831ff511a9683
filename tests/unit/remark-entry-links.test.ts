import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { remarkEntryLinks } from '../../src/markdown/remark-entry-links.ts';

const targets = new Map([['D-007', { url: '/dilemmas/gegevens-delen/', title: 'Gegevens delen' }]]);

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkEntryLinks, { resolve: (id: string) => targets.get(id) }]],
    syntaxHighlight: false,
  });
  return (await processor.render(markdown)).code;
}

describe('remarkEntryLinks', () => {
  test('turns [[ID]] into a link to the entry showing its ID and title', async () => {
    expect(await render('Zie [[D-007]], en verder.')).toBe(
      '<p>Zie <a href="/dilemmas/gegevens-delen/" class="entry-link">D-007 Gegevens delen</a>, en verder.</p>',
    );
  });

  test('leaves unknown IDs and other double brackets as text', async () => {
    expect(await render('Zie [[D-999]] en [[iets]].')).toBe('<p>Zie [[D-999]] en [[iets]].</p>');
  });

  test('renders GFM tables alongside the links', async () => {
    expect(await render('| a | b |\n| - | - |\n| [[D-007]] | 2 |')).toContain(
      '<td><a href="/dilemmas/gegevens-delen/"',
    );
  });
});
