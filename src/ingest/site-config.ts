// Reads `site.yaml` from the curated folder, checked like front matter: every problem at its own
// line, and the settings that are right still used, so articles are checked all the same.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SITE, type Site } from '../site.ts';
import { fullTextSetting, readSettings, textSetting, type SettingProblem } from './settings-file.ts';

export const SITE_FILE = 'site.yaml';

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
  full_text: fullTextSetting,
};

/** The Site field each setting sets, where the two are spelt differently. */
const SITE_KEY: Record<string, keyof Site> = { full_text: 'fullText' };

export type SiteProblem = SettingProblem;

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
  const { settings: site, problems, lines, readable } = readSettings(readFileSync(path, 'utf8'), DEFAULT_SITE, FIELDS, SITE_KEY);
  if (readable && site.url === null) problems.push({ line: lines.get('url') ?? 1, severity: 'warning', message: URL_UNSET_WARNING });
  return { site, problems };
}

/** The settings alone, for commands that look at one file (their problems are the build's to report). */
export function loadSite(dir: string): Site {
  return readSite(dir).site;
}
