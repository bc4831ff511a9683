/** The printed handout's page header and footer for one entry: a small stylesheet and its CSP hash. */
import { createHash } from 'node:crypto';

/** A CSS string literal of any text: quotes, backslashes, line breaks and `<` escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/**
 * The @page rules that put an entry's ID and version at the top right of every printed page and its
 * permanent link at the bottom left (CSS margin boxes, which Chromium prints), with the hash of the
 * exact text for the page's Content-Security-Policy.
 */
export function handoutPageStyle(label: string, permalink: string): { css: string; hash: `sha256-${string}` } {
  const box = (text: string) => `content:${cssString(text)};font:8pt system-ui,sans-serif;color:#333`;
  const css = `@media print{@page{@top-right{${box(label)}}@bottom-left{${box(permalink)}}}}`;
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}
