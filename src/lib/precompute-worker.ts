import { parentPort, workerData } from 'node:worker_threads';
import { runPrecompute, type PrecomputeRequest } from './precompute.ts';

parentPort?.postMessage(runPrecompute(workerData as PrecomputeRequest));
