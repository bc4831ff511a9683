/** /data/entries.json: every shown entry with its fields and relations. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../lib/site/knowledge-base.ts';
import { entryRecord } from '../../lib/site/open-data.ts';

/** Every published and withdrawn entry with all its fields and its relations both ways. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, graph } = await loadKnowledgeBase();
  const records = entries.map((entry) => entryRecord(entry, graph, site!));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
