// Front matter -> checked fields, with every problem reported at its key's line.
import type { FrontMatter } from './front-matter.ts';
import { frontMatterSchema, KNOWN_KEYS, type FrontMatterFields } from './front-matter-schema.ts';
import type { Severity } from './problem.ts';
import { findLoneSurrogate, shown } from './yaml.ts';

type Report = (severity: Severity, message: string, line?: number) => void;

/** The checked fields, or null when any key is wrong (each reported). Unknown keys are warnings. */
export function applyFrontMatter(front: FrontMatter, report: Report): FrontMatterFields | null {
  const lineOf = (key: unknown) => (typeof key === 'string' ? front.keyLines.get(key) : undefined) ?? 2;
  let broken = false;
  for (const [key, value] of Object.entries(front.data)) {
    const lone = findLoneSurrogate(key) ?? findLoneSurrogate(value);
    if (lone !== null) {
      // A lone surrogate (from a "\uD800" escape) cannot be written as UTF-8 or put in a URL.
      report('error', `front matter \`${shown(key)}\` holds a lone surrogate (${shown(lone)}), which is not text; remove the \\u escape`, lineOf(key));
      broken = true;
    } else if (!KNOWN_KEYS.has(key)) {
      report('warning', `unknown front matter key \`${shown(key).slice(1, -1)}\` is ignored; known keys: ${[...KNOWN_KEYS].join(', ')}`, lineOf(key));
    }
  }
  if (broken) return null;
  const parsed = frontMatterSchema.safeParse(front.data);
  if (parsed.success) {
    warnOfSentenceTags(front, report, lineOf);
    return parsed.data;
  }
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    const message = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? `has the wrong type (${describe(front.data[String(key)])})` : issue.message;
    report('error', `front matter \`${issue.path.join('.')}\` ${message}${hint(String(key))}`, lineOf(key));
  }
  return null;
}

const SENTENCE_WORDS = 5;

/** `tags: this is about lighthouses and storms` is one tag of six words: most likely a slip. */
function warnOfSentenceTags(front: FrontMatter, report: Report, lineOf: (key: unknown) => number): void {
  for (const key of ['tags', 'categories']) {
    const value = front.data[key];
    if (typeof value !== 'string' || value.includes(',')) continue;
    const words = value.trim().split(/\s+/).length;
    if (words >= SENTENCE_WORDS) {
      report('warning', `front matter \`${key}\` is one tag of ${words} words (${shown(value.trim())}); separate tags with commas: \`${key}: one, two\``, lineOf(key));
    }
  }
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
  image: '; write `image: https://…/picture.jpg`, or `image: images/picture.jpg` for a file in curated/',
};

function hint(key: string): string {
  return HINTS[key] ?? '';
}
