// Front matter -> checked fields, with every problem reported at its key's line.
import type { FrontMatter } from './front-matter.ts';
import { frontMatterSchema, KNOWN_KEYS, type FrontMatterFields } from './front-matter-schema.ts';
import type { Severity } from './problem.ts';

type Report = (severity: Severity, message: string, line?: number) => void;

/** The checked fields, or null when any key is wrong (each reported). Unknown keys are warnings. */
export function applyFrontMatter(front: FrontMatter, report: Report): FrontMatterFields | null {
  const lineOf = (key: unknown) => (typeof key === 'string' ? front.keyLines.get(key) : undefined) ?? 2;
  for (const key of Object.keys(front.data)) {
    if (!KNOWN_KEYS.has(key)) {
      report('warning', `unknown front matter key \`${key}\` is ignored; known keys: ${[...KNOWN_KEYS].join(', ')}`, lineOf(key));
    }
  }
  const parsed = frontMatterSchema.safeParse(front.data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    const message = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? `has the wrong type (${describe(front.data[String(key)])})` : issue.message;
    report('error', `front matter \`${issue.path.join('.')}\` ${message}${hint(String(key))}`, lineOf(key));
  }
  return null;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`;
}

const HINTS: Record<string, string> = {
  title: '; write `title: Some words`',
  tags: '; write `tags: [one, two]` or `tags: one, two`',
  draft: '; write `draft: true` or `draft: false`',
  full_text: '; write `full_text: false` (summary only) or `full_text: true`, without quotes',
  note: '; write `note: Why this matters, in Markdown` (quote it if it holds a colon)',
  date: '; write `date: 2024-05-07`',
  updated: '; write `updated: 2024-05-07`',
  author: '; write `author: Jane Doe`',
  authors: '; write `authors: [Jane Doe, John Roe]`',
  image: '; write `image: https://…/picture.jpg`',
};

function hint(key: string): string {
  return HINTS[key] ?? '';
}
