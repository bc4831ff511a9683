import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import { listDist, listDistInWorker } from '../../src/build/dist-listing.ts';
import { pruneListed, pruneStaleFiles } from '../../src/build/prune-dist.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A built site with files written before the build started, and some written during it. */
function site(files: Record<string, 'before' | 'during'>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'prune-'));
  folders.push(dir);
  const since = Date.now() - 60_000;
  for (const [file, when] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file);
    if (when === 'before') utimesSync(full, new Date(since - 3_600_000), new Date(since - 3_600_000));
  }
  return { dir, since, at: (file: string) => path.join(dir, file) };
}

describe('pruneStaleFiles', () => {
  test('keeps the build’s pages, also unchanged ones written by an earlier build', () => {
    const { dir, since, at } = site({ 'D-001/index.html': 'before', 'dilemmas/a/index.html': 'during' });
    const removed = pruneStaleFiles(dir, new Set([at('D-001/index.html'), at('dilemmas/a/index.html')]), since);
    expect(removed).toEqual([]);
    expect(existsSync(at('D-001/index.html'))).toBe(true);
  });

  test('keeps files written during the build that are not pages (assets, sitemap)', () => {
    const { dir, since, at } = site({ '_astro/base.css': 'during', 'sitemap-index.xml': 'during' });
    expect(pruneStaleFiles(dir, new Set(), since)).toEqual([]);
    expect(existsSync(at('_astro/base.css'))).toBe(true);
  });

  test('removes what an earlier build wrote and this one did not, and the folders left empty', () => {
    const { dir, since, at } = site({
      'themas/oud/index.html': 'before',
      '_astro/base.old.css': 'before',
      '_astro/base.css': 'during',
      'pagefind/fragment/x.pf_fragment': 'before',
      'dilemmas/a/index.html': 'before',
    });
    const removed = pruneStaleFiles(dir, new Set([at('dilemmas/a/index.html')]), since);
    expect(removed).toEqual(['_astro/base.old.css', 'pagefind/fragment/x.pf_fragment', 'themas/oud/index.html']);
    expect(existsSync(at('themas'))).toBe(false);
    expect(existsSync(at('pagefind'))).toBe(false);
    expect(existsSync(at('_astro/base.css'))).toBe(true);
    expect(existsSync(at('dilemmas/a/index.html'))).toBe(true);
  });
});

describe('pruning with the listing made when the build started', () => {
  test('the listing from the worker thread is the one of the main thread: every file and every empty folder', async () => {
    const { dir } = site({ 'a/index.html': 'before', '_astro/x.css': 'before', 'pagefind/y.pf_meta': 'before' });
    mkdirSync(path.join(dir, 'leeg/ook-leeg'), { recursive: true });
    const listing = listDist(`${dir}/`, ['pagefind']);
    expect(listing.files.map((file) => path.relative(dir, file)).sort()).toEqual(['_astro/x.css', 'a/index.html']);
    expect(listing.empty.map((folder) => path.relative(dir, folder))).toEqual(['leeg/ook-leeg']);
    expect(await listDistInWorker(`${dir}/`, ['pagefind'])).toEqual(listing);
    // The worker itself (listDistInWorker falls back to the main thread when it fails).
    const worker = new Worker(new URL('../../src/build/dist-listing-worker.ts', import.meta.url), {
      workerData: { dir: `${dir}/`, skip: ['pagefind'] },
    });
    expect(await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))).toEqual(
      listing,
    );
    expect(listDist(path.join(dir, 'ontbreekt'))).toEqual({ files: [], empty: [] });
  });

  test('leaves what the build made after the listing, skips what is gone, and removes folders left empty (dist/ given with a slash)', () => {
    const { dir, since, at } = site({
      'themas/oud/index.html': 'before',
      'dilemmas/a/index.html': 'before',
      'weg.txt': 'before',
    });
    mkdirSync(at('leeg'));
    const listing = listDist(`${dir}/`);
    // During the build: a new page (with an old time, as a copied file may have), and a file removed by Astro.
    mkdirSync(at('dilemmas/b'));
    writeFileSync(at('dilemmas/b/index.html'), 'nieuw');
    utimesSync(at('dilemmas/b/index.html'), new Date(since - 3_600_000), new Date(since - 3_600_000));
    rmSync(at('weg.txt'));
    const removed = pruneListed(`${dir}/`, listing, new Set([at('dilemmas/a/index.html')]), since);
    expect(removed).toEqual(['themas/oud/index.html']);
    expect(existsSync(at('themas'))).toBe(false);
    expect(existsSync(at('leeg'))).toBe(false);
    expect(existsSync(at('dilemmas/b/index.html'))).toBe(true);
    expect(existsSync(dir)).toBe(true);
  });
});
