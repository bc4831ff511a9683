// The second thread of a build: makes the precompute request from the job and runs it (./precompute-run.ts), posting results to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { requestOf, runPrecompute, type PrecomputeJob } from './precompute-run.ts';
import type { PrecomputeCache } from './precompute-cache.ts';

const { job, cache } = workerData as { job: PrecomputeJob; cache?: PrecomputeCache };
await runPrecompute(requestOf(job), (batch) => parentPort?.postMessage(batch), cache);
