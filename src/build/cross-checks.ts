// Problems only visible across files: two files claiming one slug, one id or one body.
import type { Article } from '../article.ts';
import type { Problem } from '../ingest/problem.ts';
import { sha256 } from '../catalog/assemble.ts';

export interface Built {
  path: string;
  article: Article;
}

/** Reports every clash and returns the articles that may be published (the first of each clash). */
export function crossCheck(built: readonly Built[]): { kept: Built[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const claims = [
    { what: 'slug', key: (a: Article) => a.slug, fix: 'rename one file or set `slug:`', seen: new Map<string, string>() },
    { what: 'id', key: (a: Article) => a.id, fix: 'give one of them another `id:`', seen: new Map<string, string>() },
    { what: 'article body', key: (a: Article) => sha256(a.contentText.replace(/\s+/g, ' ')), fix: 'it is the same article twice: delete one', seen: new Map<string, string>() },
  ];
  const kept: Built[] = [];
  for (const item of built) {
    let clash = false;
    for (const claim of claims) {
      const key = claim.key(item.article);
      const first = claim.seen.get(key);
      if (first) {
        problems.push({ file: item.path, line: 1, severity: 'error', message: `has the same ${claim.what} as ${first}; ${claim.fix}` });
        clash = true;
      } else claim.seen.set(key, item.path);
    }
    if (!clash) kept.push(item);
  }
  return { kept, problems };
}
