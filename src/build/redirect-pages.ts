// The forwarding pages after a build: every permanent link and former URL written as a plain file from the one template Astro rendered.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml } from '../lib/site/html-safety.ts';
import { REDIRECT_LIST, REDIRECT_TEMPLATE, type RedirectPage } from '../lib/site/redirects.ts';

/** The folder of a built site's page at `url`, e.g. `/D-007/`. */
const pageFile = (dist: string, url: string) => path.join(dist, url, 'index.html');

/** How many files are compared and written at once. */
const BATCH = 64;

/** A URL path of the site's own scheme (lower-case letters, digits, hyphens; IDs in capitals), nothing to escape. */
const SAFE_PATH = /^\/(?:[A-Za-z0-9-]+\/)+$/;

/** The forwarding pages Astro listed in the built site `dist`, or none when there is no list. */
export function listedRedirectPages(dist: string): RedirectPage[] {
  const file = path.join(dist, REDIRECT_LIST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RedirectPage[]) : [];
}

/** The files of the forwarding pages listed in `dist`, as absolute paths (stale-file pruning keeps them). */
export const redirectFiles = (dist: string): string[] =>
  listedRedirectPages(dist).map((page) => pageFile(dist, page.path));

/**
 * Fills in the template for one page: the target URL (in the refresh, the canonical link and the
 * link) and the title (in <title> and the link), escaped as Astro escapes text.
 */
export function redirectHtml(template: string, page: RedirectPage): string {
  for (const url of [page.path, page.to]) {
    if (!SAFE_PATH.test(url)) throw new Error(`doorverwijzing: onverwacht adres ${JSON.stringify(url)}`);
  }
  return template.replaceAll(REDIRECT_TEMPLATE.to, page.to).replaceAll(REDIRECT_TEMPLATE.title, escapeHtml(page.title));
}

/**
 * Writes every forwarding page Astro listed in the built site `dist` from the template page it
 * rendered, then removes the template and the list. A page the previous build wrote from the same
 * template with the same target and title (kept in `cacheFile`) is left as it is, so a rebuild
 * writes only what changed. Throws when the template does not hold
 * its stand-ins where the layout (src/layouts/Redirect.astro) puts them.
 */
export async function writeRedirectPages(
  dist: string,
  cacheFile: string,
): Promise<{ written: number; unchanged: number }> {
  const templateFile = pageFile(dist, `/${REDIRECT_TEMPLATE.id}/`);
  const listFile = path.join(dist, REDIRECT_LIST);
  if (!existsSync(templateFile) || !existsSync(listFile)) {
    throw new Error(`doorverwijzingen: ${path.relative(dist, templateFile)} of ${REDIRECT_LIST} ontbreekt in de build`);
  }
  const template = readFileSync(templateFile, 'utf8');
  const count = (text: string) => template.split(text).length - 1;
  if (count(REDIRECT_TEMPLATE.to) !== 3 || count(REDIRECT_TEMPLATE.title) !== 2) {
    throw new Error(
      `doorverwijzingen: het sjabloon ${path.relative(dist, templateFile)} heeft niet 3× het doel en 2× de titel; ` +
        'pas src/build/redirect-pages.ts aan src/layouts/Redirect.astro aan.',
    );
  }
  const pages = listedRedirectPages(dist);
  // What the previous build wrote: a page with the same template, target and title whose file is still there is left alone.
  const templateHash = createHash('sha256').update(template).digest('hex');
  const previous = readPrevious(cacheFile, templateHash);
  const changed = pages.filter(
    (page) => previous.get(page.path) !== `${page.to} ${page.title}` || !existsSync(pageFile(dist, page.path)),
  );
  for (let at = 0; at < changed.length; at += BATCH) {
    await Promise.all(
      changed.slice(at, at + BATCH).map(async (page) => {
        const file = pageFile(dist, page.path);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, redirectHtml(template, page));
      }),
    );
  }
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ templateHash, pages }));
  rmSync(path.dirname(templateFile), { recursive: true });
  rmSync(listFile);
  return { written: changed.length, unchanged: pages.length - changed.length };
}

/** The pages the previous build wrote with the same template, as path → "target title". */
function readPrevious(cacheFile: string, templateHash: string): Map<string, string> {
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { templateHash: string; pages: RedirectPage[] };
    if (cached.templateHash !== templateHash) return new Map();
    return new Map(cached.pages.map((page) => [page.path, `${page.to} ${page.title}`]));
  } catch {
    return new Map();
  }
}
