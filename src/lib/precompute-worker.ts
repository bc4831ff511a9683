import { parentPort, workerData } from 'node:worker_threads';
import { runPrecompute, type PrecomputeRequest } from './precompute.ts';

await runPrecompute(workerData as PrecomputeRequest, (batch) => parentPort?.postMessage(batch));
