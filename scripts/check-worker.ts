// `npm run check:worker [-- DIST]`: refuses a deploy that Cloudflare would reject or that would
// serve wrong bytes, before anything is uploaded. `wrangler deploy --dry-run` exits 0 over these
// limits, so the project checks them itself:
// - the published files are whole and of the format this code serves (see check-published.ts);
// - at most 20,000 static asset files, none over 25 MiB (Workers free plan);
// - with DIST (the output of `wrangler deploy --dry-run --outdir DIST`): the script at most 3 MB gzip.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkPublished } from '../src/catalog/check-published.ts';
import { catalogDir } from '../src/paths.ts';

const LIMITS = { assetFiles: 20_000, assetBytes: 25 * 1024 * 1024, scriptGzipBytes: 3 * 1000 * 1000 };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

export function checkWorker(dir: string, dist: string | null): { problems: string[]; lines: string[] } {
  const problems: string[] = [];
  const lines: string[] = [];
  const published = checkPublished(dir);
  if (published) return { problems: [published], lines };
  const ignored = new Set(readFileSync(join(dir, '.assetsignore'), 'utf8').split('\n').filter(Boolean));
  const assets = files(dir).filter((f) => !ignored.has(relative(dir, f)));
  lines.push(`static assets: ${assets.length} files (limit ${LIMITS.assetFiles})`);
  if (assets.length > LIMITS.assetFiles) problems.push(`${dir}: ${assets.length} asset files, over the limit of ${LIMITS.assetFiles}`);
  for (const f of assets) {
    const size = statSync(f).size;
    if (size > LIMITS.assetBytes) problems.push(`${f}: ${(size / 2 ** 20).toFixed(1)} MiB, over the 25 MiB limit for one asset`);
  }
  if (dist) {
    const scripts = files(dist).filter((f) => /\.(m?js)$/.test(f));
    if (!scripts.length) problems.push(`${dist}: no script found; run \`wrangler deploy --dry-run --outdir ${dist}\` first`);
    const gzip = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
    const raw = scripts.reduce((sum, f) => sum + statSync(f).size, 0);
    lines.push(`worker script: ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip (limit ${LIMITS.scriptGzipBytes / 1e6} MB gzip)`);
    if (gzip > LIMITS.scriptGzipBytes) problems.push(`${dist}: the script is ${(gzip / 1e6).toFixed(2)} MB gzip, over the 3 MB limit of the free plan`);
  }
  return { problems, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems, lines } = checkWorker(catalogDir(), process.argv[2] ?? null);
  for (const line of lines) console.error(line);
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
