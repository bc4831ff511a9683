import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import rehypeRaw from 'rehype-raw';
import { bodyHtmlFindings, isLocalResource, safeBodyPlugins } from '../../src/markdown/body-html.ts';
import { splitEntryFile } from '../../src/lib/content/frontmatter.ts';
import type { ContentTree, RawEntry } from '../../src/lib/content/tree.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { kindNames, kinds, type Kind } from '../../src/schemas/kinds.ts';
import { entryData, validTree } from '../helpers/entries.ts';

/**
 * Property tests: generated entries with random frontmatter and bodies made of Markdown, HTML,
 * unicode and the attacks the check must stop. A small seeded run is part of `npm test`;
 * `FUZZ_RUNS=5000 npm exec vitest run tests/unit/fuzz-content.test.ts` runs a larger one
 * (`FUZZ_SEED` picks another seed). Every failure found becomes an example in safety.test.ts.
 */
const runs = Number(process.env['FUZZ_RUNS'] ?? 150);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261202);
const settings = { numRuns: runs, seed, endOnFailure: true };
/** Generous: a larger run takes about 7 ms a case on this machine, a loaded one several times that. */
const timeout = 20_000 + runs * 40;

/** Known attacks and awkward input, from the adversarial probe and the OWASP XSS filter evasion list. */
const payloads = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><a href="javascript:alert(1)">x</a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<iframe src="https://example.org/"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://example.org/">',
  '<base href="https://example.org/">',
  '<link rel="stylesheet" href="https://example.org/x.css">',
  '<form action="https://example.org/"><button>x</button></form>',
  '<object data="https://example.org/x"></object>',
  '<embed src="https://example.org/x">',
  '<video><source src="https://example.org/x.mp4" onerror="alert(1)"></video>',
  '<details open ontoggle=alert(1)>x</details>',
  '<input onfocus=alert(1) autofocus>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x61;script:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#1;javascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="https://example.org/" ping="https://example.org/p">x</a>',
  '<a href="https://example.org/" target="_blank">x</a>',
  '<img src="//example.org/x.png">',
  '<img src="/\\example.org/x.png">',
  '<img src="https://example.org/x.png">',
  '<img src="/lokaal.png" srcset="https://example.org/x.png 2x">',
  '<span style="background:url(https://example.org/x)">x</span>',
  '<style>body{display:none}</style>',
  '<div title="a\n\n<img src=x onerror=alert(1)>">x</div>',
  '| a | `b |\n| - | - |\n| <meta http-equiv="refresh" content="0;url=https://example.org/"> ` | c |',
  '[x](javascript:alert(1))',
  '[x](jav&#x61;script:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](<javascript:alert(1)>)',
  '![x](https://example.org/x.png)',
  '![x](//example.org/x.png)',
  '[a]: javascript:alert(1)\n\n[x][a]',
  '[a]: https://example.org/x.png\n\n![x][a]',
  '<https://example.org/>',
  '<javascript:alert(1)>',
  'www.example.org',
  '<!-- verborgen -->',
  '<!DOCTYPE html>',
  '<x onclick=alert(1)>x</x>',
  '<Kaart gemeente="x" />',
  '`<script>alert(1)</script>`',
  '```\n<script>alert(1)</script>\n```',
  '    <script>alert(1)</script>',
  '{alert(1)}',
  'import x from "y"',
  '[[D-001]]',
  '[[D-0001]]',
  '[gewoon](https://wetten.overheid.nl/BWBR0015703)',
  '[spatie]( https://example.org/)',
  '[entiteit](https://example.org/&#x6A;)',
  '[titel](https://example.org/ "titel")',
  '[haakjes](https://example.org/a_(b))',
  '[lokaal](/dilemmas/)',
  '](https://example.org/)',
  '](javascript:alert(1))',
  'Voetnoot[^1].\n\n[^1]: Bron.',
  '- [ ] taak',
  '<abbr title="Participatiewet">Pw</abbr>',
  '\u202Eomgekeerd\u202C',
  '\u200B\u200D\uFEFF',
  ']]>',
  '&lt;script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
];
const structure = [
  '\n',
  '\n\n',
  '> ',
  '- ',
  '1. ',
  '  ',
  '\t',
  '| ',
  ' |',
  '`',
  '*',
  '**',
  '_',
  '#',
  '## ',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '"',
  "'",
  '=',
  '&',
  ';',
  ':',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...payloads) },
  { weight: 3, arbitrary: fc.constantFrom(...structure) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Een gewone zin.', 'Tekst met *nadruk*.', '[link](https://wetten.overheid.nl/)'),
  },
);
const body = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(''));

/** A field value: mostly text with attacks in it, sometimes another type altogether. */
const value = fc.oneof(
  { weight: 4, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.array(fragment, { maxLength: 3 }).map((p) => p.join('')),
      { maxLength: 3 },
    ),
  },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.date().map(String)) },
);

const kind = fc.constantFrom<Kind>(...kindNames);

