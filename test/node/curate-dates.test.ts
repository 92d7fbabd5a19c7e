import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem } from '../../src/ingest/problem.ts';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';

const body = (seed: string) => Array.from({ length: 30 }, (_, i) => `${seed}${i}`).join(' ');

function commit(repo: string, message: string, when: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
  execFileSync('git', ['add', '-A'], { cwd: repo, env });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo, env });
}


/** Problems of the articles, without site.yaml's warning that `url` is not set. */
const articleProblems = (problems: Problem[]) => problems.filter((p) => !p.file.endsWith('site.yaml'));

describe('article dates', () => {
  it('take an explicit date first, then git (first and last commit), then the modification time with a warning', () => {
    const repo = mkdtempSync(join(tmpdir(), 'curate-git-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['config', 'user.name', 'Test Editor'], { cwd: repo });
    execFileSync('git', ['config', 'user.email', 'editor@example.org'], { cwd: repo });
    const dir = join(repo, 'curated');
    execFileSync('mkdir', [dir]);
    writeFileSync(join(dir, 'explicit.md'), `---\ntitle: Explicit\ndate: 2023-03-03\n---\n\n${body('e')}\n`);
    writeFileSync(join(dir, 'from-git.md'), `---\ntitle: From git\n---\n\n${body('g')}\n`);
    commit(repo, 'first', '2024-01-10T12:00:00Z');
    writeFileSync(join(dir, 'from-git.md'), `---\ntitle: From git\n---\n\n${body('g')} edited\n`);
    commit(repo, 'second', '2024-02-20T08:30:00Z');
    writeFileSync(join(dir, 'untracked.md'), `---\ntitle: Untracked\n---\n\n${body('u')}\n`);
    utimesSync(join(dir, 'untracked.md'), new Date('2024-04-04T04:04:04.500Z'), new Date('2024-04-04T04:04:04.500Z'));

    const result = buildCatalog(dir);
    const bySlug = new Map(result.catalog.articles.map((a) => [a.slug, a]));
    expect(bySlug.get('explicit')).toMatchObject({ published: '2023-03-03T00:00:00Z', updated: '2023-03-03T00:00:00Z' });
    expect(bySlug.get('from-git')).toMatchObject({ published: '2024-01-10T12:00:00Z', updated: '2024-02-20T08:30:00Z' });
    expect(bySlug.get('untracked')).toMatchObject({ published: '2024-04-04T04:04:04Z' });
    const warnings = articleProblems(result.problems).map((p) => `${p.file.split('/').pop()}: ${p.message}`);
    expect(warnings).toEqual([expect.stringMatching(/^untracked\.md: no date found: using the file's modification time/)]);
  });

  it('fall back to modification times outside a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-nogit-'));
    writeFileSync(join(dir, 'plain.md'), `---\ntitle: Plain\n---\n\n${body('p')}\n`);
    utimesSync(join(dir, 'plain.md'), new Date('2022-02-02T02:02:02Z'), new Date('2022-02-02T02:02:02Z'));
    const result = buildCatalog(dir);
    expect(result.catalog.articles[0]).toMatchObject({ published: '2022-02-02T02:02:02Z' });
    expect(articleProblems(result.problems).map((p) => p.message)).toEqual([expect.stringMatching(/^no date found: using the file's modification time/)]);
  });
});
