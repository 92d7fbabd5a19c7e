// How the command line shows problems and results: one `FILE:LINE: reason` line per problem,
// errors first, then one summary line.
import type { BuildResult } from '../build/build-catalog.ts';
import { formatAppears } from '../catalog/schedule.ts';
import { formatProblem, type Problem } from '../ingest/problem.ts';

export function printProblems(problems: readonly Problem[]): void {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const p of sorted) console.error(formatProblem(p));
}

export const countErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;
export const countWarnings = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning').length;

/** "10000 articles, 12 tags, 0 drafts, 3 warnings, 0 errors" (", 2 collections" after the tags and ", 1 scheduled" after the drafts when there are some). */
export function summarise(result: BuildResult): string {
  const { catalog, drafts, problems } = result;
  const scheduled = result.scheduled.length ? `, ${result.scheduled.length} scheduled` : '';
  const collections = catalog.collections.length ? `, ${catalog.collections.length} collections` : '';
  return `${catalog.articleCount} articles, ${catalog.tags.length} tags${collections}, ${drafts} drafts${scheduled}, ${countWarnings(problems)} warnings, ${countErrors(problems)} errors`;
}

export function elapsed(startedMs: number): string {
  return `${((performance.now() - startedMs) / 1000).toFixed(2)} s`;
}

/** "(9999 unchanged, 1 read)" when the cache helped. */
export function cacheNote(result: BuildResult): string {
  return result.cached ? ` (${result.cached} unchanged, ${result.read} read)` : '';
}

/** One line listing what was skipped by its name, so no file is ever left out without a word. */
export function printSkipped(skipped: readonly string[]): void {
  if (!skipped.length) return;
  const shown = skipped.length > 10 ? `${skipped.slice(0, 10).join(', ')} and ${skipped.length - 10} more` : skipped.join(', ');
  console.error(`skipped ${skipped.length} by name (files and folders named _…, .… or README are never articles): ${shown}`);
}

/** What is scheduled and when it appears, soonest first: one line each. */
export function printScheduled(result: Pick<BuildResult, 'scheduled'>): void {
  if (!result.scheduled.length) return;
  console.error(`scheduled: ${result.scheduled.length} ${result.scheduled.length === 1 ? 'article appears' : 'articles appear'} later (built now, in no feed, page or sitemap before then):`);
  for (const s of result.scheduled) console.error(`  ${formatAppears(s.published)}  ${s.file}  /articles/${s.slug}`);
}
