// Reads `site.yaml` from the curated folder, checked like front matter: every problem at its own
// line, and the settings that are right still used, so articles are checked all the same.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SITE, type Site } from '../site.ts';
import { feedSafe } from './feed-safe-text.ts';
import type { Severity } from './problem.ts';
import { findLoneSurrogate, loadYaml, shown, topLevelKeyLines, YamlSyntaxError } from './yaml.ts';

export const SITE_FILE = 'site.yaml';

/** A setting written as text; any other type gets this one message. */
const textSetting = z.string({ error: 'must be text' }).trim();

// The feed's icon or logo: an absolute address, or a path on this site such as /logo.png.
const imageRef = z.string({ error: 'must be text' }).regex(/^(https?:\/\/[^\s]+|\/[^\s]*)$/i, 'must be an absolute http(s) address or a path on the site starting with /, e.g. /logo.png');

/** Every setting by its name in site.yaml. */
const FIELDS: Record<string, z.ZodType> = {
  title: textSetting.min(1, 'must not be empty'),
  description: textSetting,
  author: textSetting.min(1, 'must not be empty'),
  language: z.string({ error: 'must be text' }).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en'),
  url: z
    .string({ error: 'must be text' })
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, 'must be an absolute http(s) address without ? or #, e.g. https://reading.example.org')
    .transform((u) => u.replace(/\/+$/, ''))
    .nullable(),
  icon: imageRef.nullable(),
  logo: imageRef.nullable(),
  editor: textSetting.min(1, 'must not be empty').nullable(),
  full_text: z.boolean({ error: 'must be true or false, without quotes' }),
};

/** The Site field each setting sets, where the two are spelt differently. */
const SITE_KEY: Record<string, keyof Site> = { full_text: 'fullText' };

export interface SiteProblem {
  line: number;
  severity: Severity;
  message: string;
}

export interface SiteSettings {
  site: Site;
  /** Errors (the settings they concern fall back to their defaults) and warnings. */
  problems: SiteProblem[];
}

export const URL_UNSET_WARNING =
  '`url` is not set: article ids are placeholders and pages link to whatever address they are asked for at; set `url: https://…` to the public address before publishing';

export function readSite(dir: string): SiteSettings {
  const path = join(dir, SITE_FILE);
  if (!existsSync(path)) return { site: DEFAULT_SITE, problems: [{ line: 1, severity: 'warning', message: `is missing, so ${URL_UNSET_WARNING}` }] };
  const source = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = loadYaml(source) ?? {};
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    return { site: DEFAULT_SITE, problems: [{ line: err.sourceLine + 1, severity: 'error', message: `is not valid YAML: ${err.reason}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { site: DEFAULT_SITE, problems: [{ line: 1, severity: 'error', message: 'must be a list of `key: value` lines, such as `title: My reading`' }] };
  }
  const lines = topLevelKeyLines(source, 1);
  const problems: SiteProblem[] = [];
  const site: Site = { ...DEFAULT_SITE };
  for (const [key, value] of Object.entries(data)) {
    const line = lines.get(key) ?? 1;
    if (!Object.hasOwn(FIELDS, key)) {
      problems.push({ line, severity: 'error', message: `unknown setting \`${shown(key).slice(1, -1)}\`; known settings: ${Object.keys(FIELDS).join(', ')}` });
      continue;
    }
    if (findLoneSurrogate(value) !== null) {
      problems.push({ line, severity: 'error', message: `\`${key}\` holds a lone surrogate, which is not text; remove the \\u escape` });
      continue;
    }
    const parsed = FIELDS[key]!.safeParse(value);
    if (parsed.success) Object.assign(site, { [SITE_KEY[key] ?? key]: feedSafe(parsed.data) });
    else problems.push({ line, severity: 'error', message: `\`${key}\` ${parsed.error.issues[0]?.message}` });
  }
  if (site.url === null) problems.push({ line: lines.get('url') ?? 1, severity: 'warning', message: URL_UNSET_WARNING });
  return { site, problems };
}

/** The settings alone, for commands that look at one file (their problems are the build's to report). */
export function loadSite(dir: string): Site {
  return readSite(dir).site;
}
