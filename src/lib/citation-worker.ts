import { parentPort, workerData } from 'node:worker_threads';
import type { CitationInput } from './citation.ts';
import { formatAll } from './citation-cache.ts';

parentPort?.postMessage(formatAll(workerData as CitationInput[]));
