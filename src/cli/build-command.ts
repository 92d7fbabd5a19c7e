// `curate build`: curated/ -> .catalog/, refusing to replace a good catalog with a broken one.
import { buildCatalog } from '../build/build-catalog.ts';
import { writeCatalog } from '../catalog/write-catalog.ts';
import { ArticleError } from '../ingest/problem.ts';
import { catalogDir, curatedDir } from '../paths.ts';
import { countErrors, countWarnings, printProblems } from './report.ts';

export interface BuildOptions {
  /** Write the good articles even when some files have errors (local serving); deploys never do. */
  allowErrors: boolean;
}

export function runBuild(options: BuildOptions): number {
  const started = performance.now();
  let result;
  try {
    result = buildCatalog(curatedDir());
  } catch (err) {
    if (err instanceof ArticleError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  printProblems(result.problems);
  const errors = countErrors(result.problems);
  const summary = `${result.catalog.articles.length} articles, ${result.catalog.tags.length} tags, ${result.drafts} drafts, ${countWarnings(result.problems)} warnings, ${errors} errors`;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (errors > 0 && !options.allowErrors) {
    console.error(`build failed: ${summary} (${seconds} s); the previous catalog is left as it was`);
    return 1;
  }
  writeCatalog(catalogDir(), result);
  console.error(`built ${summary} in ${seconds} s${errors ? ': files with errors are left out until fixed' : ''}`);
  return 0;
}
