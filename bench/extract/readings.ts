// Every reading the ingest pipeline makes of the benchmark pages, whole (article, problems), for checking
// that a change meant to be a speed-up reads every page as before:
//   tsx bench/extract/readings.ts write OUT.json [ROOT]  reads the pages with the code under ROOT (default: this checkout)
//   tsx bench/extract/readings.ts compare A.json B.json  lists each field that differs; exits 1 if any does
// INPUT=text (default) or INPUT=HTML picks the input kind. Beside each page as it is, pasted text is read with
// CRLF line ends, indented lines, doubled and removed blank lines, as pastes come.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const shared = resolve(process.env.SHARED_DIR ?? '../shared');
const kind = process.env.INPUT === 'HTML' ? { dir: 'pages' } : { dir: 'clippings' };
const VARIANTS: Record<string, (text: string) => string> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  indented: (t) => t.replace(/^/gm, '  '),
  'double-blank': (t) => t.replace(/\n/g, '\n\n'),
  'no-blank': (t) => t.replace(/\n+/g, '\n'),
};

async function write(outFile: string, root: string): Promise<void> {
  const { ingestFile } = await import(pathToFileURL(join(root, 'src/ingest/ingest-file.ts')).href);
  const { DEFAULT_SITE } = await import(pathToFileURL(join(root, 'src/site.ts')).href);
  const { readFiles } = await import(pathToFileURL(join(root, 'bench/extract/read-set.ts')).href);
  const dates = { created: new Date(0), modified: new Date(0), origin: 'git' };
  const all: Record<string, unknown> = {};
  for (const set of ['extraction', 'dragnet']) {
    const dir = join(shared, 'bench', set, kind.dir);
    const files = readFiles(dir) as { names: string[]; bytes: Buffer[] };
    files.names.forEach((name, i) => {
      const path = join(dir, name);
      all[`${set}/${name}`] = ingestFile({ path, bytes: files.bytes[i]!, dates }, DEFAULT_SITE);
      if (kind.dir !== 'clippings') return;
      const text = files.bytes[i]!.toString('utf8');
      for (const [variant, change] of Object.entries(VARIANTS)) {
        all[`${set}/${name}#${variant}`] = ingestFile({ path, bytes: Buffer.from(change(text)), dates }, DEFAULT_SITE);
      }
    });
  }
  writeFileSync(outFile, JSON.stringify(all));
  console.log(`${Object.keys(all).length} readings -> ${outFile}`);
}

function compare(aFile: string, bFile: string): number {
  const [a, b] = [aFile, bFile].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>);
  let differing = 0;
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    if (x && y && typeof x === 'object' && typeof y === 'object') {
      const xs = x as Record<string, unknown>, ys = y as Record<string, unknown>;
      for (const key of new Set([...Object.keys(xs), ...Object.keys(ys)])) walk(xs[key], ys[key], `${path}.${key}`);
      return;
    }
    if (++differing <= 50) console.log(`${path}\n  - ${JSON.stringify(x)?.slice(0, 300)}\n  + ${JSON.stringify(y)?.slice(0, 300)}`);
  };
  const pages = new Set([...Object.keys(a!), ...Object.keys(b!)]);
  for (const page of pages) walk(a![page], b![page], page);
  console.log(`${pages.size} readings compared: ${differing} fields differ`);
  return differing === 0 ? 0 : 1;
}

const [command, first, second] = process.argv.slice(2);
if (command === 'write' && first) await write(first, resolve(second ?? '.'));
else if (command === 'compare' && first && second) process.exit(compare(first, second));
else {
  console.error('usage: tsx bench/extract/readings.ts write OUT.json [ROOT] | compare A.json B.json');
  process.exit(2);
}
