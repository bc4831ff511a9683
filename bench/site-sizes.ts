/** Sizes of a built site: pages, dist/ and Pagefind bytes, and the weight of entry pages read from their HTML. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { entryUrl } from '../src/lib/site/urls.ts';
import type { SyntheticEntry } from './synthetic-content.ts';
import { median } from './synthetic-text.ts';

function walk(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name));
}

const bytesOf = (files: string[]) => files.reduce((total, file) => total + statSync(file).size, 0);

/** Every element `name` of a page, in document order, as a browser parses it. */
function elements(html: string, name: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === name) found.push(node);
  });
  return found;
}

/** A string attribute of an element, or '' if it has none. */
const attribute = (element: Element, name: string) => {
  const value = element.properties[name];
  return typeof value === 'string' ? value : '';
};

/** Site-absolute modules a script imports statically (`import … from "/_astro/x.js"`, `import "/x.js"`). */
const importsOf = (code: string) =>
  [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\/[^"']+\.m?js)["']/g)].map((match) => match[1] as string);

interface PageWeight {
  /** Gzipped HTML plus the gzipped CSS files it links. */
  gzipBytes: number;
  /** External scripts (and what they import) plus inline module scripts, uncompressed. */
  jsBytes: number;
}

function pageWeight(dist: string, url: string): PageWeight {
  const html = readFileSync(path.join(dist, url, 'index.html'));
  const text = html.toString('utf8');
  const fileOf = (href: string) => path.join(dist, decodeURI(href.split(/[?#]/)[0] ?? ''));
  const css = elements(text, 'link')
    .filter((link) => [link.properties['rel']].flat().includes('stylesheet') && attribute(link, 'href'))
    .map((link) => fileOf(attribute(link, 'href')))
    .filter((file) => existsSync(file));
  const gzipBytes = gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

  let jsBytes = 0;
  const loaded = new Set<string>();
  const load = (href: string) => {
    const file = fileOf(href);
    if (loaded.has(file) || !existsSync(file)) return;
    loaded.add(file);
    const code = readFileSync(file, 'utf8');
    jsBytes += Buffer.byteLength(code);
    importsOf(code).forEach(load);
  };
  for (const script of elements(text, 'script')) {
    const type = attribute(script, 'type');
    if (attribute(script, 'src')) load(attribute(script, 'src'));
    else if (type === 'module' || type === '' || type === 'text/javascript') {
      const inner = script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      jsBytes += Buffer.byteLength(inner);
      importsOf(inner).forEach(load);
    }
  }
  return { gzipBytes, jsBytes };
}

/** Sizes of a built site. */
export interface SiteSizes {
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  entryPages: { sampled: number; medianGzipBytes: number; medianJsBytes: number; maxJsBytes: number };
}

/** Counts and weighs the site built in `root/dist`, with at most 200 entry pages spread evenly over the corpus. */
export function measureSite(root: string, corpus: SyntheticEntry[]): SiteSizes {
  const dist = path.join(root, 'dist');
  const files = walk(dist);
  const pagefind = path.join(dist, 'pagefind');
  const shown = corpus.filter((entry) => entry.status === 'gepubliceerd');
  const step = Math.max(1, Math.floor(shown.length / 200));
  const sample = shown.filter((_, index) => index % step === 0).slice(0, 200);
  const weights = sample.map((entry) => pageWeight(dist, entryUrl(entry.kind, entry.slug)));
  return {
    pages: files.filter((file) => path.basename(file) === 'index.html').length,
    distBytes: bytesOf(files),
    pagefindBytes: existsSync(pagefind) ? bytesOf(walk(pagefind)) : 0,
    entryPages: {
      sampled: weights.length,
      medianGzipBytes: median(weights.map((weight) => weight.gzipBytes)),
      medianJsBytes: median(weights.map((weight) => weight.jsBytes)),
      maxJsBytes: Math.max(...weights.map((weight) => weight.jsBytes)),
    },
  };
}
