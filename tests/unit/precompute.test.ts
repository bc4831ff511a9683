import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readContentTree, type ContentTree } from '../../src/lib/content/tree.ts';
import { buildGraph, byId } from '../../src/lib/site/graph.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import { precomputeCodeVersion, type PrecomputeCache } from '../../src/build/precompute-cache.ts';
import {
  precomputeRequest,
  shownEntriesOf,
  sourcesOf,
  type PrecomputeRequest,
} from '../../src/build/precompute-inputs.ts';
import { encodeRequest, precomputeJob, requestOf, runPrecompute } from '../../src/build/precompute-run.ts';
import {
  citationsFor,
  keyOf,
  makers,
  precomputeUse,
  qrCodeFor,
  relationMapFor,
  resultsOfThisBuild,
  sourceCitationFor,
} from '../../src/build/precomputed.ts';
import { kinds } from '../../src/schemas/kinds.ts';
import { isLive, isShown } from '../../src/schemas/shared.ts';

const site = 'http://localhost:4321';

/**
 * What the pages of a content tree see: the entries as Astro's collections hold them (each file's
 * frontmatter validated by its kind's schema, as the loader's parseData does) and as
 * src/lib/site/knowledge-base.ts lists them, and the relation graph of the published ones.
 */
function pagesOf(tree: ContentTree) {
  const entries = tree.entries
    .map(({ kind, slug, data }) => {
      const parsed = kinds[kind].schema.parse(data);
      return { kind, id: parsed.id, slug, url: entryUrl(kind, slug), data: parsed };
    })
    .filter((entry) => isShown(entry.data.status))
    .sort(byId);
  return { entries, graph: buildGraph(entries.filter((entry) => isLive(entry.data.status))) };
}

/**
 * Runs the build's precompute request of a tree with a marker for every result, then asks for
 * each entry page's citations, map and QR code as the page does: every answer must be a marker,
 * so every lookup a page makes finds what the build computed for it.
 */
async function pageLookups(tree: ContentTree) {
  const request = requestOf(precomputeJob(tree.entries, site));
  const results = resultsOfThisBuild();
  for (const [kind, inputs] of [
    ['c', request.citations],
    ['s', request.sources],
    ['m', request.maps],
    ['q', request.qrCodes],
  ] as const) {
    for (const json of inputs) results.set(keyOf(kind, json), JSON.stringify(`precomputed ${kind}`));
  }
  const { entries, graph } = pagesOf(tree);
  try {
    return {
      // Each entry's page cites its version and, beside it, its permanent link.
      citations: entries.flatMap((entry) => [citationsFor(entry, site), citationsFor(entry, site, true)] as unknown[]),
      sources: entries.flatMap(sourcesOf).map((source) => sourceCitationFor(source) as unknown),
      maps: entries.flatMap((entry) => relationMapFor(graph, entry) ?? []) as unknown[],
      qrCodes: await Promise.all(entries.map((entry) => qrCodeFor(entry, site))),
      requested: request,
      use: { ...precomputeUse() },
    };
  } finally {
    resultsOfThisBuild();
  }
}

const fixture = path.resolve('tests/fixtures/valid-site/content');

describe('precomputeRequest', () => {
  test('asks for exactly what the entry pages of the fixture site will ask for', async () => {
    const { citations, sources, maps, qrCodes, requested, use } = await pageLookups(
      readContentTree(fixture, 'content'),
    );
    // Published and withdrawn entries, no concept; maps only for published entries with relations.
    expect(citations).toEqual(Array(10).fill('precomputed c'));
    expect(sources).toEqual(Array(3).fill('precomputed s'));
    expect(qrCodes).toEqual(Array(5).fill('precomputed q'));
    expect(maps).toEqual(Array(4).fill('precomputed m'));
    expect([requested.citations.length, requested.maps.length, requested.qrCodes.length]).toEqual([9, 4, 5]);
    // The build's log line counts what the pages found and what they had to make themselves.
    expect(use).toEqual({ found: 22, made: 0 });
  });

  test('counts what a page makes itself when the worker has not delivered it', () => {
    const { entries } = pagesOf(readContentTree(fixture, 'content'));
    resultsOfThisBuild();
    const cited = citationsFor(entries[0]!, site);
    expect(cited.apa).toContain(entries[0]!.id);
    expect(precomputeUse()).toEqual({ found: 0, made: 1 });
    resultsOfThisBuild();
  });

  test('reads the raw frontmatter as the schemas do (quoted spaces and the newline of a YAML block trimmed)', async () => {
    const tree = readContentTree(fixture, 'content');
    const raw = tree.entries.find((entry) => (entry.data as { id: string }).id === 'D-001')!;
    const data = raw.data as Record<string, unknown>;
    const changed: ContentTree = {
      ...tree,
      entries: tree.entries.map((entry) =>
        entry === raw
          ? { ...entry, data: { ...data, title: `  ${data.title as string} `, summary: `${data.summary as string}\n` } }
          : entry,
      ),
    };
    const { citations, maps, requested } = await pageLookups(changed);
    expect(citations).toEqual(Array(10).fill('precomputed c'));
    expect(maps).toEqual(Array(4).fill('precomputed m'));
    expect(requested.citations.find((json) => json.includes('"D-001"'))).toContain(
      '"title":"Activeren op straffe van een uitkeringskorting","summary"',
    );
  });

  test('on the real content: citations of each version and permanent link, a QR code per shown entry, a map per published entry with relations', () => {
    const tree = readContentTree(path.resolve('content'), 'content');
    const { entries, graph } = pagesOf(tree);
    const request = precomputeRequest(shownEntriesOf(tree.entries), site);
    // A published entry's version and permanent link; a withdrawn one's permanent link only.
    expect(request.citations.map((input) => input.id)).toEqual(
      entries.flatMap((entry) => (entry.data.status === 'gepubliceerd' ? [entry.id, entry.id] : [entry.id])),
    );
    expect(request.qrCodes).toEqual(entries.map((entry) => new URL(`/${entry.id}/`, site).href));
    expect(request.maps.map((map) => map.current.id)).toEqual(
      entries.filter((entry) => graph.groupsOf(entry.id).length > 0).map((entry) => entry.id),
    );
  });
});

describe('runPrecompute', () => {
  const request = precomputeRequest(shownEntriesOf(readContentTree(path.resolve('content'), 'content').entries), site);
  const small = {
    citations: request.citations.slice(0, 3),
    sources: [],
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

  test('gives the same source citations that pages compute without it', async () => {
    const { results, computed } = await run({
      ...small,
      citations: [],
      maps: [],
      qrCodes: [],
      sources: request.sources.slice(0, 3),
    });
    expect(computed).toBe(3);
    const values = [...results.values()].map((json) => JSON.parse(json) as unknown);
    expect(values).toEqual(request.sources.slice(0, 3).map((source) => makers.s(source)));
    expect(values[0]).toMatchObject({ html: expect.stringContaining('<i>') });
  });

  test('gives the same citations, layouts and QR codes that pages compute without it', async () => {
    const { results, computed } = await run(small);
    expect(computed).toBe(9);
    const values = [...results.values()].map((json) => JSON.parse(json) as unknown);
    expect(values.slice(0, 3)).toEqual(small.citations.map((input) => makers.c(input)));
    expect(values.slice(3, 6)).toEqual(small.maps.map((map) => makers.m(map)));
    expect(values.slice(6)).toEqual(await Promise.all(small.qrCodes.map((link) => makers.q(link))));
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
