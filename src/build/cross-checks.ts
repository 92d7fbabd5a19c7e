// Problems only visible across files: two files claiming one slug, one id or one body.
import type { ArticleMeta } from '../article.ts';
import type { FileDates } from '../ingest/ingest-file.ts';
import type { Problem } from '../ingest/problem.ts';
import { sha256 } from '../catalog/assemble.ts';

export interface Built<A extends Pick<ArticleMeta, 'slug' | 'id'> = ArticleMeta> {
  path: string;
  article: A;
  /** bodyKeyOf() the article's plain text. */
  bodyKey: string;
  /** When the file came to the folder; the one there first keeps a slug, id or body both claim. */
  arrived?: FileDates;
}

/** Committed files before uncommitted ones, then oldest first, then by path: who was there first. */
function firstCome<A extends Pick<ArticleMeta, 'slug' | 'id'>>(built: readonly Built<A>[]): Built<A>[] {
  // Each file's rank and time worked out once, not in every comparison of the sort.
  const rank = built.map((x) => (x.arrived?.origin === 'git' ? 0 : 1));
  const at = built.map((x) => x.arrived?.created.getTime() ?? Infinity);
  const order = built.map((_, i) => i);
  order.sort((i, j) => rank[i]! - rank[j]! || (at[i] !== at[j] ? at[i]! - at[j]! : built[i]!.path < built[j]!.path ? -1 : built[i]!.path > built[j]!.path ? 1 : 0));
  return order.map((i) => built[i]!);
}

/**
 * Equal for two copies of one article whatever their paragraph breaks. Plain text from the
 * pipeline has its white space already folded inside paragraphs; only the breaks between differ.
 */
export const bodyKeyOf = (contentText: string) => sha256(contentText.replaceAll('\n\n', ' '));

/** Reports every clash and returns the articles that may be published (the first come of each clash). */
export function crossCheck<A extends Pick<ArticleMeta, 'slug' | 'id'>>(built: readonly Built<A>[]): { kept: Built<A>[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const claims = [
    { what: 'slug', key: (b: Built<A>) => b.article.slug, fix: 'rename one file or set `slug:`', seen: new Map<string, string>() },
    { what: 'id', key: (b: Built<A>) => b.article.id, fix: 'give one of them another `id:`', seen: new Map<string, string>() },
    { what: 'article body', key: (b: Built<A>) => b.bodyKey, fix: 'it is the same article twice: delete one', seen: new Map<string, string>() },
  ];
  const kept: Built<A>[] = [];
  for (const item of firstCome(built)) {
    // One message per pair of files: an id made from a slug clashes whenever the slug does.
    const clashesWith = new Set<string>();
    for (const claim of claims) {
      const key = claim.key(item);
      const first = claim.seen.get(key);
      if (first) {
        if (!clashesWith.has(first)) problems.push({ file: item.path, line: 1, severity: 'error', message: `has the same ${claim.what} as ${first}; ${claim.fix}` });
        clashesWith.add(first);
      } else claim.seen.set(key, item.path);
    }
    const clash = clashesWith.size > 0;
    if (!clash) kept.push(item);
  }
  return { kept, problems };
}
