// `curate extract DIR --out FILE.json`: every article file of DIR read as the build reads it,
// in the shape extraction benchmarks score: { STEM: { title, summary, tags, articleBody } }.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mtimeDates } from '../build/file-dates.ts';
import { ingestFile } from '../ingest/ingest-file.ts';
import { kindOf, stemOf } from '../ingest/kinds.ts';
import { DEFAULT_SITE } from '../site.ts';
import { printProblems } from './report.ts';

export interface Extraction {
  title: string | null;
  summary: string | null;
  tags: string[];
  articleBody: string;
}

export function extractDir(dir: string): { out: Record<string, Extraction>; failed: number } {
  const out: Record<string, Extraction> = {};
  let failed = 0;
  for (const name of readdirSync(dir).sort()) {
    if (!kindOf(name)) continue;
    const path = join(dir, name);
    const outcome = ingestFile({ path, bytes: readFileSync(path), dates: mtimeDates(path) }, DEFAULT_SITE);
    printProblems(outcome.problems.filter((p) => p.severity === 'error'));
    const a = outcome.article;
    if (!a) failed++;
    out[stemOf(name)] = a
      ? { title: a.title, summary: a.summary, tags: a.tags, articleBody: a.contentText }
      : { title: null, summary: null, tags: [], articleBody: '' };
  }
  return { out, failed };
}

export function runExtract(dir: string, outFile: string): number {
  const { out, failed } = extractDir(dir);
  writeFileSync(outFile, `${JSON.stringify(out, null, 1)}\n`);
  console.error(`extracted ${Object.keys(out).length} files to ${outFile}${failed ? ` (${failed} could not be read)` : ''}`);
  return 0;
}
