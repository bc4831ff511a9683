/*
 * What keeps content (titles, summaries and every other text an editor writes) from running
 * code or leaving its place in the built pages. Everything else is escaped by Astro's templates.
 */

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON to put inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 escaped, so no text can close it. */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('jsonForScript: de waarde is geen JSON');
  return json.replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_ESCAPES[character]!);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text as HTML text, for the few outputs no Astro template makes (the Atom feed's `type="html"` fields). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** The opening of the CSP `<meta>` exactly as Astro writes it (`renderAllHeadContent`). */
export const CSP_META_START = '<meta http-equiv="content-security-policy" content="';
const CHARSET_META = '<meta charset="utf-8">';

/**
 * Moves Astro's CSP `<meta>`, which Astro writes at the end of `<head>`, to just after
 * `<meta charset="utf-8">`: a policy applies only to what follows it. Throws, naming the page,
 * when the page has no CSP or more than one, or when its head does not start with the charset.
 * Plain string searches: this runs for every page of the build.
 */
export function placeCspFirst(html: string, page: string): string {
  const start = html.indexOf(CSP_META_START);
  let count = 0;
  for (let at = start; at >= 0; at = html.indexOf(CSP_META_START, at + 1)) count += 1;
  if (count !== 1) {
    throw new Error(
      `${page}: ${count === 0 ? 'geen' : count} Content-Security-Policy-<meta>; verwacht precies één (security.csp in astro.config.mjs).`,
    );
  }
  const end = html.indexOf('">', start + CSP_META_START.length) + 2;
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0 || start > headEnd) {
    throw new Error(
      `${page}: de Content-Security-Policy-<meta> staat niet in <head>; iets op de pagina sluit <head> af.`,
    );
  }
  const headStart = html.indexOf('<head>');
  const charset = html.indexOf(CHARSET_META, headStart);
  if (headStart < 0 || charset < 0 || charset > start || html.slice(headStart + 6, charset).trim() !== '') {
    throw new Error(
      `${page}: <head> begint niet met <meta charset="utf-8">, dus de Content-Security-Policy kan er niet na.`,
    );
  }
  const after = charset + CHARSET_META.length;
  return html.slice(0, after) + html.slice(start, end) + html.slice(after, start) + html.slice(end);
}

/**
 * A page's response with its CSP placed first (see placeCspFirst); other responses as they are.
 * Not `strict` (the dev server, which writes no CSP), a page without one passes unchanged.
 */
export async function withCspFirst(response: Response, page: string, strict = true): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('text/html') || response.body === null) return response;
  const html = await response.text();
  const placed = !strict && !html.includes(CSP_META_START) ? html : placeCspFirst(html, page);
  return new Response(placed, { status: response.status, statusText: response.statusText, headers: response.headers });
}
