/** /data/entries.json: every shown entry with its fields and relations. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../lib/site/knowledge-base.ts';
import { entryRecord } from '../../lib/site/open-data.ts';

/** Every published and withdrawn entry with all its fields, its relations both ways and its published versions. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, graph, versions } = await loadKnowledgeBase();
  const records = entries.map((entry) => ({
    ...entryRecord(entry, graph, site!),
    // Each version's date and the page where its text stays readable, oldest first.
    versions: (versions.get(entry.id) ?? []).map((version) => ({
      date: version.date,
      url: new URL(version.url, site).href,
      current: version.current,
    })),
  }));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
