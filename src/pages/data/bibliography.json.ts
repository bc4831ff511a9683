import type { APIRoute } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { citationData } from '../../lib/citation.ts';
import { loadKnowledgeBase } from '../../lib/collections.ts';
import { siteConfig } from '../../site.config.ts';

/** CSL-JSON of every entry, for reference managers; the same data as each entry's citation. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, retrievalDate: accessed } = await loadKnowledgeBase();
  const items = entries.map((entry) =>
    citationData({
      id: entry.id,
      genre: ui.kindSingular[entry.kind],
      title: entry.data.title,
      summary: entry.data.summary,
      updated: entry.data.updated,
      url: new URL(`/${entry.id}/`, site).href,
      accessed,
      siteName: ui.siteName,
      publisher: siteConfig.publisher,
    }),
  );
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
