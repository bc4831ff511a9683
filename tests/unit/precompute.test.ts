import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { precomputeRequest } from '../../src/integrations/kennisbank.ts';
import { entryCitationInput, retrievalDay } from '../../src/lib/citation.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { buildGraph, byId, entryUrl } from '../../src/lib/graph.ts';
import { citationsFor, layoutFor, qrCodeFor, runPrecompute } from '../../src/lib/precompute.ts';
import { mapRequest, neighbourhood } from '../../src/lib/relation-map.ts';
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
  test('gives the same citations, layouts and QR codes that pages compute without it', async () => {
    const request = precomputeRequest(tree, site);
    const batches: Parameters<Parameters<typeof runPrecompute>[1]>[0][] = [];
    await runPrecompute(
      { citations: request.citations.slice(0, 3), maps: request.maps.slice(0, 3), qrCodes: request.qrCodes.slice(0, 3) },
      (batch) => batches.push(batch),
    );
    expect(batches).toHaveLength(1);
    for (const [index, [key, citations]] of batches[0]!.citations.entries()) {
      expect(key).toBe(JSON.stringify(request.citations[index]));
      expect(citations).toEqual(citationsFor(request.citations[index]!));
    }
    for (const [index, [, layout]] of batches[0]!.maps.entries()) {
      expect(layout).toEqual(layoutFor(request.maps[index]!));
    }
    expect(batches[0]!.qrCodes.map(([link]) => link)).toEqual(request.qrCodes.slice(0, 3));
    for (const [link, svg] of batches[0]!.qrCodes) {
      expect(svg).toMatch(/^<svg /);
      expect(svg).toBe(await qrCodeFor(link));
    }
  });
});
