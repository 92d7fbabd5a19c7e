// The front matter keys editors know from Jekyll, Hugo and Astro, checked at the boundary.
import { z } from 'zod';
import { parseDate } from './dates.ts';
import { feedSafeText } from './feed-safe-text.ts';

/** Some visible character once the control characters no feed may carry are taken out ("\u0000" is empty). */
const VISIBLE = /[^\s\u200b-\u200d\u2060]/u;
const text = z.string().trim().refine((s) => VISIBLE.test(feedSafeText(s)), 'must not be empty');
const httpUrl = text.refine((s) => /^https?:\/\/[^\s/]+/i.test(s), 'must be an absolute http(s) address');
/** An image: an absolute http(s) address, or a path to a file in curated/ (`images/ferry.jpg`, checked by the build). */
const imageRef = text.refine(
  (s) => /^https?:\/\/[^\s/]+/i.test(s) || /^file:/i.test(s) || (!/^[a-z][a-z0-9+.-]*:/i.test(s) && !s.startsWith('//')),
  'must be an absolute http(s) address or the path of an image in curated/ (images/ferry.jpg)',
);
const date = z
  .union([z.string(), z.date(), z.number()])
  .transform((value, ctx) => {
    const parsed = parseDate(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a date I can read; write it as 2024-05-07 or 2024-05-07T09:30:00+02:00` });
      return z.NEVER;
    }
    return parsed;
  });
const person = z.union([text, z.object({ name: text, url: httpUrl.optional() })]).transform((p) => (typeof p === 'string' ? { name: p } : p));
const tagList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((v) => (typeof v === 'string' ? v.split(',') : v.map(String)).map((t) => t.trim()).filter(Boolean));

export const frontMatterSchema = z.object({
  title: text.optional(),
  date: date.optional(),
  updated: date.optional(),
  tags: tagList.optional(),
  categories: tagList.optional(),
  summary: text.optional(),
  description: text.optional(),
  url: httpUrl.optional(),
  author: person.optional(),
  authors: z.array(person).optional(),
  image: z
    .union([imageRef, z.object({ url: imageRef, caption: z.string().optional(), alt: z.string().optional() })])
    .transform((i) => (typeof i === 'string' ? { url: i, caption: null } : { url: i.url, caption: i.caption ?? i.alt ?? null }))
    .optional(),
  draft: z.boolean().optional(),
  full_text: z.boolean().optional(),
  note: text.optional(),
  lang: text.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, fr or zh-Hant').optional(),
  id: z.union([text, z.number()]).transform(String).optional(),
  slug: text.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens').optional(),
  source: z
    .union([text, z.object({ name: text, url: httpUrl.optional() })])
    .transform((s) => (typeof s === 'string' ? { name: s, url: null } : { name: s.name, url: s.url ?? null }))
    .optional(),
});

export type FrontMatterFields = z.infer<typeof frontMatterSchema>;
export const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape));
