// The dates of articles that name none: from git when the file is committed, else its modification time.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileDates } from '../ingest/ingest-file.ts';

export function mtimeDates(path: string): FileDates {
  return datesFromMtime(statSync(path).mtimeMs);
}

/** Whole seconds, so the dates do not depend on the file system's timestamp precision. */
export function datesFromMtime(mtimeMs: number): FileDates {
  const seconds = new Date(Math.floor(mtimeMs / 1000) * 1000);
  return { created: seconds, modified: seconds, origin: 'mtime' };
}

/**
 * First and last commit dates (author dates) of every committed file under `dir`, by absolute path,
 * from one `git log` for the whole folder. Empty when `dir` is not in a git repository or git is missing.
 */
export function gitDates(dir: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let log: string;
  try {
    log = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x1e%at', '--name-only', '--no-renames', '--relative', '-z', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // Newest commit first: the first time a file appears is its last change, the last time its first commit.
  for (const commit of log.split('\x1e')) {
    const end = commit.indexOf('\0');
    if (end <= 0) continue;
    const when = new Date(Number(commit.slice(0, end)) * 1000);
    for (const name of commit.slice(end + 1).split('\0')) {
      const file = name.replace(/^\n/, '');
      if (!file) continue;
      const path = join(dir, file);
      const known = dates.get(path);
      if (known) known.created = when;
      else dates.set(path, { created: when, modified: when, origin: 'git' });
    }
  }
  return dates;
}
