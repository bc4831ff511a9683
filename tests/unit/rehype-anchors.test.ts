import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { rehypeAnchors } from '../../src/markdown/rehype-anchors.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [[rehypeAnchors, { label: (kind: string, n: number) => `${kind} ${n}` }]],
    syntaxHighlight: false,
  });
  return (await processor.render(markdown)).code;
}

describe('rehypeAnchors', () => {
  test('numbers top-level paragraphs and gives each paragraph and heading a link to itself', async () => {
    expect(await render('Eerste alinea.\n\n## Een kopje\n\nTweede alinea.\n\n- een lijst\n')).toMatchInlineSnapshot(`
      "<p id="alinea-1">Eerste alinea. <a class="passage-link" href="#alinea-1" aria-label="paragraph 1">#</a></p>
      <h2 id="een-kopje">Een kopje <a class="passage-link" href="#een-kopje" aria-label="heading 1">#</a></h2>
      <p id="alinea-2">Tweede alinea. <a class="passage-link" href="#alinea-2" aria-label="paragraph 2">#</a></p>
      <ul>
      <li>een lijst</li>
      </ul>"
    `);
  });
});
