// `npm run bench:images [-- N]`: what pictures from curated/ cost `curate build`. N synthetic
// articles (1,000 by default) are built as they are, and again with each naming a PNG of its own
// (64 × 48, about 10 KB, one in four shared by two articles): a cold build, a rebuild with nothing
// changed, and a rebuild after one picture's bytes changed. Each figure is the median of RUNS (3).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { png } from '../test/node/support/png.ts';
import { buildSeconds, median, runCurate } from './build/run-curate.ts';
import type { Timed } from './build/run-timed.ts';
import { writeSyntheticArticles } from './build/synthetic.ts';

const N = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.env.RUNS ?? 3);

const picture = (n: number, version = 0) => png(64, 48, (x, y) => [(x * 4 + n) & 255, (y * 5 + (n >> 8)) & 255, (x * y + version * 97) & 255]);

const readCount = (t: Timed) => /(\d+) read\)/.exec(t.stderr)?.[1] ?? String(N);

/** N articles; with `images`, each names images/picture-K.png (articles 4k and 4k+1 share one). */
function folder(images: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-images-${N}-`));
  const curated = join(dir, 'curated');
  writeSyntheticArticles(curated, 0, N);
  if (!images) return dir;
  mkdirSync(join(curated, 'images'));
  const files = readdirSync(curated).filter((name) => name.endsWith('.md')).sort();
  for (const [i, name] of files.entries()) {
    const k = i % 4 === 1 ? i - 1 : i;
    if (k === i) writeFileSync(join(curated, 'images', `picture-${k}.png`), picture(k));
    const path = join(curated, name);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n![Picture ${k}](images/picture-${k}.png)\n`);
  }
  return dir;
}

const rows: string[][] = [];
for (const images of [false, true]) {
  const steps: Record<string, { wall: number[]; work: number[]; read: string }> = {};
  const note = (step: string, t: Timed) => {
    const s = (steps[step] ??= { wall: [], work: [], read: '' });
    s.wall.push(t.wallSeconds);
    s.work.push(buildSeconds(t) ?? NaN);
    s.read = readCount(t);
  };
  let published = 0;
  for (let run = 0; run < RUNS; run++) {
    const dir = folder(images);
    try {
      note('cold build', runCurate(dir, ['build']));
      note('rebuild, nothing changed', runCurate(dir, ['build']));
      if (images) writeFileSync(join(dir, 'curated', 'images', 'picture-0.png'), picture(0, run + 1));
      else writeFileSync(join(dir, 'curated', 'article-00000.md'), `${readFileSync(join(dir, 'curated', 'article-00000.md'), 'utf8')}\nOne more line.\n`);
      note(images ? 'rebuild, one picture changed' : 'rebuild, one article changed', runCurate(dir, ['build']));
      published = images ? readdirSync(join(dir, 'catalog', 'images')).length : 0;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const [step, s] of Object.entries(steps)) {
    rows.push([String(N), images ? 'a picture each' : 'no pictures', step, median(s.wall).toFixed(2), median(s.work).toFixed(2), s.read, String(published)]);
  }
}

const head = ['articles', 'folder', 'step', 'wall s', 'build s', 'articles read', 'image files'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [head, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
console.log(`median of ${RUNS} runs; "build s" is the build's own "in X s" figure (after start-up)`);
