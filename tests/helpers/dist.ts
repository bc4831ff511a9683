import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPage } from './link-check.ts';

/** Every HTML page of a built site with its URL path, and every other file's path. */
export function readDist(dist: string): { pages: BuiltPage[]; files: Set<string> } {
  const all = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
  const pages = all
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      path: `/${file.replace(/(?:^|\/)index\.html$/, '/').replace(/^\/+/, '')}`.replace(/^\/\//, '/'),
      html: readFileSync(path.join(dist, file), 'utf8'),
    }));
  return { pages, files: new Set(all.map((file) => `/${file}`)) };
}
