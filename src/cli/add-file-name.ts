// The file name `curate add` gives an article: a slug of its title, never an existing name.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { slugFromStem } from '../ingest/ids.ts';

const MAX_SLUG = 60;

/** "Cafés & bakeries: why…" -> "cafes-bakeries-why…", cut at a hyphen to at most 60 characters. */
export function slugForTitle(title: string): string {
  const slug = slugFromStem(title);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 20 ? cut.slice(0, hyphen) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** `slug.ext` in `dir`, or `slug-2.ext`, `slug-3.ext`… when that name, or its slug anywhere in the curated folder (`taken`), is taken. */
export function freeFileName(dir: string, slug: string, extension: string, taken: ReadonlySet<string> = new Set()): string {
  for (let n = 1; ; n++) {
    const stem = n === 1 ? slug : `${slug}-${n}`;
    const name = `${stem}${extension}`;
    if (!existsSync(join(dir, name)) && !taken.has(slugFromStem(stem))) return name;
  }
}
