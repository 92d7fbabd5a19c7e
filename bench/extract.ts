// npm run bench:extract — scores the cleaner on ../shared/bench/extraction with the benchmark's
// own metric (../shared/tools/score-extraction.mjs) and prints a table per input kind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractDir } from '../src/cli/extract-command.ts';

const shared = resolve(process.env.SHARED_DIR ?? '../shared');
const bench = join(shared, 'bench/extraction');
const scorer = join(shared, 'tools/score-extraction.mjs');
if (!existsSync(bench)) {
  console.error(`${bench}: not found; set SHARED_DIR to the folder that holds bench/extraction`);
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 5);
const out = mkdtempSync(join(tmpdir(), 'bench-extract-'));

const rows = [
  { kind: 'whole-page text', dir: 'clippings', target: { f1: 0.9, speed: 1000 } },
  { kind: 'saved HTML', dir: 'pages', target: { f1: 0.95, speed: 50 } },
].map(({ kind, dir, target }) => {
  extractDir(join(bench, dir)); // warm-up: module loading and JIT are not the cleaner's speed
  let best = Infinity;
  let result: ReturnType<typeof extractDir> | null = null;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    result = extractDir(join(bench, dir));
    best = Math.min(best, performance.now() - started);
  }
  const pages = Object.keys(result!.out).length;
  const predictions = join(out, `${dir}.json`);
  writeFileSync(predictions, JSON.stringify(result!.out));
  const line = execFileSync('node', [scorer, join(bench, 'truth.json'), predictions], { encoding: 'utf8' }).trim().split('\n').pop()!;
  const score = (name: string) => Number(new RegExp(`${name} ([\\d.]+)`).exec(line)?.[1]);
  return { kind, pages, f1: score('F1'), precision: score('precision'), recall: score('recall'), perSecond: (pages / best) * 1000, target, predictions };
});

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${pad('input', 17)}${pad('pages', 7)}${pad('F1', 8)}${pad('precision', 11)}${pad('recall', 8)}${pad('pages/s', 9)}targets`);
for (const r of rows) {
  const ok = r.f1 >= r.target.f1 && r.perSecond >= r.target.speed ? 'met' : 'NOT met';
  console.log(
    `${pad(r.kind, 17)}${pad(r.pages, 7)}${pad(r.f1.toFixed(3), 8)}${pad(r.precision.toFixed(3), 11)}${pad(r.recall.toFixed(3), 8)}${pad(r.perSecond.toFixed(0), 9)}F1 >= ${r.target.f1}, >= ${r.target.speed} pages/s: ${ok}`,
  );
}
console.log(`(best of ${rounds} rounds, one thread, whole pipeline: decode, clean, sanitise, text; predictions in ${out})`);
