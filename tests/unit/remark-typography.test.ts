import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { remarkTypography } from '../../src/markdown/remark-typography.ts';

const real = readContentTree(path.resolve('content'), 'content').entries.map((entry) => entry.body);
const edgeCases = [
  'Zij zei: "eerst het gesprek" en ging.',
  "De auto's van de gemeente; 's avonds.",
  'Van 9 -- 17 uur, of --- zo.',
  'En dan... of . . . misschien.',
  'Met &quot;entiteiten&quot; en &#39;meer&#39;.',
  'Met ``backticks`` en `code "binnen"`.',
  '*"Nadruk"* en [een "link"](https://example.nl/).',
  'Geen tekens om te veranderen, wel [[D-001]] en een lijst:\n\n- een\n- twee',
];

describe('remarkTypography', () => {
  test('gives exactly what Astro’s SmartyPants gives, on the real entries and on edge cases', async () => {
    const astro = await createMarkdownProcessor({ syntaxHighlight: false, gfm: true, smartypants: true });
    const ours = await createMarkdownProcessor({
      syntaxHighlight: false,
      gfm: true,
      smartypants: false,
      remarkPlugins: [remarkTypography],
    });
    for (const body of [...real, ...edgeCases]) {
      expect((await ours.render(body)).code, body).toBe((await astro.render(body)).code);
    }
    expect((await ours.render(edgeCases[0]!)).code).toContain('“eerst het gesprek”');
    expect((await ours.render(edgeCases[1]!)).code).toContain('auto’s');
  });
});
