/** Passage anchors: ids and "link to this passage" links on paragraphs and headings. */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';

const textOf = (node: Element | ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * Rehype plugin: gives every top-level paragraph of an entry body an id (`alinea-3`) and every
 * paragraph and heading a small "link to this passage" anchor, so a passage can be cited.
 */
export function rehypeAnchors(options: { label: (kind: 'heading' | 'paragraph', number: number) => string }) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    let paragraphs = 0;
    let headings = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const isHeading = /^h[2-6]$/.test(node.tagName);
      if (node.tagName !== 'p' && !isHeading) continue;
      if (node.tagName === 'p') {
        paragraphs += 1;
        node.properties['id'] ??= `alinea-${paragraphs}`;
      } else {
        headings += 1;
        node.properties['id'] ??= slugger.slug(textOf(node));
      }
      const id = node.properties['id'];
      if (typeof id !== 'string') continue;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['passage-link'],
          href: `#${id}`,
          ariaLabel: options.label(isHeading ? 'heading' : 'paragraph', isHeading ? headings : paragraphs),
        },
        children: [{ type: 'text', value: '#' }],
      };
      node.children.push({ type: 'text', value: ' ' } as ElementContent, anchor);
    }
  };
}
