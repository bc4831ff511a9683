import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built page: its URL path (`/dilemmas/x/`) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** A link on a page that leads nowhere in the built site. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: 'page' | 'anchor';
}

/** The ids on a page, and every internal link (href, src) it makes, resolved against its own path. */
function readPage(page: BuiltPage, origin: string) {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(fromHtml(page.html), 'element', (node) => {
    const { id, href, src } = node.properties;
    if (typeof id === 'string') ids.add(id);
    for (const value of [href, src]) {
      if (typeof value !== 'string' || /^(?:mailto|tel|data|javascript):/i.test(value)) continue;
      const url = new URL(value, `${origin}${page.path}`);
      if (url.origin === origin) links.push(url.pathname + url.hash);
    }
  });
  return { ids, links };
}

/**
 * Every internal link and `#anchor` on the given pages that resolves to no page or no id.
 * `files` lists the other files in the build (assets, data), which links may also point to.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, origin: string): BrokenLink[] {
  const read = new Map(pages.map((page) => [page.path, readPage(page, origin)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of read.get(page.path)!.links) {
      const [path = '', hash = ''] = link.split('#');
      const target = read.get(path) ?? read.get(`${path}/`);
      if (!target && !files.has(path)) broken.push({ page: page.path, href: link, reason: 'page' });
      else if (hash && target && !target.ids.has(decodeURIComponent(hash)))
        broken.push({ page: page.path, href: link, reason: 'anchor' });
    }
  }
  return broken;
}
