/** The [[ID]] link syntax: found in bodies for the check and the loader, turned into links by a remark plugin. */
import type { Root, PhrasingContent, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { ID_PATTERN } from '../schemas/shared.ts';

/** An `[[…]]` link in a body: two square brackets around an entry ID (anything inside is checked against the ID rule). */
const ENTRY_LINK = /\[\[([^\]\n]*)\]\]/g;

/** Every `[[…]]` link in a Markdown body, with its line offset (0 = first body line). */
export function findBodyLinks(body: string): { id: string; line: number }[] {
  const links: { id: string; line: number }[] = [];
  body.split('\n').forEach((text, line) => {
    for (const match of text.matchAll(ENTRY_LINK)) links.push({ id: (match[1] ?? '').trim(), line });
  });
  return links;
}

/** Where an `[[ID]]` link goes and what it shows. */
export interface LinkTarget {
  url: string;
  title: string;
}

/**
 * Remark plugin: turns `[[D-007]]` in entry bodies into a link to that entry, showing its ID
 * and title. Unknown IDs are left as text here; the integrity check has already failed the build.
 */
export function remarkEntryLinks(options: { resolve: (id: string) => LinkTarget | undefined }) {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[[')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(ENTRY_LINK)) {
        const id = (match[1] ?? '').trim();
        const target = ID_PATTERN.test(id) ? options.resolve(id) : undefined;
        if (!target) continue;
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({
          type: 'link',
          url: target.url,
          title: null,
          data: { hProperties: { className: ['entry-link'] } },
          children: [{ type: 'text', value: `${id} ${target.title}` }],
        });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
