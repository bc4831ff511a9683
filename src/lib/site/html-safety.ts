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
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/g;
const CHARSET_META = /<head>\s*<meta charset="utf-8">/;

/**
 * Moves Astro's CSP `<meta>`, which Astro writes at the end of `<head>`, to just after
 * `<meta charset="utf-8">`: a policy applies only to what follows it. Throws, naming the page,
 * when the page has no CSP or more than one, or when its head does not start with the charset.
 */
export function placeCspFirst(html: string, page: string): string {
  const found = [...html.matchAll(CSP_META)];
  if (found.length !== 1) {
    throw new Error(
      `${page}: ${found.length === 0 ? 'geen' : found.length} Content-Security-Policy-<meta>; verwacht precies één (security.csp in astro.config.mjs).`,
    );
  }
  const [meta] = found as [RegExpExecArray];
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0 || meta.index > headEnd) {
    throw new Error(
      `${page}: de Content-Security-Policy-<meta> staat niet in <head>; iets op de pagina sluit <head> af.`,
    );
  }
  const charset = CHARSET_META.exec(html);
  if (!charset || charset.index > meta.index) {
    throw new Error(
      `${page}: <head> begint niet met <meta charset="utf-8">, dus de Content-Security-Policy kan er niet na.`,
    );
  }
  const after = charset.index + charset[0].length;
  const withoutMeta = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  return withoutMeta.slice(0, after) + meta[0] + withoutMeta.slice(after);
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
