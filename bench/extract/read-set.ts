// Reads every article file of a benchmark folder as the build does, keeping what the bench scores.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { kindOf, stemOf } from '../../src/ingest/kinds.ts';
import { DEFAULT_SITE } from '../../src/site.ts';

export interface Reading {
  title: string | null;
  summary: string;
  tags: string[];
  /** The date the file states, or null (the bench gives files no date of their own). */
  published: string | null;
  body: string;
  failed: boolean;
}

const NO_DATE = new Date(0);
const NO_DATE_ISO = '1970-01-01T00:00:00Z';

export function readFiles(dir: string): { names: string[]; bytes: Buffer[] } {
  const names = readdirSync(dir).filter((n) => kindOf(n)).sort();
  return { names, bytes: names.map((n) => readFileSync(join(dir, n))) };
}

/** Files already in memory, so a timed round measures the reader, not the disk. */
export function readSet(dir: string, files: { names: string[]; bytes: Buffer[] }): Map<string, Reading> {
  const out = new Map<string, Reading>();
  files.names.forEach((name, i) => {
    const outcome = ingestFile({ path: join(dir, name), bytes: files.bytes[i]!, dates: { created: NO_DATE, modified: NO_DATE, origin: 'git' } }, DEFAULT_SITE);
    const a = outcome.article;
    out.set(stemOf(name), a
      ? { title: a.title, summary: a.summary, tags: a.tags, published: a.published === NO_DATE_ISO ? null : a.published, body: a.contentText, failed: false }
      : { title: null, summary: '', tags: [], published: null, body: '', failed: true });
  });
  return out;
}
