// The GitHub Actions workflows: valid against GitHub's workflow schema (action-validator), running the
// steps the README promises, and turning `curate check` problems into file-and-line annotations.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { annotation } from '../../.github/scripts/annotate-problems.mjs';

const dir = '.github/workflows';
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('workflows', () => {
  it.each(workflows)('%s is a valid workflow', (name) => {
    // Exits non-zero and prints the schema errors when the file is not a valid workflow.
    execFileSync('node', ['node_modules/@action-validator/cli/cli.mjs', join(dir, name)], { stdio: 'pipe' });
  });

  it('a pull request runs curate check and deploys nothing', () => {
    const text = read('pull-request.yml');
    expect(text).toMatch(/pull_request:/);
    expect(text).toMatch(/curate -- check 2>&1 \| node \.github\/scripts\/annotate-problems\.mjs/);
    expect(text).toMatch(/set -o pipefail/);
    expect(text).not.toMatch(/wrangler deploy|secrets\./);
  });

  it('a push to main checks, tests, then deploys with the two secrets', () => {
    const text = read('publish.yml');
    const at = (s: string) => text.indexOf(s);
    expect(text).toMatch(/push:\s*\n\s*branches: \[main\]/);
    expect(at('curate -- check')).toBeGreaterThan(0);
    expect(at('npm test')).toBeGreaterThan(at('curate -- check'));
    expect(at('wrangler deploy')).toBeGreaterThan(at('npm test'));
    expect(text).toContain('${{ secrets.CLOUDFLARE_API_TOKEN }}');
    expect(text).toContain('${{ secrets.CLOUDFLARE_ACCOUNT_ID }}');
  });
});

describe('annotate-problems', () => {
  it('makes an error annotation at the file and line', () => {
    expect(annotation('curated/bad.md:3: `date` 2024-13-45 is not a date; write it as YYYY-MM-DD')).toBe(
      '::error file=curated/bad.md,line=3::`date` 2024-13-45 is not a date; write it as YYYY-MM-DD',
    );
  });
  it('makes a warning annotation for warning lines', () => {
    expect(annotation('curated/a.txt:1: warning: no date found: using today')).toBe(
      '::warning file=curated/a.txt,line=1::no date found: using today',
    );
  });
  it('escapes what would end or alter the command', () => {
    expect(annotation('curated/a,b:c.md:7: 100% wrong')).toBe('::error file=curated/a%2Cb%3Ac.md,line=7::100%25 wrong');
  });
  it('leaves summary lines alone', () => {
    expect(annotation('check failed: 1 files, 0 articles')).toBeNull();
  });
});