/** An entry file: valid frontmatter with some fields replaced, or frontmatter that is garbage. */
const entryFile = fc.record({
  kind,
  slug: fc.oneof(fc.constantFrom('gewoon-item', 'ander-item'), fc.string({ maxLength: 12 })),
  changes: fc.dictionary(
    fc.constantFrom(
      'title',
      'summary',
      'aliases',
      'questions',
      'question',
      'setting',
      'benefits',
      'published',
      'formerSlugs',
      'themes',
      'sources',
      'onbekend',
    ),
    value,
    { maxKeys: 4 },
  ),
  rawFrontmatter: fc.option(
    fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join('')),
    { freq: 4 },
  ),
  body,
});

type EntryFile = typeof entryFile extends fc.Arbitrary<infer T> ? T : never;

function textOf(entry: EntryFile): string {
  const data = { ...entryData(entry.kind, { id: `${kinds[entry.kind].prefix}-002` }), ...entry.changes };
  const frontmatter = entry.rawFrontmatter ?? yaml.dump(data);
  return `---\n${frontmatter}\n---\n${entry.body}`;
}

/** The tree the reader would make of these files (the listing itself is tested in content-files.test.ts). */
function treeOf(files: EntryFile[]): ContentTree {
  const tree = validTree();
  files.forEach((entry, index) => {
    const file = `content/${kinds[entry.kind].folder}/${entry.slug}-${index}.mdx`;
    const text = textOf(entry);
    const split = splitEntryFile(text);
    if (!split.ok) {
      if (split.problem === 'missing-frontmatter') tree.withoutFrontmatter.push(file);
      else tree.unreadable.push({ file, error: split.error });
      return;
    }
    const raw: RawEntry = {
      file,
      kind: entry.kind,
      slug: `${entry.slug}-${index}`,
      data: split.data,
      body: split.body,
      bodyLine: split.bodyLine,
      text,
    };
    tree.entries.push(raw);
  });
  return tree;
}

const options = markdownOptions((id) => ({ url: `/${id}/`, title: id }));
const renderer = await createMarkdownProcessor({ ...options, syntaxHighlight: false });
/** The same pipeline without the sanitiser: what an accepted body must render to all the same. */
const unsanitised = await createMarkdownProcessor({
  ...options,
  rehypePlugins: [rehypeRaw, ...options.rehypePlugins.slice(safeBodyPlugins.length)],
  syntaxHighlight: false,
});

/** What must never be in a rendered body, whatever the check let through. */
function dangers(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (
      ['script', 'iframe', 'object', 'embed', 'style', 'meta', 'base', 'link', 'form', 'svg', 'math'].includes(
        node.tagName,
      )
    ) {
      found.push(`<${node.tagName}>`);
    }
    for (const [name, property] of Object.entries(node.properties)) {
      const text = String(property);
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (['src', 'srcSet', 'poster', 'ping', 'data'].includes(name) && !isLocalResource(text))
        found.push(`${name}=${text}`);
      if (
        name === 'href' &&
        URL.canParse(text, 'https://kennisbank.invalid/') &&
        !['http:', 'https:', 'mailto:'].includes(new URL(text, 'https://kennisbank.invalid/').protocol)
      ) {
        found.push(`href=${text}`);
      }
      if (name === 'style') found.push('style=');
    }
  });
  return found;
}

const KNOWN_FILES = /^(?:content\/.+|src\/site\.config\.ts)$/;

describe('fuzzing the content check', () => {
  test(
    'never throws and names a file for every problem',
    () => {
      fc.assert(
        fc.property(fc.array(entryFile, { minLength: 1, maxLength: 3 }), (files) => {
          const problems = checkContent(treeOf(files));
          for (const problem of problems) {
            expect(problem.file).toMatch(KNOWN_FILES);
            expect(problem.message.length).toBeGreaterThan(10);
          }
        }),
        settings,
      );
    },
    timeout,
  );

  test(
    'whatever the check accepts renders unchanged by the sanitiser, and nothing renders a script, event handler, style, foreign resource or code link',
    async () => {
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const tree = validTree();
          const entry = tree.entries[1]!;
          tree.entries[1] = { ...entry, body: text, text: `${entry.text}${text}` };
          const accepted = !checkContent(tree).some((problem) => problem.file === entry.file);
          const { code } = await renderer.render(text);
          // The renderer's sanitiser is defence in depth: it holds even for bodies the check refuses.
          expect(dangers(code), code).toEqual([]);
          // Nothing is dropped silently: what the check accepts, the sanitiser leaves as it is.
          if (accepted) expect(code).toBe((await unsanitised.render(text)).code);
        }),
        settings,
      );
    },
    timeout,
  );

  test(
    'the shortcut for plain Markdown finds the same as reading every body in full',
    () => {
      fc.assert(
        fc.property(body, (text) => {
          expect(bodyHtmlFindings(text)).toEqual(bodyHtmlFindings(text, { full: true }));
        }),
        settings,
      );
    },
    timeout,
  );
});
