// The search index after a build: Pagefind over the entry pages of dist/, and removal of index files it no longer uses.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { kinds } from '../schemas/kinds.ts';

/** Builds the Pagefind index of a built site into `<dist>/pagefind`; any Pagefind error is thrown. */
export async function buildSearchIndex(dist: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    // Only entry pages carry data-pagefind-body; reading the rest (permanent links, indexes) costs time for nothing.
    const sections = Object.values(kinds).map((kind) => kind.section);
    const added = await index.addDirectory({ path: dist, glob: `{${sections.join(',')}}/*/index.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const outputPath = path.join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const file of staleSearchFiles(outputPath)) rmSync(path.join(outputPath, file));
    const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.entries(entry.languages).map(([lang, { page_count }]) => `${page_count} (${lang})`);
    return `Zoekindex: ${indexed.join(', ')} pagina's van ${added.page_count} gelezen.`;
  } finally {
    await pagefind.close();
  }
}

/** The folders of a Pagefind bundle whose files are named by a hash of their content. */
const HASHED = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;

/**
 * Files in a Pagefind bundle that its current index does not use: what an earlier build wrote.
 * Pagefind skips files that already exist (their names are hashes of their content; writing a
 * fresh folder of 10,000 fragments takes three times as long here) and never removes any, so
 * without this the text of a changed or withdrawn entry would stay published in an old fragment.
 * The hashes in use are read from each language's metadata file; throws if those do not cover
 * the pages Pagefind says it indexed, so a changed format fails the build instead of the search.
 */
export function staleSearchFiles(outputPath: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const used = new Set<string>();
  const metaFiles = new Set<string>();
  for (const [language, { hash, page_count: pages }] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    metaFiles.add(metaFile);
    const meta = gunzipSync(readFileSync(path.join(outputPath, metaFile))).toString('latin1');
    const hashes = meta.match(new RegExp(`${language.replace(/[^\w]/g, '\\$&')}_[0-9a-f]+`, 'g')) ?? [];
    hashes.forEach((name) => used.add(name));
    const fragmentFolder = path.join(outputPath, 'fragment');
    const fragments = new Set(existsSync(fragmentFolder) ? readdirSync(fragmentFolder) : []);
    const found = new Set(hashes.filter((name) => fragments.has(`${name}${HASHED.fragment}`)));
    if (found.size < pages) {
      throw new Error(
        `de metadata van de zoekindex (${metaFile}) noemt ${found.size} van de ${pages} pagina's; ` +
          'is het formaat van Pagefind veranderd? Verwijder dist/ en bouw opnieuw.',
      );
    }
  }
  const stale = readdirSync(outputPath).filter((file) => /^pagefind\..+\.pf_meta$/.test(file) && !metaFiles.has(file));
  for (const [folder, extension] of Object.entries(HASHED)) {
    if (!existsSync(path.join(outputPath, folder))) continue;
    for (const file of readdirSync(path.join(outputPath, folder))) {
      if (!file.endsWith(extension) || !used.has(file.slice(0, -extension.length))) stale.push(`${folder}/${file}`);
    }
  }
  return stale.sort();
}
