// Setting front matter keys in an article's text, keeping every other line as the editor wrote it.
import { splitFrontMatter } from '../ingest/front-matter.ts';

/** `set` maps keys to YAML values already written out (e.g. `"A title"` or `["a", "b"]`). */
export function setFrontMatter(text: string, set: ReadonlyArray<[string, string]>): string {
  if (set.length === 0) return text;
  const source = text.replace(/^\uFEFF/, '');
  const added = set.map(([key, value]) => `${key}: ${value}`);
  const { body, bodyLine } = splitFrontMatter(source);
  if (bodyLine === 1) return `---\n${added.join('\n')}\n---\n\n${source}`;
  const block = source.slice(0, source.length - body.length).replace(/\r?\n$/, '');
  const lines = block.split(/\r?\n/);
  const inner = lines.slice(1, -1);
  const keys = new Set(set.map(([key]) => key));
  const kept: string[] = [];
  let dropping = false;
  for (const line of inner) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined) dropping = keys.has(key);
    // A replaced key's continuation lines (indented, or a block list) go with it.
    else if (dropping && !/^(\s|- |-$)/.test(line)) dropping = false;
    if (!dropping) kept.push(line);
  }
  return `${lines[0]}\n${[...added, ...kept].join('\n')}\n${lines[lines.length - 1]}\n${body}`;
}

export const yamlString = (value: string) => JSON.stringify(value);
export const yamlList = (values: readonly string[]) => `[${values.map(yamlString).join(', ')}]`;
