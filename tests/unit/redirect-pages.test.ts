import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { redirectFiles, redirectHtml, writeRedirectPages } from '../../src/build/redirect-pages.ts';
import { REDIRECT_LIST, REDIRECT_TEMPLATE, type RedirectPage } from '../../src/lib/site/redirects.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const { to, title } = REDIRECT_TEMPLATE;
// The shape src/layouts/Redirect.astro renders (CSP shortened).
const template =
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'">` +
  `<title>${title}</title><meta http-equiv="refresh" content="0; url=${to}"><link rel="canonical" href="http://localhost:4321${to}">` +
  `</head><body><p>Je wordt doorgestuurd naar <a href="${to}">${title}</a>.</p></body></html>`;

/** A built site as Astro leaves it: the template page and the list of forwarding pages. */
function built(pages: RedirectPage[], html = template) {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'redirects-'));
  folders.push(dist);
  mkdirSync(path.join(dist, REDIRECT_TEMPLATE.id));
  writeFileSync(path.join(dist, REDIRECT_TEMPLATE.id, 'index.html'), html);
  writeFileSync(path.join(dist, REDIRECT_LIST), JSON.stringify(pages));
  return { dist, cache: path.join(dist, '..', `${path.basename(dist)}-cache.json`) };
}
const page = (file: string, dist: string) => readFileSync(path.join(dist, file, 'index.html'), 'utf8');

const permalink: RedirectPage = {
  path: '/D-001/',
  to: '/dilemmas/activeren/',
  title: 'D-001 Activeren & "korting" <nu>',
};
const former: RedirectPage = { path: '/dilemmas/oude-naam/', to: '/dilemmas/activeren/', title: 'D-001 Activeren' };

describe('forwarding pages written from the template', () => {
  test('fills in the target everywhere and the title escaped as Astro escapes text', () => {
    const html = redirectHtml(template, permalink);
    expect(html).toContain('<title>D-001 Activeren &amp; &quot;korting&quot; &lt;nu&gt;</title>');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/dilemmas/activeren/">');
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/dilemmas/activeren/">');
    expect(html).toContain('<a href="/dilemmas/activeren/">D-001 Activeren &amp; &quot;korting&quot; &lt;nu&gt;</a>');
    expect(html).not.toContain(REDIRECT_TEMPLATE.id);
  });

  test('refuses an address that would need escaping', () => {
    expect(() => redirectHtml(template, { ...permalink, to: '/dilemmas/x"onload=1/' })).toThrow(/onverwacht adres/);
    expect(() => redirectHtml(template, { ...permalink, path: '/../etc/' })).toThrow(/onverwacht adres/);
  });

  test('writes every listed page, removes the template and the list, and names the files for pruning', async () => {
    const { dist, cache } = built([permalink, former]);
    expect(redirectFiles(dist)).toEqual([
      path.join(dist, 'D-001/index.html'),
      path.join(dist, 'dilemmas/oude-naam/index.html'),
    ]);
    expect(await writeRedirectPages(dist, cache)).toEqual({ written: 2, unchanged: 0 });
    expect(page('dilemmas/oude-naam', dist)).toBe(redirectHtml(template, former));
    expect(existsSync(path.join(dist, REDIRECT_TEMPLATE.id))).toBe(false);
    expect(existsSync(path.join(dist, REDIRECT_LIST))).toBe(false);
  });

  test('a second build rewrites only pages whose title, target or template changed, or whose file is gone', async () => {
    const first = built([permalink, former]);
    await writeRedirectPages(first.dist, first.cache);
    const old = new Date('2026-01-01T00:00:00Z');
    utimesSync(path.join(first.dist, 'D-001/index.html'), old, old);
    const again = () => {
      mkdirSync(path.join(first.dist, REDIRECT_TEMPLATE.id));
      writeFileSync(path.join(first.dist, REDIRECT_TEMPLATE.id, 'index.html'), template);
      writeFileSync(
        path.join(first.dist, REDIRECT_LIST),
        JSON.stringify([permalink, { ...former, title: 'D-001 Nieuw' }]),
      );
    };
    again();
    expect(await writeRedirectPages(first.dist, first.cache)).toEqual({ written: 1, unchanged: 1 });
    expect(statSync(path.join(first.dist, 'D-001/index.html')).mtimeMs).toBe(old.getTime());
    expect(page('dilemmas/oude-naam', first.dist)).toContain('<title>D-001 Nieuw</title>');

    rmSync(path.join(first.dist, 'D-001'), { recursive: true });
    again();
    expect(await writeRedirectPages(first.dist, first.cache)).toEqual({ written: 1, unchanged: 1 });
    expect(page('D-001', first.dist)).toBe(redirectHtml(template, permalink));

    again();
    writeFileSync(path.join(first.dist, REDIRECT_TEMPLATE.id, 'index.html'), template.replace('nl', 'nl-NL'));
    expect(await writeRedirectPages(first.dist, first.cache)).toEqual({ written: 2, unchanged: 0 });
    expect(page('D-001', first.dist)).toContain('<html lang="nl-NL">');
  });

  test('fails when the template no longer holds its stand-ins where the layout puts them', async () => {
    const { dist, cache } = built([permalink], template.replace(`<title>${title}</title>`, '<title>Vast</title>'));
    await expect(writeRedirectPages(dist, cache)).rejects.toThrow(/niet 3× het doel en 2× de titel/);
  });
});
