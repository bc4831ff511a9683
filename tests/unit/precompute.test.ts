import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { precomputeRequest } from '../../src/build/index.ts';
import { entryCitationInput, retrievalDay } from '../../src/lib/site/citation.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { buildGraph, byId } from '../../src/lib/site/graph.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import {
  citationsFor,
  encodeRequest,
  layoutFor,
  precomputeCodeVersion,
  qrCodeFor,
  runPrecompute,
  type PrecomputeCache,
  type PrecomputeRequest,
} from '../../src/build/precompute.ts';
import { mapRequest, neighbourhood } from '../../src/lib/site/relation-map.ts';
import { kinds } from '../../src/schemas/kinds.ts';

const site = 'http://localhost:4321';
const tree = readContentTree(path.resolve('content'), 'content');
// The entries as pages see them: validated by the schemas (trimmed, defaults, dates as text).
const parsed = tree.entries
  .map((entry) => {
    const data = kinds[entry.kind].schema.parse(entry.data);
    return { kind: entry.kind, id: data.id, url: entryUrl(entry.kind, entry.slug), data };
  })
  .filter((entry) => entry.data.status !== 'concept')
  .sort(byId);

describe('precomputeRequest', () => {
  const request = precomputeRequest(tree, site);

  test('asks for exactly the citations that entry pages will ask for', () => {
    expect(request.citations).toEqual(parsed.map((entry) => entryCitationInput(entry, site, retrievalDay())));
  });

  test('asks for exactly the relation maps that entry pages will lay out', () => {
    const published = parsed.filter((entry) => entry.data.status === 'gepubliceerd');
    const graph = buildGraph(published);
    const pages = published
      .filter((entry) => graph.groupsOf(entry.id).length > 0)
      .map((entry) => mapRequest(graph, neighbourhood(graph, entry), entry.id));
    expect(request.maps).toEqual(pages);
  });

  test('asks for the QR code of exactly the permanent links that entry pages show', () => {
    expect(request.qrCodes).toEqual(parsed.map((entry) => new URL(`/${entry.id}/`, site).href));
  });
});

describe('runPrecompute', () => {
  const request = precomputeRequest(tree, site);
  const small = {
    citations: request.citations.slice(0, 3),
    maps: request.maps.slice(0, 3),
    qrCodes: request.qrCodes.slice(0, 3),
  };
  const run = async (input: PrecomputeRequest, cache?: PrecomputeCache) => {
    const results = new Map<string, string>();
    const send = (batch: [string, string][]) => batch.forEach(([key, json]) => results.set(key, json));
    const counts = await runPrecompute(encodeRequest(input), send, cache);
    return { results, ...counts };
  };
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const cacheIn = (version = 'v1'): PrecomputeCache => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'precompute-'));
    folders.push(folder);
    return { file: path.join(folder, 'cache.txt'), version };
  };

  test('gives the same citations, layouts and QR codes that pages compute without it', async () => {
    const { results, computed } = await run(small);
    expect(computed).toBe(9);
    const values = [...results.values()].map((json) => JSON.parse(json) as unknown);
    expect(values.slice(0, 3)).toEqual(small.citations.map((input) => citationsFor(input)));
    expect(values.slice(3, 6)).toEqual(small.maps.map((map) => layoutFor(map)));
    expect(values.slice(6)).toEqual(await Promise.all(small.qrCodes.map((link) => qrCodeFor(link))));
    expect(values[6]).toMatch(/^<svg /);
  });

  test('reuses the results of an earlier build from its cache and computes only what changed', async () => {
    const cache = cacheIn();
    const first = await run(small, cache);
    const second = await run(small, cache);
    expect(second).toEqual({ ...first, computed: 0, reused: 9 });
    const changed = {
      ...small,
      citations: [{ ...small.citations[0]!, title: 'Een nieuwe titel' }, ...small.citations.slice(1)],
    };
    const third = await run(changed, cache);
    expect([third.computed, third.reused]).toEqual([1, 8]);
    // The cache holds exactly the last build's results.
    expect(readFileSync(cache.file, 'utf8').split('\n')).toHaveLength(1 + 9);
  });

  test('removes what a build that stopped halfway left, and leaves no file of its own but the cache', async () => {
    const cache = cacheIn();
    writeFileSync(`${cache.file}.12345.tmp`, 'half');
    await run(small, cache);
    expect(readdirSync(path.dirname(cache.file))).toEqual([path.basename(cache.file)]);
  });

  test('computes everything again when the code changed or the cache file is damaged', async () => {
    const cache = cacheIn('v1');
    await run(small, cache);
    expect((await run(small, { ...cache, version: 'v2' })).computed).toBe(9);
    writeFileSync(cache.file, 'iets anders');
    expect((await run(small, cache)).computed).toBe(9);
  });
});

describe('precomputeCodeVersion', () => {
  test('is stable, and changes with the lockfile', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'precompute-'));
    try {
      const lockfile = path.join(folder, 'package-lock.json');
      writeFileSync(lockfile, '{"lockfileVersion":3}');
      const version = precomputeCodeVersion(lockfile);
      expect(precomputeCodeVersion(lockfile)).toBe(version);
      writeFileSync(lockfile, '{"lockfileVersion":3,"packages":{}}');
      expect(precomputeCodeVersion(lockfile)).not.toBe(version);
      expect(precomputeCodeVersion(undefined)).not.toBe(version);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
