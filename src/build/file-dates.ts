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

/** The history gitDates reads: every commit touching `dir`, with the files it changed; null outside git. */
export function gitLog(dir: string): string | null {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x1e%at', '--name-status', '-M', '--relative', '-z', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/**
 * First and last commit dates (author dates) of every committed file under `dir`, by absolute path,
 * from one `git log` for the whole folder. A file moved or renamed (into another collection, say)
 * keeps the dates of its history under its old name; a move that leaves the text as it was is not
 * a change. Empty when `dir` is not in a git repository or git is missing.
 */
export function gitDates(dir: string, log = gitLog(dir)): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  if (log === null) return dates;
  // Newest commit first: the first time a file appears is its last change, the last time its first commit.
  // Older commits name a moved file by its old name: `renamedTo` leads each old name to the current one.
  const renamedTo = new Map<string, string>();
  const current = (name: string) => renamedTo.get(name) ?? name;
  const unchanged = new Set<FileDates>();
  const seen = (name: string, when: Date, changed: boolean) => {
    const path = join(dir, current(name));
    const known = dates.get(path);
    if (!known) {
      const found: FileDates = { created: when, modified: when, origin: 'git' };
      dates.set(path, found);
      if (!changed) unchanged.add(found);
      return;
    }
    known.created = when;
    if (changed && unchanged.delete(known)) known.modified = when;
  };
  for (const commit of log.split('\x1e')) {
    const fields = commit.split('\0');
    const when = new Date(Number(fields[0]) * 1000);
    // Then `STATUS\0path\0`, or `R<score>\0old\0new\0` for a rename (C for a copy).
    for (let i = 1; i < fields.length; ) {
      const status = fields[i]!.replace(/^\n/, '');
      if (!status) {
        i++;
        continue;
      }
      if (status[0] === 'R' || status[0] === 'C') {
        const [from, to] = [fields[i + 1]!, fields[i + 2]!];
        i += 3;
        seen(to, when, status !== 'R100');
        if (status[0] === 'R') renamedTo.set(from, current(to));
        continue;
      }
      seen(fields[i + 1]!, when, true);
      i += 2;
    }
  }
  return dates;
}
