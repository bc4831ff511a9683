import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import {
  CSP_META_START,
  escapeHtml,
  jsonForScript,
  placeCspFirst,
  withCspFirst,
} from '../../src/lib/site/html-safety.ts';

/** Text that tries to leave a <script>, a comment, CDATA or an attribute. */
const payloads = [
  `</script><script>window.__xss=1</script>`,
  `</SCRIPT ><script>alert(1)</script>`,
  '<!--',
  `"'><img src=x onerror=window.__xss=2>`,
  ']]>',
  '<meta http-equiv="refresh" content="0;url=https://example.org/">',
  '</title><script>window.__xss=3</script>',
  'line\u2028separator\u2029paragraph & ampersand',
];

describe('jsonForScript', () => {
  const value = { title: payloads.join(' '), list: payloads, nested: { n: 1, ok: true, none: null } };

  test('gives JSON that parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
    for (const payload of payloads) expect(JSON.parse(jsonForScript(payload))).toBe(payload);
  });

  test('leaves no <, >, &, U+2028 or U+2029, so no </script, <!-- or ]]> survives', () => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(json).not.toContain(']]>');
    expect(jsonForScript('</script>&\u2028')).toBe('"\\u003c/script\\u003e\\u0026\\u2028"');
  });

  test('keeps a script element whole when parsed as HTML: its text is the JSON', () => {
    const json = jsonForScript(value);
    const tree = fromHtml(`<script type="application/ld+json">${json}</script><p>after</p>`, { fragment: true });
    expect(tree.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual(['script', 'p']);
    const [script] = tree.children;
    expect(script?.type === 'element' && script.children[0]?.type === 'text' && script.children[0].value).toBe(json);
  });

  test('refuses a value that is not JSON', () => {
    expect(() => jsonForScript(undefined)).toThrow(TypeError);
  });
});

describe('escapeHtml', () => {
  test('escapes &, <, >, " and \' so HTML shows the text as written', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a> ]]>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; ]]&gt;',
    );
  });
});

describe('placeCspFirst', () => {
  const csp = `${CSP_META_START}default-src 'self'; script-src 'self' 'sha256-abc='">`;
  const page = (head: string) =>
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>T</title>${head}</head><body><p>x</p></body></html>`;

  test('moves the CSP meta from the end of the head to just after the charset', () => {
    const html = placeCspFirst(
      page(`<link rel="canonical" href="/x/">${csp}<link rel="stylesheet" href="/a.css">`),
      '/x/',
    );
    expect(html).toBe(
      `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">${csp}<meta name="viewport" content="width=device-width"><title>T</title><link rel="canonical" href="/x/"><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>`,
    );
  });

  test('accepts white space between <head> and the charset, as the dev server writes it', () => {
    const html = placeCspFirst(
      `<html><head>\n  <meta charset="utf-8">\n  <title>T</title>${csp}</head><body></body></html>`,
      '/',
    );
    expect(html).toBe(`<html><head>\n  <meta charset="utf-8">${csp}\n  <title>T</title></head><body></body></html>`);
  });

  test('fails naming the page when it has no CSP meta', () => {
    expect(() => placeCspFirst(page(''), '/dilemmas/x/')).toThrow(
      '/dilemmas/x/: geen Content-Security-Policy-<meta>; verwacht precies één',
    );
  });

  test('fails naming the page when it has two CSP metas', () => {
    expect(() => placeCspFirst(page(csp + csp), '/D-001/')).toThrow(
      '/D-001/: 2 Content-Security-Policy-<meta>; verwacht precies één',
    );
  });

  test('fails when the CSP meta is no longer in the head', () => {
    const html = page('').replace('<p>x</p>', `<p>x</p>${csp}`);
    expect(() => placeCspFirst(html, '/x/')).toThrow('/x/: de Content-Security-Policy-<meta> staat niet in <head>');
  });

  test('fails when the head does not start with the charset', () => {
    const html = page(csp).replace('<head><meta charset="utf-8">', '<head><title>T</title><meta charset="utf-8">');
    expect(() => placeCspFirst(html, '/x/')).toThrow('/x/: <head> begint niet met <meta charset="utf-8">');
  });
});

describe('withCspFirst', () => {
  const csp = `${CSP_META_START}default-src 'self'">`;
  const html = `<html><head><meta charset="utf-8"><title>T</title>${csp}</head><body></body></html>`;
  const respond = (body: string, type: string, status = 200) =>
    new Response(body, { status, headers: { 'content-type': type } });

  test('places the CSP first in an HTML page and keeps its status and headers', async () => {
    const response = await withCspFirst(respond(html, 'text/html', 404), '/404/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe(
      `<html><head><meta charset="utf-8">${csp}<title>T</title></head><body></body></html>`,
    );
  });

  test('leaves other files as they are', async () => {
    const feed = '<?xml version="1.0"?><feed></feed>';
    const response = await withCspFirst(respond(feed, 'application/atom+xml; charset=utf-8'), '/feed.xml');
    expect(await response.text()).toBe(feed);
  });

  test('fails a page without a CSP, except when not strict (the dev server)', async () => {
    const bare = html.replace(csp, '');
    await expect(withCspFirst(respond(bare, 'text/html'), '/over/')).rejects.toThrow('/over/: geen');
    expect(await (await withCspFirst(respond(bare, 'text/html'), '/over/', false)).text()).toBe(bare);
  });
});
