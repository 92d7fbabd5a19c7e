// A worker thread that reads and cleans the files it is sent, for builds that use more than one core.
import { parentPort, workerData } from 'node:worker_threads';
import type { Site } from '../site.ts';
import { readAndIngest } from './ingest-one.ts';
import type { FileJob } from './parallel-protocol.ts';

const site = (workerData as { site: Site }).site;

parentPort?.on('message', (jobs: FileJob[]) => {
  parentPort?.postMessage(jobs.map((job) => readAndIngest(job, site)));
});
parentPort?.postMessage('ready');
