/** /feed.xml: an Atom feed of entries, newest update first. */
import { permalinkUrl } from '../lib/site/urls.ts';
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { ui } from '../i18n/nl.ts';
import { loadKnowledgeBase } from '../lib/site/knowledge-base.ts';
import { byLastUpdate } from '../lib/site/graph.ts';
import { escapeHtml } from '../lib/site/html-safety.ts';
import { siteConfig } from '../site.config.ts';

/** Atom feed of new and updated entries, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { published } = await loadKnowledgeBase();
  const entries = byLastUpdate(published).slice(0, 50);
  const home = new URL('/', site).href;
  const feed = new Feed({
    title: ui.siteName,
    description: ui.tagline,
    id: home,
    link: home,
    language: 'nl',
    updated: new Date(`${entries[0]?.data.updated ?? '2026-01-01'}T00:00:00Z`),
    copyright: siteConfig.licence.name,
    feedLinks: { atom: new URL('/feed.xml', site).href },
    author: { name: siteConfig.publisher },
  });
  for (const entry of entries) {
    // The feed library writes titles and summaries as type="html" in CDATA, unescaped: given as
    // escaped text, a reader shows them as written and no `]]>` can end the CDATA section.
    feed.addItem({
      title: escapeHtml(`${entry.id} ${entry.data.title}`),
      id: permalinkUrl(entry.id, site),
      link: new URL(entry.url, site).href,
      description: escapeHtml(entry.data.summary),
      date: new Date(`${entry.data.updated}T00:00:00Z`),
      published: new Date(`${entry.data.published}T00:00:00Z`),
      category: [{ name: ui.kindSingular[entry.kind] }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
