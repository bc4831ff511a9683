/** /data/entries.csv: one row per shown entry, safe to open in a spreadsheet. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../lib/site/knowledge-base.ts';
import { entryRecord, toCsv } from '../../lib/site/open-data.ts';

/** The same entries as entries.json, one row each, for spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, graph } = await loadKnowledgeBase();
  return new Response(toCsv(entries.map((entry) => entryRecord(entry, graph, site!))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
