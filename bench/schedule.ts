// `npm run bench:schedule [-- N...]`: what scheduled articles cost the published catalog. For N
// synthetic articles (1,000 and 10,000 by default) plus S of them dated after the build, each at
// its own instant (S = 0, 1, 5), it publishes a fresh catalog and prints the asset files and bytes
// beside S = 0, and the CPU time of publishing (median of RUNS, default 3). A scheduled view
// writes only what differs from the view before it, so the extra files follow S, not N.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalog } from '../src/build/build-catalog.ts';
import { writeCatalog } from '../src/catalog/write-catalog.ts';
import { median } from './build/run-curate.ts';
import { syntheticArticle, writeSyntheticArticles } from './build/synthetic.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.RUNS ?? 3);
const NOW = new Date('2026-06-01T00:00:00Z');

/** Every served file under `dir` (catalog.json and the manifest are not uploaded). */
function assets(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || ['catalog.json', 'manifest.json', '.assetsignore'].includes(entry.name)) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}


console.log('| articles | scheduled instants | asset files | extra files | asset MB | extra kB | publish CPU ms |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes.length ? sizes : [1000, 10000]) {
  const folder = mkdtempSync(join(tmpdir(), `bench-schedule-${n}-`));
  writeSyntheticArticles(folder, 0, n);
  let baseline: { files: number; bytes: number } | null = null;
  let written = 0;
  for (const scheduled of [0, 1, 5]) {
    // One more article for each instant, a day apart after the build.
    for (; written < scheduled; written++) {
      const { name, text } = syntheticArticle(n + written);
      const date = new Date(NOW.getTime() + (written + 1) * 86_400_000).toISOString().replace(/\.000Z$/, 'Z');
      writeFileSync(join(folder, `scheduled-${name}`), text.replace(/^date: .*$/m, `date: ${date}`));
    }
    const built = buildCatalog(folder, { now: NOW, cacheDir: null });
    const times: number[] = [];
    let size = { files: 0, bytes: 0 };
    for (let run = 0; run < RUNS; run++) {
      const out = mkdtempSync(join(tmpdir(), 'bench-schedule-out-'));
      const start = process.cpuUsage();
      writeCatalog(out, built.catalog, { now: NOW });
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
      size = assets(out);
      rmSync(out, { recursive: true, force: true });
    }
    baseline ??= size;
    const mb = (size.bytes / 1e6).toFixed(1);
    const extraKb = ((size.bytes - baseline.bytes) / 1e3).toFixed(0);
    console.log(`| ${n} | ${scheduled} | ${size.files} | ${size.files - baseline.files} | ${mb} | ${extraKb} | ${median(times).toFixed(0)} |`);
  }
  rmSync(folder, { recursive: true, force: true });
}
