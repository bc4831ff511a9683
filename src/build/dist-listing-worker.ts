// The thread that lists dist/ while a build renders (./dist-listing.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { listDist } from './dist-listing.ts';

const { dir, skip } = workerData as { dir: string; skip: string[] };
parentPort?.postMessage(listDist(dir, skip));
