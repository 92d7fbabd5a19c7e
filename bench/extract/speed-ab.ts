// Reading speed of this checkout against another commit's, in one process, their rounds taking turns, so
// that both see the same load on a shared machine (absolute figures there are not comparable from run to run):
//   tsx bench/extract/speed-ab.ts [REF=main] [ROUNDS=7]
// REF's src/ and bench/extract/ are unpacked to a temporary folder (with this checkout's node_modules);
// each round reads every page of both sets as bench:extract does, and the figure is pages per CPU second, median.
import { execSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 7);
const shared = resolve(process.env.SHARED_DIR ?? '../shared');
const kind = process.env.INPUT === 'HTML' ? 'pages' : 'clippings';
const other = mkdtempSync(join(tmpdir(), 'speed-ab-'));
execSync(`git archive ${ref} src bench/extract | tar -x -C ${other}`);
symlinkSync(resolve('node_modules'), join(other, 'node_modules'));

type Reader = typeof import('./read-set.ts');
const load = (root: string) => import(pathToFileURL(join(root, 'bench/extract/read-set.ts')).href) as Promise<Reader>;
const readers = [{ name: ref, reader: await load(other) }, { name: 'this checkout', reader: await load(resolve('.')) }];
const sets = ['extraction', 'dragnet'].map((name) => ({ name, dir: join(shared, 'bench', name, kind) }));
const files = sets.map((set) => readers[0]!.reader.readFiles(set.dir));
const rates = readers.map(() => sets.map((): number[] => []));
const startLoad = loadavg()[0]!.toFixed(2);
for (const { reader } of readers) sets.forEach((set, j) => reader.readSet(set.dir, files[j]!));
for (let round = 0; round < rounds; round++) {
  readers.forEach(({ reader }, k) => sets.forEach((set, j) => {
    const cpu = process.cpuUsage();
    reader.readSet(set.dir, files[j]!);
    const used = process.cpuUsage(cpu);
    rates[k]![j]!.push((files[j]!.names.length / (used.user + used.system)) * 1e6);
  }));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [k, { name }] of readers.entries()) {
  console.log(`${name.padEnd(16)}${sets.map((set, j) => `${set.name} ${median(rates[k]![j]!).toFixed(0)} pages/CPU s`).join('   ')}`);
}
console.log(`${'ratio'.padEnd(16)}${sets.map((set, j) => `${set.name} ${(median(rates[1]![j]!) / median(rates[0]![j]!)).toFixed(2)}x`).join('   ')}`);
console.log(`${rounds} rounds each, ${kind}; load average ${startLoad} at the start, ${loadavg()[0]!.toFixed(2)} at the end`);
