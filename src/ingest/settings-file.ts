// A settings file of `key: value` lines (site.yaml, a collection's collection.yaml), checked like
// front matter: every problem at its own line, and the settings that are right still used.
import { z } from 'zod';
import { feedSafe } from './feed-safe-text.ts';
import type { Severity } from './problem.ts';
import { findLoneSurrogate, loadYaml, shown, topLevelKeyLines, YamlSyntaxError } from './yaml.ts';

export interface SettingProblem {
  line: number;
  severity: Severity;
  message: string;
}

/** A setting written as text; any other type gets this one message. */
export const textSetting = z.string({ error: 'must be text' }).trim();
export const fullTextSetting = z.boolean({ error: 'must be true or false, without quotes' });

/**
 * Reads `source` into a copy of `defaults`: `fields` checks each setting by its name in the
 * file, `renamed` maps a setting to the field it sets where the two are spelt differently.
 */
export function readSettings<T extends object>(source: string, defaults: T, fields: Record<string, z.ZodType>, renamed: Record<string, keyof T> = {}): { settings: T; problems: SettingProblem[]; lines: Map<string, number>; readable: boolean } {
  let data: unknown;
  try {
    data = loadYaml(source) ?? {};
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    return { settings: { ...defaults }, problems: [{ line: err.sourceLine + 1, severity: 'error', message: `is not valid YAML: ${err.reason}` }], lines: new Map(), readable: false };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { settings: { ...defaults }, problems: [{ line: 1, severity: 'error', message: 'must be a list of `key: value` lines, such as `title: My reading`' }], lines: new Map(), readable: false };
  }
  const lines = topLevelKeyLines(source, 1);
  const problems: SettingProblem[] = [];
  const settings: T = { ...defaults };
  for (const [key, value] of Object.entries(data)) {
    const line = lines.get(key) ?? 1;
    if (!Object.hasOwn(fields, key)) {
      problems.push({ line, severity: 'error', message: `unknown setting \`${shown(key).slice(1, -1)}\`; known settings: ${Object.keys(fields).join(', ')}` });
      continue;
    }
    if (findLoneSurrogate(value) !== null) {
      problems.push({ line, severity: 'error', message: `\`${key}\` holds a lone surrogate, which is not text; remove the \\u escape` });
      continue;
    }
    const parsed = fields[key]!.safeParse(value);
    if (parsed.success) Object.assign(settings, { [renamed[key] ?? key]: feedSafe(parsed.data) });
    else problems.push({ line, severity: 'error', message: `\`${key}\` ${parsed.error.issues[0]?.message}` });
  }
  return { settings, problems, lines, readable: true };
}
