// The integrity check's memory between builds: the problems of each file's own text, by a hash of that text and the checking code.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProblemMemo } from '../lib/content/check.ts';
import type { Problem } from '../lib/content/problems.ts';

/** The code the check runs, and the installed packages: a change to either empties the cache. */
const CODE = ['src/lib', 'src/schemas', 'src/markdown', 'src/site.config.ts', 'package-lock.json'];

/** A hash of the checking code: every file of CODE, by path and content. */
export function checkCodeHash(projectRoot = fileURLToPath(new URL('../../', import.meta.url))): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const full = path.join(projectRoot, relative);
    let dirents;
    try {
      dirents = readdirSync(full, { withFileTypes: true });
    } catch {
      try {
        hash.update(`${relative}\0`).update(readFileSync(full)).update('\0');
      } catch {
        // Not there (a site without a lockfile): nothing to add.
      }
      return;
    }
    for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : 1))) add(path.join(relative, dirent.name));
  };
  CODE.forEach(add);
  return hash.digest('hex');
}

/**
 * A memo for `checkContent` (see `CheckOptions.memo`) that lives as long as this object: a check
 * reuses the problems of every file whose own text and the check's settings are as in the check
 * before it. `next()` starts the next check; only what the last check used is kept.
 */
export class ProblemMemoStore {
  #earlier: Map<string, Problem[]>;
  #current = new Map<string, Problem[]>();
  #reused = 0;

  constructor(earlier: Map<string, Problem[]> = new Map()) {
    this.#earlier = earlier;
  }

  readonly memo: ProblemMemo = (inputs, check) => {
    const key = createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
    const known = this.#current.get(key) ?? this.#earlier.get(key);
    if (known) this.#reused++;
    const problems = known ?? check();
    this.#current.set(key, problems);
    return problems;
  };

  /** How many files' problems the current check reused. */
  get reused(): number {
    return this.#reused;
  }

  /** What the current check used, by key. */
  get used(): ReadonlyMap<string, Problem[]> {
    return this.#current;
  }

  /** Starts the next check: what the current one used is what it may reuse. */
  next(): void {
    this.#earlier = this.#current;
    this.#current = new Map();
    this.#reused = 0;
  }
}

/**
 * A memo kept in `file` between builds: the problems of a file's own text come from the last build
 * when that text, the check's settings and the checking code (`code`, see checkCodeHash) are all the
 * same; otherwise they are checked. `save` writes what this check used, so the file holds only the
 * current texts. An unreadable file is an empty cache.
 */
export function problemMemoFile(
  file: string,
  code: string,
): { memo: ProblemMemo; save: () => void; reused: () => number } {
  let earlier = new Map<string, Problem[]>();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { code?: string; problems?: Record<string, Problem[]> };
    if (stored.code === code && stored.problems) earlier = new Map(Object.entries(stored.problems));
  } catch {
    // No cache yet, or one from another version: everything is checked.
  }
  const store = new ProblemMemoStore(earlier);
  return {
    memo: store.memo,
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ code, problems: Object.fromEntries(store.used) }));
    },
    reused: () => store.reused,
  };
}
