// Reads `site.yaml` from the curated folder, checked like front matter.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { DEFAULT_SITE, type Site } from '../site.ts';
import { ArticleError } from './problem.ts';

export const SITE_FILE = 'site.yaml';

// The feed's icon or logo: an absolute address, or a path on this site such as /logo.png.
const imageRef = z.string().regex(/^(https?:\/\/[^\s]+|\/[^\s]*)$/i, 'must be an absolute http(s) address or a path on the site starting with /, e.g. /logo.png');

const siteSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
  description: z.string().trim().optional(),
  author: z.string().trim().min(1).optional(),
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en').optional(),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, 'must be an absolute http(s) address without ? or #, e.g. https://reading.example.org')
    .transform((u) => u.replace(/\/+$/, ''))
    .nullable()
    .optional(),
  icon: imageRef.nullable().optional(),
  logo: imageRef.nullable().optional(),
  editor: z.string().trim().min(1).nullable().optional(),
  // Written full_text in site.yaml like in front matter; Site.fullText in the code.
  full_text: z.boolean({ error: 'must be true or false, without quotes' }).optional(),
});

export function loadSite(dir: string): Site {
  const path = join(dir, SITE_FILE);
  if (!existsSync(path)) return DEFAULT_SITE;
  const source = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = yaml.load(source) ?? {};
  } catch (err) {
    const line = ((err as { mark?: { line?: number } }).mark?.line ?? 0) + 1;
    throw new ArticleError(`is not valid YAML: ${(err as { reason?: string }).reason ?? String(err)}`, line);
  }
  const parsed = siteSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const line = key ? source.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`)) + 1 : 0;
    throw new ArticleError(`${issue.path.join('.') || 'settings'}: ${issue.message}`, line || 1);
  }
  const { full_text: fullText, ...settings } = parsed.data;
  return { ...DEFAULT_SITE, ...settings, ...(fullText !== undefined && { fullText }) };
}
