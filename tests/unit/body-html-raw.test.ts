import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import { describe, expect, test } from 'vitest';
import { rehypeRawWhereNeeded, safeBodyPlugins } from '../../src/markdown/body-html.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { projectRoot } from '../helpers/build.ts';

const options = markdownOptions((id) => ({ url: `/dilemmas/${id.toLowerCase()}/`, title: `Titel van ${id}` }));
const render = async (withRaw: boolean, markdown: string) => {
  const plugins = options.rehypePlugins.slice(safeBodyPlugins.length);
  const rehypePlugins = [withRaw ? rehypeRaw : rehypeRawWhereNeeded, ...safeBodyPlugins.slice(1), ...plugins];
  const processor = await createMarkdownProcessor({ ...options, rehypePlugins, syntaxHighlight: false });
  return (await processor.render(markdown)).code;
};

/** Markdown with every GFM construct an entry may use, and no raw HTML. */
const markdownOnly = `# Kop

Een alinea met *nadruk*, **sterk**, ~~doorgehaald~~, \`code\`, een [link](https://example.org/) en [[D-001]].
"Rechte aanhalingstekens" -- en... een https://example.org/kaal adres & een teken < of >.

> Een citaat
> over twee regels.

| kolom | andere |
| :---- | -----: |
| a     | b      |

- [ ] een taak
- [x] gedaan
  1. genest

Een voetnoot[^1].

[^1]: De noot.

    ingesprongen code <b>niet rauw</b>
`;

describe('rehype-raw only where a body has raw HTML', () => {
  test('renders a body without raw HTML exactly as rehype-raw does', async () => {
    expect(await render(false, markdownOnly)).toBe(await render(true, markdownOnly));
  });

  test('still parses and sanitises raw HTML where there is some', async () => {
    const markdown = 'Een <abbr title="Participatiewet">Pw</abbr> en <img src=x onerror=alert(1)> en <!-- stil -->.';
    const html = await render(false, markdown);
    expect(html).toBe(await render(true, markdown));
    expect(html).toContain('<abbr title="Participatiewet">Pw</abbr>');
    expect(html).not.toContain('onerror');
  });

  test('renders every body of the real content and the fixtures as rehype-raw does', async () => {
    const bodies = ['content', 'tests/fixtures/valid-site/content', 'tests/fixtures/hostile-text/content'].flatMap(
      (folder) =>
        readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.mdx'))
          .map((file) =>
            readFileSync(path.join(projectRoot, folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
          ),
    );
    expect(bodies.length).toBeGreaterThan(40);
    for (const body of bodies) expect(await render(false, body)).toBe(await render(true, body));
  });
});
