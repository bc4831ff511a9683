import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.entries(entry.languages).map(([lang, { page_count }]) => `${page_count} (${lang})`);
    return `Zoekindex: ${indexed.join(', ')} pagina's van ${added.page_count} gelezen.`;
  } finally {
    await pagefind.close();
  }
}
