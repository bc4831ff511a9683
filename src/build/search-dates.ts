// The table of dates that sorts search results by "last updated" when the index has several parts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleNames, fragmentUrl, SEARCH_BUNDLE, shardBundle } from './search-shards.ts';

/** The table's file name in the first part's bundle: `datums.<hash of its content>.json`. */
const DATE_TABLE = /^datums\.[\w-]+\.json$/;

/**
 * Writes, when the index has more than one part, the date each indexed page was last updated, by
 * the name of its fragment (what a Pagefind result is called before its fragment is loaded):
 * `{"2026-05-01": ["nl_1a2b3c4", …], …}`, into the first part's bundle. Pagefind sorts by
 * position within one index, so results merged from several cannot be put in date order without
 * it (src/lib/site/search-dates.ts does that in the browser). Pages are found by their URL in the fragment; the
 * fragments read are remembered in `<staging>/fragmenten.json` (a fragment's name is a hash of its
 * content, so what it says never changes). Earlier tables are removed. Returns the table's URL,
 * or undefined for an index of one part (Pagefind sorts that itself).
 */
export function writeDateTable(dist: string, staging: string, shards: readonly number[]): string | undefined {
  const bundle = path.join(dist, SEARCH_BUNDLE);
  const earlier = existsSync(bundle) ? readdirSync(bundle).filter((file) => DATE_TABLE.test(file)) : [];
  if (shards.length < 2) {
    earlier.forEach((file) => rmSync(path.join(bundle, file)));
    return undefined;
  }
  const { pages } = JSON.parse(readFileSync(`${staging}.json`, 'utf8')) as {
    pages: Record<string, { updated?: string }>;
  };
  const cacheFile = path.join(staging, 'fragmenten.json');
  const known = readUrls(cacheFile);
  const urls: Record<string, string> = {};
  const byDate = new Map<string, string[]>();
  for (const shard of shards) {
    for (const name of bundleNames(shardBundle(dist, shard)).pages) {
      const url = known[name] ?? fragmentUrl(shardBundle(dist, shard), name);
      urls[name] = url;
      // Staging keys pages by their path without the leading slash (`dilemmas/x/`), as Pagefind's URLs have it.
      const updated = pages[url.replace(/^\//, '')]?.updated;
      // Like Pagefind's own sort: a page without a date is not in the sorted results.
      if (!updated) continue;
      const named = byDate.get(updated);
      if (named) named.push(name);
      else byDate.set(updated, [name]);
    }
  }
  writeFileSync(cacheFile, JSON.stringify(urls));
  const table = Object.fromEntries(
    [...byDate].sort(([a], [b]) => (a < b ? 1 : -1)).map(([date, names]) => [date, names.sort()]),
  );
  const text = JSON.stringify(table);
  const file = `datums.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.json`;
  earlier.filter((old) => old !== file).forEach((old) => rmSync(path.join(bundle, old)));
  writeFileSync(path.join(bundle, file), text);
  return `/${SEARCH_BUNDLE}/${file}`;
}

function readUrls(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}
