/** The benchmark's folders: a snapshot of the site's code and one site folder per corpus under bench/.tmp/. */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentTree, REGISTRY_FILE, VOCABULARY_FILES } from '../src/lib/content/tree.ts';
import { updatedRegistry } from '../src/lib/content/registry.ts';
import type { SyntheticEntry } from './synthetic-content.ts';

/** The project's own folder. */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
/** Where the benchmark keeps its sites, logs and results. */
export const benchDir = path.join(projectRoot, 'bench/.tmp');
/** The site's code, copied once at the start so that every build of a run uses the same code. */
export const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'src', 'public'];
const snapshot = path.join(benchDir, 'source');

/** Copies the site's code to the snapshot every site folder is made from; it is removed when the benchmark ends. */
export function snapshotSiteCode(): void {
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  mkdirSync(benchDir, { recursive: true });
  rmSync(snapshot, { recursive: true, force: true });
  for (const item of SITE_FILES) cpSync(path.join(projectRoot, item), path.join(snapshot, item), { recursive: true });
}

/** Removes a folder and makes sure it is gone: a cold build must not find an old cache. */
export function remove(folder: string): void {
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  if (existsSync(folder)) throw new Error(`Could not remove ${folder}; remove it by hand and run again.`);
}

/**
 * Makes a fresh site folder from the snapshot, with a content folder copied from another site or
 * written from a corpus (with the real vocabularies and a registry of every published entry).
 */
export function prepareSite(root: string, corpus: SyntheticEntry[] | string): void {
  remove(root);
  mkdirSync(root, { recursive: true });
  for (const item of SITE_FILES) cpSync(path.join(snapshot, item), path.join(root, item), { recursive: true });
  const content = path.join(root, 'content');
  if (typeof corpus === 'string') {
    cpSync(corpus, content, { recursive: true });
    return;
  }
  for (const entry of corpus) {
    mkdirSync(path.dirname(path.join(content, entry.path)), { recursive: true });
    writeFileSync(path.join(content, entry.path), entry.text);
  }
  for (const file of Object.values(VOCABULARY_FILES)) {
    cpSync(path.join(projectRoot, 'content', file), path.join(content, file));
  }
  const registry = updatedRegistry(readContentTree(content));
  writeFileSync(path.join(content, REGISTRY_FILE), `${JSON.stringify(registry, null, 2)}\n`);
}
