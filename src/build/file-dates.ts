// Fallback dates for articles that name none: the file's modification time.
import { statSync } from 'node:fs';
import type { FileDates } from '../ingest/ingest-file.ts';

export function mtimeDates(path: string): FileDates {
  const { mtime } = statSync(path);
  const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
  return { created: seconds, modified: seconds, origin: 'mtime' };
}
