/** What an entry body may contain as HTML: the sanitiser schema, the renderer plugins that apply it, and the findings the content check reports. */
import type { Element, Nodes, Properties, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { RehypePlugins } from 'astro';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { remarkEntryLinks } from './remark-entry-links.ts';

/**
 * What an entry body may contain once it is HTML: the elements and attributes that Markdown with
 * GFM produces (tables, task lists, footnotes, [[ID]] links), plus a little inline HTML such as
 * <abbr title>. Nothing that runs code, restyles the page or loads something: no scripts, styles,
 * frames, forms, media, event handlers, `style`, `srcset` or `ping`, and only http(s) and mailto
 * links. The renderer applies it to every body (rehype-sanitize); the content check reports
 * everything it would remove, so nothing is dropped silently.
 */
export const bodySchema: Schema = {
  tagNames: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'cite',
    'code',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
  ],
  attributes: {
    '*': ['title', 'lang', 'dir'],
    a: [
      'href',
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'entry-link', 'data-footnote-backref'],
      ['id', /^user-content-fnref-/],
    ],
    blockquote: ['cite'],
    code: [['className', /^language-[\w-]+$/]],
    del: ['cite', 'dateTime'],
    details: ['open'],
    h2: [
      ['className', 'sr-only'],
      ['id', 'footnote-label'],
    ],
    img: ['src', 'alt', 'width', 'height'],
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    ins: ['cite', 'dateTime'],
    li: [
      ['className', 'task-list-item'],
      ['id', /^user-content-fn-/],
    ],
    ol: ['start', ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    time: ['dateTime'],
    ul: [['className', 'contains-task-list']],
  },
  // Browsers already drop table parts outside a table; the default rule would also check them one by one.
  ancestors: {},
  // Ids are allowed only in the forms GFM footnotes give them (already prefixed), so none is renamed.
  clobber: [],
  clobberPrefix: '',
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    // Only addresses on this site: see `isLocalResource`, which also stops `//host/…`.
    src: [],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'],
  allowComments: false,
  allowDoctypes: false,
};

const BASE = new URL('https://kennisbank.invalid/pagina/');

/**
 * Whether a resource address (an image) stays on this site, read as a browser reads it: after
 * entities are decoded and tabs, newlines and surrounding control characters are dropped, so
 * `//elders.example/x.png` and `/\elders.example/x.png` count as other sites.
 */
export function isLocalResource(value: string): boolean {
  return URL.canParse(value, BASE) && new URL(value, BASE).origin === BASE.origin;
}

/** Properties that make the browser fetch something without a click. */
const RESOURCE_PROPERTIES = ['src', 'srcSet', 'poster', 'data', 'ping', 'background', 'lowsrc', 'dynsrc'];

/** Rehype plugin: removes resources (images) that would load from another site. */
export function rehypeLocalResources() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const property of RESOURCE_PROPERTIES) {
        const value = node.properties[property];
        if (value !== undefined && value !== null && !(typeof value === 'string' && isLocalResource(value))) {
          delete node.properties[property];
        }
      }
    });
  };
}

/**
 * Rehype plugin: rehype-raw on a body that has raw HTML. A body without any (most of them) comes
 * through rehype-raw's parse5 round trip unchanged, and skipping it saves about a third of the
 * rendering of 10,000 entries (`npm run bench`); tests/unit/body-html-raw.test.ts compares both.
 */
export function rehypeRawWhereNeeded() {
  const parse = rehypeRaw();
  return (tree: Root, file: Parameters<typeof parse>[1]) => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    return hasRaw ? parse(tree, file) : tree;
  };
}

/**
 * The rehype plugins that make a rendered body safe, in order: parse raw HTML where Markdown
 * allowed it (Astro would do so only after every plugin), sanitise with `bodySchema`, and drop
 * resources from other sites. The content check reports whatever these would change.
 */
export const safeBodyPlugins: RehypePlugins = [
  rehypeRawWhereNeeded,
  [rehypeSanitize, bodySchema],
  rehypeLocalResources,
];

