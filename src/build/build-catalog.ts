// The build: a curated folder -> articles and every problem found on the way.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { assembleCatalog, type AssembledCatalog } from '../catalog/assemble.ts';
import { ingestFile } from '../ingest/ingest-file.ts';
import { ArticleError, type Problem } from '../ingest/problem.ts';
import { loadSite, SITE_FILE } from '../ingest/site-config.ts';
import { DEFAULT_SITE } from '../site.ts';
import { crossCheck, type Built } from './cross-checks.ts';
import { mtimeDates } from './file-dates.ts';
import { listArticleFiles } from './list-files.ts';

export interface BuildResult extends AssembledCatalog {
  problems: Problem[];
  drafts: number;
  files: number;
}

export function buildCatalog(dir: string): BuildResult {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ArticleError(`${dir}: the curated folder does not exist; create it or set CURATED_DIR`);
  }
  const problems: Problem[] = [];
  let site;
  try {
    site = loadSite(dir);
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    problems.push({ file: shown(`${dir}/${SITE_FILE}`), line: err.line, severity: 'error', message: err.message });
    return { ...assembleCatalog(DEFAULT_SITE, []), problems, drafts: 0, files: 0 };
  }
  const listing = listArticleFiles(dir);
  problems.push(...listing.problems);
  const built: Built[] = [];
  let drafts = 0;
  for (const path of listing.files) {
    const file = shown(path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      problems.push({ file, line: 1, severity: 'error', message: `cannot be read (${(err as Error).message})` });
      continue;
    }
    const outcome = ingestFile({ path: file, bytes, dates: mtimeDates(path) }, site);
    problems.push(...outcome.problems);
    if (outcome.draft) drafts++;
    if (outcome.article) built.push({ path: file, article: outcome.article });
  }
  const checked = crossCheck(built);
  problems.push(...checked.problems);
  return { ...assembleCatalog(site, checked.kept.map((b) => b.article)), problems, drafts, files: listing.files.length };
}
