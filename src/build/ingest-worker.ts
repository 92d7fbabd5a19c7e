// A worker thread that reads and cleans the files it is sent, for builds that use more than one core.
import { parentPort, workerData } from 'node:worker_threads';
import type { Site } from '../site.ts';
import { contentHash } from './build-cache.ts';
import { datesFromMtime } from './file-dates.ts';
import { ingestOne } from './ingest-one.ts';
import type { FileJob, FileResult } from './parallel-protocol.ts';
import { readStable } from './read-stable.ts';

const site = (workerData as { site: Site }).site;

parentPort?.on('message', (jobs: FileJob[]) => {
  const results: FileResult[] = jobs.map((job) => {
    const got = readStable(job.path);
    if ('error' in got) return { index: job.index, error: got.error };
    const dates = job.gitDates ?? datesFromMtime(got.fingerprint.mtimeMs);
    return { index: job.index, fingerprint: got.fingerprint, hash: contentHash(got.bytes), dates, outcome: ingestOne(job.file, got.bytes, dates, site) };
  });
  parentPort?.postMessage(results);
});
parentPort?.postMessage('ready');