/** One thing in a body that the renderer would drop or change. */
export interface BodyHtmlFinding {
  /** Line in the body (1 = its first line). */
  line: number;
  /** What it is, as an editor wrote it: `<iframe>`, `onerror=…`, `javascript:alert(1)`. */
  value: string;
  /** What kind of thing it is. */
  what: BodyHtmlProblem;
}

export type BodyHtmlProblem =
  'element' | 'event-handler' | 'style' | 'code-link' | 'remote-resource' | 'attribute' | 'comment' | 'doctype';

/** The body as the renderer reads it: Markdown with GFM, raw HTML parsed as a browser would. */
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkEntryLinks, { resolve: (id: string) => ({ url: `/${id}/`, title: id }) })
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(rehypeRaw);

/**
 * Bodies without raw HTML, images, reference definitions or footnotes, whose every inline link
 * goes straight to a plain http(s) address, render only to elements and attributes the schema
 * allows. Skipping the full reading for them saves most of the check's time (most bodies hold
 * no more than that); a property test holds this shortcut to the full reading.
 */
const MAY_HOLD_HTML = /<|\]:|\]\[|\[\^|!\[/;
const SAFE_LINK = /^\]\(https?:\/\/[\w\-.~:/?#@!$*+,;=%]*\)/;

function isPlainMarkdown(body: string): boolean {
  if (MAY_HOLD_HTML.test(body)) return false;
  for (let index = body.indexOf(']('); index >= 0; index = body.indexOf('](', index + 2)) {
    if (!SAFE_LINK.test(body.slice(index, index + 2048))) return false;
  }
  return true;
}

/** Everything in a Markdown body that the renderer's sanitiser would remove or change. */
export function bodyHtmlFindings(body: string, options: { full?: boolean } = {}): BodyHtmlFinding[] {
  if (!options.full && isPlainMarkdown(body)) return [];
  const tree = parser.runSync(parser.parse(body)) as Root;
  const findings: BodyHtmlFinding[] = [];
  visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
    // Nodes that plugins or the HTML parser made have no position: use the nearest one that has.
    const line =
      [node, ...ancestors.toReversed()].find((each) => each.position?.start?.line)?.position?.start.line ?? 1;
    if (node.type === 'comment') findings.push({ line, value: '<!-- … -->', what: 'comment' });
    else if (node.type === 'doctype') findings.push({ line, value: '<!doctype>', what: 'doctype' });
    else if (node.type === 'element') findings.push(...elementFindings(node, line));
  });
  return findings;
}

/** What sanitising this one element (without its children) would remove or change. */
function elementFindings(node: Element, line: number): BodyHtmlFinding[] {
  const alone: Element = { type: 'element', tagName: node.tagName, properties: node.properties, children: [] };
  const [clean] = (sanitize({ type: 'root', children: [alone] }, bodySchema) as Root).children;
  if (clean?.type !== 'element' || clean.tagName !== node.tagName) {
    return [{ line, value: `<${node.tagName}>`, what: 'element' }];
  }
  const findings: BodyHtmlFinding[] = [];
  for (const [name, value] of Object.entries(node.properties)) {
    const attribute = attributeName(name);
    const kept = clean.properties[name];
    const local = !RESOURCE_PROPERTIES.includes(name) || (typeof value === 'string' && isLocalResource(value));
    if (JSON.stringify(kept) === JSON.stringify(value) && local) continue;
    findings.push({ line, ...attributeFinding(node.tagName, attribute, name, value) });
  }
  return findings;
}

function attributeFinding(
  tagName: string,
  attribute: string,
  name: string,
  value: Properties[string],
): Omit<BodyHtmlFinding, 'line'> {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  if (/^on/i.test(attribute)) return { value: `${attribute}=…`, what: 'event-handler' };
  if (name === 'style') return { value: 'style=…', what: 'style' };
  if (RESOURCE_PROPERTIES.includes(name))
    return { value: `<${tagName} ${attribute}="${text}">`, what: 'remote-resource' };
  if (name === 'href' || name === 'cite') return { value: text, what: 'code-link' };
  return { value: `<${tagName} ${attribute}="${text}">`, what: 'attribute' };
}

/** The HTML attribute name of a hast property: `className` → `class`, `dataFootnoteRef` → `data-footnote-ref`. */
function attributeName(property: string): string {
  return find(html, property).attribute;
}
