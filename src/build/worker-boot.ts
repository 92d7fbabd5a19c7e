// How a worker thread loads its entry point: the bundled CommonJS file when the command runs from
// its bundle (bin/curate.mjs names it in an environment variable), else the TypeScript source
// through tsx's loader, which worker threads do not inherit. The bundle is loaded with require():
// import() of a .cjs file first scans it for its exports, a third of a second for the whole bundle.
import { fileURLToPath } from 'node:url';

export function workerBoot(bundledUrl: string | undefined, sourceUrl: string): string {
  if (bundledUrl) return `require(${JSON.stringify(fileURLToPath(bundledUrl))})`;
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(sourceUrl)}); })`;
}
