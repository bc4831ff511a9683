import { parentPort, workerData } from 'node:worker_threads';
import { runPrecompute, type PrecomputeCache, type PrecomputeRequest } from './precompute.ts';

const { request, cache } = workerData as { request: PrecomputeRequest; cache?: PrecomputeCache };
await runPrecompute(request, (batch) => parentPort?.postMessage(batch), cache);
