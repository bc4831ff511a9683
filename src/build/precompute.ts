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
import { Worker } from 'node:worker_threads';
import QRCode from 'qrcode';
import { citationData, formatCitations, type CitationInput, type Citations } from '../lib/site/citation.ts';
import { layoutRelationMap, type MapRequest, type RelationMapLayout } from '../lib/site/relation-map.ts';

/**
 * The expensive parts of entry pages: citeproc (about 1 ms an entry), dagre (about 1 ms) and
 * the QR code of the permanent link on the handout (about 0.2 ms).
 */
export interface PrecomputeRequest {
  citations: CitationInput[];
  maps: MapRequest[];
  /** Permanent links. */
  qrCodes: string[];
}

/** A request with every input as JSON: what the worker holds, a few megabytes of text instead of objects. */
export interface EncodedRequest {
  citations: string[];
  maps: string[];
  qrCodes: string[];
}

/** Encodes every input of a request as JSON, the form its keys are made from. */
export function encodeRequest(request: PrecomputeRequest): EncodedRequest {
  return {
    citations: request.citations.map((input) => JSON.stringify(input)),
    maps: request.maps.map((map) => JSON.stringify(map)),
    qrCodes: request.qrCodes.map((link) => JSON.stringify(link)),
  };
}

/** Where results are kept between builds, and the version of the code that made them. */
export interface PrecomputeCache {
  file: string;
  version: string;
}

/** One result: its key (kind letter and hash of the input) and its value as JSON. */
type Result = [key: string, json: string];

const RESULTS = Symbol.for('kennisbank.precomputed');
const shared = globalThis as { [RESULTS]?: Map<string, string> };

/** The key of one input (as JSON): `c`, `m` or `q` for citations, maps and QR codes, and a hash of the input. */
const keyOf = (kind: 'c' | 'm' | 'q', json: string) =>
  kind + createHash('sha256').update(json).digest('base64url').slice(0, 24);

/**
 * Starts formatting every entry's citations, laying out its relation map and drawing its QR
 * code on a second thread, while Astro syncs content and bundles on the main one. Results arrive
 * in batches as JSON; a page uses one if it is there and never waits for it, so a rebuild that
 * renders a few pages is not held up. With a cache file, results of an earlier build with the
 * same input and code are reused and only new inputs are computed. Used by the build integration only.
 */
export function precompute(request: PrecomputeRequest, cache?: PrecomputeCache): void {
  const results = new Map<string, string>();
  shared[RESULTS] = results;
  const encoded = encodeRequest(request);
  const inputMegabytes =
    Object.values(encoded)
      .flat()
      .reduce((sum, json) => sum + json.length, 0) /
    2 ** 20;
  // V8 lets a thread's heap grow far beyond what it holds (at 10,000 entries: 780 MB for 145 MB
  // live, as dagre makes much garbage); a limit well above what it holds makes it collect sooner.
  // Were it ever too small, the worker stops and pages compute what it did not deliver.
  const worker = new Worker(new URL('./precompute-worker.ts', import.meta.url), {
    workerData: { request: encoded, cache },
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(256 + 4 * inputMegabytes) },
  });
  worker.on('message', (batch: Result[]) => {
    for (const [key, json] of batch) results.set(key, json);
  });
  // Whatever the worker does not deliver, pages compute themselves.
  worker.on('error', () => undefined);
  worker.unref();
}

const BATCH = 250;

/**
 * What the worker runs: every result keyed by the input it was made from, taken from the cache
 * when it is there, sent in batches; then the cache is replaced by this build's results.
 */
export async function runPrecompute(
  request: EncodedRequest,
  send: (batch: Result[]) => void,
  cache?: PrecomputeCache,
): Promise<{ computed: number; reused: number }> {
  const earlier = cache ? readCache(cache) : new Map<string, Buffer>();
  // This build's results go to a new cache file as they are made, so the thread holds none of them.
  const next = cache ? openCache(cache) : undefined;
  let computed = 0;
  let total = 0;
  const result = async <T>(key: string, make: () => T | Promise<T>): Promise<Result> => {
    const cached = earlier.get(key)?.toString('utf8');
    const json = cached ?? JSON.stringify(await make());
    if (cached === undefined) computed++;
    total++;
    next?.write(key, json);
    return [key, json];
  };
  const { citations, maps, qrCodes } = request;
  for (let start = 0; start < Math.max(citations.length, maps.length, qrCodes.length); start += BATCH) {
    const batch: Result[] = [];
    for (const json of citations.slice(start, start + BATCH)) {
      batch.push(
        await result(keyOf('c', json), () => formatCitations(citationData(JSON.parse(json) as CitationInput))),
      );
    }
    for (const json of maps.slice(start, start + BATCH)) {
      batch.push(await result(keyOf('m', json), () => layoutMap(JSON.parse(json) as MapRequest)));
    }
    for (const json of qrCodes.slice(start, start + BATCH)) {
      batch.push(await result(keyOf('q', json), () => qrCode(JSON.parse(json) as string)));
    }
    send(batch);
  }
  next?.close(computed > 0 || total !== earlier.size);
  return { computed, reused: total - computed };
}

/** The header line of a cache file: what made it. */
const header = (version: string) => `kennisbank-precompute ${version}`;

/**
 * A cache file: its header, then a line per result, `key<TAB>json`; values stay bytes until
 * used. Missing, unreadable or made by other code: empty.
 */
function readCache({ file, version }: PrecomputeCache): Map<string, Buffer> {
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

const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * A new cache file, written beside its place and moved there when closed, so a stopped build
 * never leaves half a file; closed without changes, the earlier file stays.
 */
function openCache({ file, version }: PrecomputeCache) {
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

/**
 * A version of the code that makes the results: a hash of the worker's own modules (followed
 * through their relative imports) and of the lockfile that pins the libraries they use. Any
 * change to either makes a new cache.
 */
export function precomputeCodeVersion(lockfile: string | undefined): string {
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
  visit(fileURLToPath(new URL('./precompute-worker.ts', import.meta.url)));
  if (lockfile && existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('base64url').slice(0, 24);
}

const layoutMap = (map: MapRequest) => layoutRelationMap(map.entries, map.relations, map.currentId);

const qrCode = (link: string) => QRCode.toString(link, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });

const precomputed = <T>(key: string): T | undefined => {
  const json = shared[RESULTS]?.get(key);
  return json === undefined ? undefined : (JSON.parse(json) as T);
};

/** An entry's citations: precomputed when the input matches exactly, formatted here otherwise. */
export function citationsFor(input: CitationInput): Citations {
  return precomputed<Citations>(keyOf('c', JSON.stringify(input))) ?? formatCitations(citationData(input));
}

/** A map's layout: precomputed when the request matches exactly, laid out here otherwise. */
export function layoutFor(map: MapRequest): RelationMapLayout {
  return precomputed<RelationMapLayout>(keyOf('m', JSON.stringify(map))) ?? layoutMap(map);
}

/** The QR code (SVG) of a permanent link: precomputed when there, made here otherwise. */
export function qrCodeFor(link: string): Promise<string> {
  const ready = precomputed<string>(keyOf('q', JSON.stringify(link)));
  return ready === undefined ? qrCode(link) : Promise.resolve(ready);
}
