/** The Markdown pipeline of entry bodies, shared by the site config and the tests. */
import type { RehypePlugins, RemarkPlugins } from 'astro';
import rehypeExternalLinks from 'rehype-external-links';
import { ui } from '../i18n/nl.ts';
import { safeBodyPlugins } from './body-html.ts';
import { rehypeAnchors } from './rehype-anchors.ts';
import { remarkEntryLinks, type LinkTarget } from './remark-entry-links.ts';
import { remarkTypography } from './remark-typography.ts';

/**
 * How entry bodies are rendered: Markdown with GFM, [[ID]] links, typography, raw HTML parsed
 * and sanitised (`safeBodyPlugins`), passage anchors and safe external links. The site's config
 * and the tests that render bodies as the site does both use this one list.
 */
export function markdownOptions(resolve: (id: string) => LinkTarget | undefined): {
  gfm: true;
  smartypants: false;
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    gfm: true,
    // Astro's SmartyPants, applied only where a document has quotes, dashes or dots to change.
    smartypants: false,
    remarkPlugins: [remarkTypography, [remarkEntryLinks, { resolve }]],
    rehypePlugins: [
      // Raw HTML parsed and sanitised first; the content check reports whatever this would remove.
      ...safeBodyPlugins,
      [rehypeAnchors, { label: ui.entry.passageLink }],
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
    ],
  };
}
