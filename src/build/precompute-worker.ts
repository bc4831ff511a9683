import { parentPort, workerData } from 'node:worker_threads';
import { runPrecompute, type EncodedRequest, type PrecomputeCache } from './precompute.ts';

const { request, cache } = workerData as { request: EncodedRequest; cache?: PrecomputeCache };
await runPrecompute(request, (batch) => parentPort?.postMessage(batch), cache);
