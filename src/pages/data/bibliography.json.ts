/** /data/bibliography.json: every shown entry as CSL-JSON, for reference managers. */
import type { APIRoute } from 'astro';
import { citationData, entryCitationInput } from '../../lib/site/citation.ts';
import { loadKnowledgeBase } from '../../lib/site/knowledge-base.ts';

/** CSL-JSON of every entry, for reference managers; the same data as each entry's citation. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadKnowledgeBase();
  const items = entries.map((entry) => citationData(entryCitationInput(entry, site!)));
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
