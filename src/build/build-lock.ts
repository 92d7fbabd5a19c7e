// One build at a time per cache: two builds appending to one cache (say `npm run dev` and
// `wrangler dev` both rebuilding after a save) would each record offsets the other wrote.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const POLL_MS = 100;
const WAIT_MS = 120_000;

function holderAlive(path: string): boolean {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as { code?: string }).code === 'EPERM';
  }
}

/** Takes the lock if it is free or its holder has died; false while a live build holds it. */
function tryAcquire(path: string): boolean {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
      if (holderAlive(path)) return false;
      rmSync(path, { force: true });
    }
  }
}

function lockPath(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, 'build.lock');
}

function waited(path: string, since: number, told: boolean): boolean {
  if (Date.now() - since > WAIT_MS) throw new Error(`${path}: another build has held this lock for ${WAIT_MS / 1000} s; stop it or delete the file`);
  if (!told) console.error('waiting for another build of this folder to finish');
  return true;
}

/** Runs `work` holding the lock of the cache in `dir`, waiting while another build holds it. */
export async function withBuildLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const path = lockPath(dir);
  const since = Date.now();
  let told = false;
  while (!tryAcquire(path)) {
    told = waited(path, since, told);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}

/** The same for synchronous work (`curate check`). */
export function withBuildLockSync<T>(dir: string, work: () => T): T {
  const path = lockPath(dir);
  const since = Date.now();
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let told = false;
  while (!tryAcquire(path)) {
    told = waited(path, since, told);
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
  try {
    return work();
  } finally {
    rmSync(path, { force: true });
  }
}
