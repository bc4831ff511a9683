// The precompute cache file: results of the last build, kept in Astro's cache folder and versioned by the code that made them.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where results are kept between builds, and the version of the code that made them. */
export interface PrecomputeCache {
  file: string;
  version: string;
}

/** Citations, map layouts and QR codes of the last build, in Astro's cache folder. */
const PRECOMPUTE_CACHE_FILE = 'kennisbank-precompute.txt';

/** The cache of a project: its file in Astro's cache folder, its version from the project's lockfile. */
export function precomputeCacheOf(config: { root: URL; cacheDir: URL }): PrecomputeCache {
  return {
    file: fileURLToPath(new URL(PRECOMPUTE_CACHE_FILE, config.cacheDir)),
    version: precomputeCodeVersion(findUp('package-lock.json', fileURLToPath(config.root))),
  };
}

/** The nearest file of that name in the folder or a folder above it. */
export function findUp(name: string, folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, name))) return path.join(current, name);
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * A version of the code that makes the results: a hash of the worker's own modules (followed
 * through their relative imports) and of the lockfile that pins the libraries they use. Any
 * change to either makes a new cache.
 */
export function precomputeCodeVersion(lockfile: string | undefined): string {
  return codeVersion(fileURLToPath(new URL('./precompute-worker.ts', import.meta.url)), lockfile);
}

/** A hash of a module, the modules it imports by relative paths (followed), and the lockfile. */
export function codeVersion(entry: string, lockfile: string | undefined): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    hash.update(`${path.basename(file)}\0${source}\0`);
    for (const [, specifier] of source.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(path.resolve(path.dirname(file), specifier!));
    }
  };
  visit(entry);
  if (lockfile && existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('base64url').slice(0, 24);
}

/** The header line of a cache file: what made it. */
const header = (version: string) => `kennisbank-precompute ${version}`;

const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * A cache file: its header, then a line per result, `key<TAB>json`; values stay bytes until
 * used. Missing, unreadable or made by other code: empty.
 */
export function readCache({ file, version }: PrecomputeCache): Map<string, Buffer> {
  const results = new Map<string, Buffer>();
  if (!existsSync(file)) return results;
  try {
    const bytes = readFileSync(file);
    let start = bytes.indexOf(NEWLINE);
    if (start < 0 || bytes.toString('utf8', 0, start) !== header(version)) return results;
    for (start += 1; start < bytes.length;) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline < 0 ? bytes.length : newline;
      const tab = bytes.indexOf(TAB, start);
      if (tab > start && tab < end) results.set(bytes.toString('latin1', start, tab), bytes.subarray(tab + 1, end));
      start = end + 1;
    }
  } catch {
    results.clear();
  }
  return results;
}

/**
 * A new cache file, written beside its place and moved there when closed, so a stopped build
 * never leaves half a file; closed without changes, the earlier file stays.
 */
export function openCache({ file, version }: PrecomputeCache) {
  mkdirSync(path.dirname(file), { recursive: true });
  // What a build that stopped before its worker finished left behind.
  for (const name of readdirSync(path.dirname(file))) {
    if (name.startsWith(`${path.basename(file)}.`) && name.endsWith('.tmp'))
      rmSync(path.join(path.dirname(file), name));
  }
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  writeSync(fd, header(version));
  return {
    write: (key: string, json: string) => writeSync(fd, `\n${key}\t${json}`),
    close(changed: boolean) {
      closeSync(fd);
      if (changed) renameSync(temporary, file);
      else rmSync(temporary);
    },
  };
}
