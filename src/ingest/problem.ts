// A problem found in a curated file, reported as `FILE:LINE: reason`.

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Thrown by readers when a file cannot become an article at all. */
export class ArticleError extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
  }
}
