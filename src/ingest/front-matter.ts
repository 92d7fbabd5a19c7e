// Splits a leading YAML front matter block (--- ... ---) from the rest of a file.
import { ArticleError } from './problem.ts';
import { loadYaml, topLevelKeyLines, YamlSyntaxError } from './yaml.ts';

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
/** An opening `---` line followed by a `key: value` line: front matter, whether or not it is closed. */
const OPENING = /^---[ \t]*\r?\n(?:[ \t]*\r?\n)*[A-Za-z_][\w-]*[ \t]*:/;

export function splitFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match) {
    if (OPENING.test(text)) {
      throw new ArticleError('front matter has no closing `---` line; add a line `---` after its last `key: value` line', 1);
    }
    return { data: {}, body: text, bodyLine: 1, keyLines: new Map() };
  }
  const source = match[1] ?? '';
  let data: unknown;
  try {
    data = loadYaml(source);
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    throw new ArticleError(`front matter is not valid YAML (${err.reason}); fix the YAML between the --- lines`, err.sourceLine + 2);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleError('front matter must be a list of `key: value` lines', 2);
  }
  const consumed = match[0];
  return {
    data: data as Record<string, unknown>,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length + (consumed.endsWith('\n') ? 0 : 1),
    keyLines: topLevelKeyLines(source, 2),
  };
}
