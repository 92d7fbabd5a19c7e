// Issue 9: `npm run dev` keeps noticing files saved by rename (`sed -i`), deletes and new
// sub-folders. Runs the real `curate dev` on a free port against a temporary folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curatedFolder, md } from './support/site.ts';

const body = (seed: string) => Array.from({ length: 30 }, (_, i) => `${seed}${i}`).join(' ');
let dev: ChildProcess;
let base = '';
let log = '';
const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'a.md': md({ title: 'Old title', date: '2024-01-01' }, body('a')) });

/** Polls `path` until `check` holds, for up to 15 s. */
async function eventually(path: string, check: (status: number, text: string) => boolean): Promise<void> {
  const until = Date.now() + 15_000;
  let last = '';
  while (Date.now() < until) {
    const res = await fetch(`${base}${path}`);
    const text = await res.text();
    if (check(res.status, text)) return;
    last = `${res.status} ${text.slice(0, 200)}`;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} never matched; last answer: ${last}\n${log}`);
}
const sed = (expr: string, file: string) => execFileSync('sed', ['-i', expr, file]);

beforeAll(async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'curate-dev-'));
  dev = spawn(process.execPath, ['bin/curate.mjs', 'dev'], {
    env: { ...process.env, CURATED_DIR: dir, CATALOG_DIR: join(scratch, 'catalog'), CURATE_CACHE_DIR: join(scratch, 'cache'), PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stderr!.on('data', (d) => (log += d));
  base = await new Promise<string>((resolve, reject) => {
    dev.stdout!.on('data', (d) => {
      log += d;
      const url = /Serving the curated feeds at (http:\/\/[^/]+)\//.exec(String(d))?.[1];
      if (url) resolve(url);
    });
    dev.once('exit', (code) => reject(new Error(`curate dev exited with ${code}\n${log}`)));
  });
  // Give the watcher a moment to be ready before the first change.
  await new Promise((r) => setTimeout(r, 500));
}, 30_000);

afterAll(() => {
  dev?.kill('SIGINT');
});

describe('curate dev', () => {
  it('sees every save by rename (sed -i), not just the first', async () => {
    await eventually('/articles/a', (s, t) => s === 200 && t.includes('Old title'));
    sed('s/Old title/Second title/', join(dir, 'a.md'));
    await eventually('/articles/a', (s, t) => s === 200 && t.includes('Second title'));
    sed('s/Second title/Third title/', join(dir, 'a.md'));
    await eventually('/articles/a', (s, t) => s === 200 && t.includes('Third title'));
  });

  it('sees a new sub-folder and files saved by rename inside it', async () => {
    mkdirSync(join(dir, 'new', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'new', 'deeper', 'c.md'), md({ title: 'Deep one', date: '2024-02-01' }, body('c')));
    await eventually('/articles/c', (s, t) => s === 200 && t.includes('Deep one'));
    sed('s/Deep one/Deep two/', join(dir, 'new', 'deeper', 'c.md'));
    await eventually('/articles/c', (s, t) => s === 200 && t.includes('Deep two'));
  });

  it('drops a deleted article, even one saved by rename before', async () => {
    rmSync(join(dir, 'a.md'));
    await eventually('/articles/a', (s) => s === 404);
    await eventually('/feed.json', (s, t) => s === 200 && !t.includes('Third title'));
  });
});
