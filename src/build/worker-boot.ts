// How a worker thread loads its entry point: the bundled CommonJS file when the command runs from
// its bundle (bin/curate.mjs names it in an environment variable), else the TypeScript source
// through tsx's loader, which worker threads do not inherit. The bundle is compiled as
// bin/curate.mjs compiles the command's own, with V8's code cache kept beside it (made by the
// first thread that finds none), and run as require() would: import() of a .cjs file first scans
// it for its exports, a third of a second for the whole bundle.
import { fileURLToPath } from 'node:url';

/** Runs in the worker thread (as the source of an eval worker): `file` is the bundle. */
function runBundled(file: string): void {
  const fs = require('node:fs') as typeof import('node:fs');
  const vm = require('node:vm') as typeof import('node:vm');
  const Module = require('node:module') as typeof import('node:module') & { wrap(source: string): string; new (id: string): NodeJS.Module };
  const { dirname } = require('node:path') as typeof import('node:path');
  const { threadId } = require('node:worker_threads') as typeof import('node:worker_threads');
  const cacheFile = `${file}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // Not made yet.
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, ...(cachedData ? { cachedData } : {}), importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const module = new Module(file);
  module.filename = file;
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, Module.createRequire(file), module, file, dirname(file));
  if (cachedData && !script.cachedDataRejected) return;
  const temp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
  try {
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, cacheFile);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

export function workerBoot(bundledUrl: string | undefined, sourceUrl: string): string {
  if (bundledUrl) return `(${runBundled.toString()})(${JSON.stringify(fileURLToPath(bundledUrl))})`;
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(sourceUrl)}); })`;
}
