// /doorverwijzingen.json: the forwarding pages a build writes after Astro has exited (src/build/redirect-pages.ts), which removes this file.
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../lib/site/knowledge-base.ts';
import { redirectPages } from '../lib/site/redirects.ts';

export const GET: APIRoute = async () => {
  const { entries } = await loadKnowledgeBase();
  return new Response(JSON.stringify(redirectPages(entries)), { headers: { 'content-type': 'application/json' } });
};
