// Dates after the build: an article dated in the future is scheduled (built, and shown once its
// date has passed: src/catalog/schedule.ts), with a warning saying when it appears. An `updated`
// more than a day ahead of the build and of the article's own date is an error (a typo such as
// 2052 for 2025: an edit cannot be scheduled). Checked after ingest, so cached results never go stale.
import type { ArticleMeta } from '../article.ts';
import { formatAppears } from '../catalog/schedule.ts';
import { toIso } from '../ingest/dates.ts';
import type { Problem } from '../ingest/problem.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The check for one build: the problems of one article's dates. */
export function futureDateCheck(now: Date) {
  // Article dates are all whole-second UTC ISO strings, so they compare as strings.
  const cut = toIso(now);
  const limit = toIso(new Date(now.getTime() + DAY_MS));
  return (file: string, article: Pick<ArticleMeta, 'published' | 'updated'>, lines?: { published: number; updated: number }): Problem[] => {
    const problems: Problem[] = [];
    if (article.published > cut) {
      problems.push({ file, line: lines?.published ?? 1, severity: 'warning', message: `scheduled: appears ${formatAppears(article.published)}; no feed, page or sitemap shows it before then` });
    }
    if (article.updated !== article.published && article.updated > limit && article.updated > article.published) {
      const message = `\`updated\` ${article.updated} is in the future; correct it, or set it on the day of the edit`;
      problems.push({ file, line: lines?.updated ?? 1, severity: 'error', message });
    }
    return problems;
  };
}

/** Whether a problem is the note that an article is scheduled. */
export const isScheduledNote = (p: Problem) => p.severity === 'warning' && p.message.startsWith('scheduled: ');
