// Runs a command as a child process and measures its wall time and peak memory (max RSS of the
// process tree, from GNU time when it is installed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Timed {
  wallSeconds: number;
  peakMiB: number | null;
  status: number;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function runTimed(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Timed {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const rssFile = join(scratch, 'rss');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const run = spawnSync(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallSeconds = (performance.now() - started) / 1000;
  const peakKiB = useTime && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  rmSync(scratch, { recursive: true, force: true });
  return { wallSeconds, peakMiB: Number.isFinite(peakKiB) ? peakKiB / 1024 : null, status: run.status ?? 1, stderr: run.stderr ?? '' };
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}
