// Dates a reader can trust: none more than a day ahead of the build (a typo such as 2052 for 2025,
// or a scheduled article that must wait). Checked after ingest, so cached results never go stale.
import type { ArticleMeta } from '../article.ts';
import type { Problem } from '../ingest/problem.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The check for one build: the problems of one article's dates. */
export function futureDateCheck(now: Date) {
  // Article dates are all whole-second UTC ISO strings, so they compare as strings.
  const limit = new Date(now.getTime() + DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (file: string, article: Pick<ArticleMeta, 'published' | 'updated'>, lines?: { published: number; updated: number }) =>
    futureDateProblems(file, article, lines, limit);
}

function futureDateProblems(
  file: string,
  article: Pick<ArticleMeta, 'published' | 'updated'>,
  lines: { published: number; updated: number } | undefined,
  limit: string,
): Problem[] {
  if (article.published <= limit && article.updated <= limit) return [];
  const problems: Problem[] = [];
  const check = (value: string, key: 'date' | 'updated', line: number) => {
    if (value > limit) {
      problems.push({ file, line, severity: 'error', message: `\`${key}\` ${value} is in the future; correct it, or add the article on the day it may be published` });
    }
  };
  check(article.published, 'date', lines?.published ?? 1);
  if (article.updated !== article.published) check(article.updated, 'updated', lines?.updated ?? 1);
  return problems;
}
