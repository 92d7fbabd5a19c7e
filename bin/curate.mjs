#!/usr/bin/env -S node --max-semi-space-size=32
// Runs the curate command from an esbuild bundle of src/ and its dependencies, made again whenever
// a source file, package.json or package-lock.json is newer than it. Start-up time matters for a
// command editors run after every change:
// - one bundled file loads the dependencies (markdown-it, sanitize-html, js-yaml, zod, date-fns)
//   in about 50 ms instead of 130 ms from node_modules one file at a time;
// - the bundle is CommonJS so it can be compiled with V8's code cache, kept beside it: compiling
//   2 MB of JavaScript took another 35 ms on every run.
// It is started with --max-semi-space-size=32: a larger young generation cuts the time a large
// build spends collecting garbage by about a third.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.cache', 'curate');
const entries = { cli: 'src/cli.ts', 'ingest-worker': 'src/build/ingest-worker.ts', 'document-thread': 'src/catalog/document-thread.ts' };
const VERSION_FILE = 'build-version.txt';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

async function bundle() {
  const { build } = await import('esbuild');
  // Built beside the old bundle and swapped in, so a command running meanwhile never sees half of one.
  const next = `${outDir}-${process.pid}`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    outdir: next,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The source's import.meta.url, for finding the lazily loaded parsers below.
    banner: { js: "const __curate_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__curate_url' },
    // The page reader's parsers load on first use through require() (src/ingest/lazy-module.ts).
    external: ['esbuild', 'linkedom', '@mozilla/readability', 'tsx', 'tsx/*'],
    sourcemap: 'linked',
    write: false,
    logLevel: 'error',
  });
  // The build's version, which keys its cache, is the hash of everything that makes articles.
  const hash = createHash('sha256');
  for (const file of [...result.outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (!file.path.endsWith('.map')) hash.update(file.path.slice(next.length)).update(file.contents);
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  writeFileSync(join(next, VERSION_FILE), hash.digest('hex').slice(0, 32));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(next, outDir);
}

/** Runs a CommonJS file as require() would, compiled with the code cache beside it (made on first use). */
function runWithCodeCache(file) {
  const cacheFile = `${file}.v8cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    // Made at exit, so it also holds the functions this run compiled; written whole or not at all.
    process.once('exit', () => {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        rmSync(temp, { force: true });
      }
    });
  }
  const module = new Module(file);
  module.filename = file;
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}

const bundled = join(outDir, 'cli.cjs');
const sources = Math.max(
  newestSource(join(root, 'src')),
  mtime(join(root, 'package.json')),
  mtime(join(root, 'package-lock.json')),
  mtime(fileURLToPath(import.meta.url)),
);
if (!existsSync(bundled) || !existsSync(join(outDir, VERSION_FILE)) || mtime(bundled) < sources) {
  try {
    await bundle();
  } catch (err) {
    // A package the source imports is not installed: node_modules predates package.json.
    const missing = (err.errors ?? []).map((e) => /^Could not resolve "([^"]+)"/.exec(e.text)?.[1]).filter(Boolean);
    if (!missing.length) throw err;
    console.error(`node_modules lacks ${[...new Set(missing)].join(', ')}, which package.json names: run \`npm ci\` and try again`);
    process.exit(1);
  }
}
// Worker threads of a parallel build load their bundled entry point from here.
process.env.CURATE_WORKER_ENTRY = pathToFileURL(join(outDir, 'ingest-worker.cjs')).href;
process.env.CURATE_RENDER_WORKER_ENTRY = pathToFileURL(join(outDir, 'document-thread.cjs')).href;
process.env.CURATE_BUILD_VERSION = readFileSync(join(outDir, VERSION_FILE), 'utf8');
runWithCodeCache(bundled);
