// `npm run bench:build [-- N...]`: times `curate build` on N synthetic Markdown articles (600 words,
// 2 tags, front matter; N = 1,000 and 10,000 by default) - a cold build, a rebuild with nothing
// changed and a rebuild after adding one article - with peak memory, and Hugo on the same files in
// the same run when it is installed. Each figure is the median of RUNS runs (3 by default).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHugoSite } from './build/hugo-site.ts';
import { buildSeconds, runCurate } from './build/run-curate.ts';
import { hasCommand, runTimed, type Timed } from './build/run-timed.ts';
import { writeSyntheticArticles } from './build/synthetic.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.RUNS ?? 3);

interface Row {
  n: number;
  step: string;
  timed: Timed;
  /** The build's own "in X s" figure: the work after start-up. */
  inProcess: number | null;
  /** The machine's 1-minute load average when the runs ended: the figures mean little on a busy machine. */
  load: number;
}

function median(runs: Timed[]): Timed {
  return [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(runs.length / 2)]!;
}


function bench(n: number, hugo: boolean): Row[] {
  const dir = mkdtempSync(join(tmpdir(), `bench-build-${n}-`));
  try {
    writeSyntheticArticles(join(dir, 'curated'), 0, n);
    const rows: Row[] = [];
    const add = (step: string, runs: Timed[]) => {
      const timed = median(runs);
      rows.push({ n, step, timed, inProcess: buildSeconds(timed), load: loadavg()[0]! });
    };
    const cold = () => {
      rmSync(join(dir, 'catalog'), { recursive: true, force: true });
      rmSync(join(dir, 'cache'), { recursive: true, force: true });
      return runCurate(dir, ['build', '--no-cache']);
    };
    const hugoCold = () => {
      rmSync(join(dir, 'hugo', 'public'), { recursive: true, force: true });
      rmSync(join(dir, 'hugo', 'resources'), { recursive: true, force: true });
      const timed = runTimed('hugo', ['--quiet'], { cwd: join(dir, 'hugo') });
      if (timed.status !== 0) throw new Error(`hugo failed:\n${timed.stderr.slice(-2000)}`);
      return timed;
    };
    if (hugo) makeHugoSite(join(dir, 'hugo'), join(dir, 'curated'));
    // Alternate the two builders so both see the same machine load.
    const ours: Timed[] = [];
    const theirs: Timed[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(cold());
      if (hugo) theirs.push(hugoCold());
    }
    add('cold build (--no-cache, empty output)', ours);
    if (hugo) add('Hugo cold build (hugo --quiet)', theirs);
    add('rebuild, nothing changed', Array.from({ length: RUNS }, () => runCurate(dir, ['build'])));
    add(
      'rebuild after adding one article',
      Array.from({ length: RUNS }, (_, i) => {
        writeSyntheticArticles(join(dir, 'curated'), n + i, n + i + 1);
        return runCurate(dir, ['build']);
      }),
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hugo = hasCommand('hugo');
const rows = (sizes.length ? sizes : [1000, 10000]).flatMap((n) => bench(n, hugo));
const cell = (x: number | null, digits = 2) => (x === null ? 'n/a' : x.toFixed(digits));
console.log(`median of ${RUNS} runs; wall = the whole \`node bin/curate.mjs build\` process, start-up included`);
console.log('| articles | step | wall s | build s (after start-up) | peak RSS MiB | load |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.n} | ${r.step} | ${cell(r.timed.wallSeconds)} | ${cell(r.inProcess)} | ${cell(r.timed.peakMiB, 0)} | ${cell(r.load, 1)} |`);
for (const n of new Set(rows.map((r) => r.n))) {
  const ours = rows.find((r) => r.n === n && r.step.startsWith('cold'));
  const theirs = rows.find((r) => r.n === n && r.step.startsWith('Hugo'));
  if (ours && theirs) console.log(`${n} articles: cold build / Hugo = ${(ours.timed.wallSeconds / theirs.timed.wallSeconds).toFixed(2)}`);
}
if (!hugo) console.log('Hugo was skipped: `hugo` is not installed (apt-get install -y hugo)');
