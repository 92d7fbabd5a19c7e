// How the command line shows problems: one `FILE:LINE: reason` line each, errors first.
import { formatProblem, type Problem } from '../ingest/problem.ts';

export function printProblems(problems: readonly Problem[]): void {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const p of sorted) console.error(formatProblem(p));
}

export const countErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;
export const countWarnings = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning').length;
