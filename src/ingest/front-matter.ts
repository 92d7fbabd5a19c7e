// Splits a leading YAML front matter block (--- ... ---) from the rest of a file.
import yaml from 'js-yaml';
import { ArticleError } from './problem.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the block. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** 1-based file line of each top-level key, for error messages. */
  keyLines: Map<string, number>;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1, keyLines: new Map() };
  const source = match[1] ?? '';
  let data: unknown;
  try {
    // js-yaml 4's load is safe: no !!js/function and friends.
    data = yaml.load(source);
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? String(err);
    throw new ArticleError(`front matter is not valid YAML (${reason}); fix the YAML between the --- lines`, (mark?.line ?? 0) + 2);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleError('front matter must be a list of `key: value` lines', 2);
  }
  const keyLines = new Map<string, number>();
  source.split(/\r?\n/).forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, i + 2);
  });
  const consumed = match[0];
  return {
    data: data as Record<string, unknown>,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length + (consumed.endsWith('\n') ? 0 : 1),
    keyLines,
  };
}
