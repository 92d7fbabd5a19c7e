// `npm run bench:serve [-- N]`: what serving costs, at N synthetic articles (10,000 by default).
// 1. Under load (wrk, CONNECTIONS=32 connections, DURATION=10 s a route), in workerd (`wrangler dev`)
//    and on Node: a prerendered feed, a 304, a tag's feed, an article page and a `?limit=37` feed,
//    each beside a route of constant bytes of the same size in the same runtime, the two taking
//    turns in 5 slices; requests/s and the ratio, failed answers, and workerd's memory.
// 2. CPU per request of each route, and of `?limit=` feeds in every format and at the largest
//    limit (in-process on Node, process.cpuUsage over 200 requests).
// 3. The scale table (SCALE="1000 10000 50000 100000"): asset files and bytes, the Worker script
//    from `wrangler deploy --dry-run` (gzip), a cold reader's first requests, the dearest route.
// PORT_BASE (default 8790) and the three ports after it are used for the servers; RUNTIMES="workerd"
// (or "node") runs the load table in one runtime only.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createApp } from '../src/app.ts';
import { fileSource } from '../src/catalog/file-source.ts';
import { PublishedReader } from '../src/catalog/published-reader.ts';
import { SITE_SCOPE } from '../src/feeds/listing-scope.ts';
import { checkWorker } from '../scripts/check-worker.ts';
import { hasCommand, runTimed } from './build/run-timed.ts';
import { writeSyntheticArticles } from './build/synthetic.ts';
import { fetchRetrying, largestRss, startDetached, stop, waitFor } from './serve/processes.ts';
import { isolateHeap, type HeapUsage } from './serve/isolate-heap.ts';
import { runWrk, type Load } from './serve/wrk.ts';

const ROOT = resolve(import.meta.dirname, '..');
const n = Number(process.argv[2] ?? 10_000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const PORT_BASE = Number(process.env.PORT_BASE ?? 8790);
const RUNTIMES = (process.env.RUNTIMES ?? 'workerd node').split(/\s+/);
const SCALE = (process.env.SCALE ?? '1000 10000 50000 100000').split(/\s+/).map(Number).filter((x) => x > 0);
const ROUNDS = 200;
/** Turns the route and its baseline take in each DURATION. */
const SLICES = 5;
const BASE_URL = 'https://bench.example';
const scratch = mkdtempSync(join(tmpdir(), 'bench-serve-'));
const env = { WRANGLER_SEND_METRICS: 'false' };

interface Prepared {
  n: number;
  catalog: string;
  buildSeconds: number;
}

function prepare(count: number): Prepared {
  const dir = join(scratch, String(count));
  writeSyntheticArticles(join(dir, 'curated'), 0, count);
  writeFileSync(join(dir, 'curated', 'site.yaml'), `title: Bench\nurl: ${BASE_URL}\n`);
  const catalog = join(dir, 'catalog');
  const timed = runTimed(process.execPath, ['--max-semi-space-size=32', join(ROOT, 'bin', 'curate.mjs'), 'build'], {
    cwd: ROOT,
    env: { CURATED_DIR: join(dir, 'curated'), CATALOG_DIR: catalog, CURATE_CACHE_DIR: join(dir, 'cache') },
  });
  if (timed.status !== 0) throw new Error(`build of ${count} articles failed:\n${timed.stderr.slice(-2000)}`);
  rmSync(join(dir, 'curated'), { recursive: true, force: true });
  return { n: count, catalog, buildSeconds: timed.wallSeconds };
}

function wranglerConfig(catalog: string, main: string): string {
  const path = join(scratch, `wrangler-${Math.random().toString(36).slice(2)}.toml`);
  writeFileSync(
    path,
    `name = "curated-feeds-bench"\nmain = "${main}"\ncompatibility_date = "2026-04-26"\n[assets]\ndirectory = "${catalog}"\nbinding = "ASSETS"\nrun_worker_first = true\nhtml_handling = "none"\nnot_found_handling = "none"\n`,
  );
  return path;
}

/** The routes, with what the baseline beside each must be. */
async function routes(catalog: string, get: (path: string) => Promise<Response>) {
  const reader = new PublishedReader(fileSource(catalog));
  const head = await reader.head();
  const tag = head.tags[0]!.slug;
  const { recent } = await reader.listing(SITE_SCOPE);
  const slug = recent[Math.min(recent.length - 1, 50)]!.slug;
  const etag = (await get('/feed.xml')).headers.get('etag')!;
  const routeList: { name: string; path: string; headers: Record<string, string> }[] = [
    { name: 'prerendered /feed.xml', path: '/feed.xml', headers: {} },
    { name: '304 /feed.xml', path: '/feed.xml', headers: { 'If-None-Match': etag } },
    { name: `tag /tags/${tag}/atom.xml`, path: `/tags/${tag}/atom.xml`, headers: {} },
    { name: 'article page', path: `/articles/${slug}`, headers: {} },
    { name: 'rendered /feed.xml?limit=37', path: '/feed.xml?limit=37', headers: {} },
  ];
  return routeList;
}

/** The other `?limit=` feeds, for the CPU table only: each format, the largest limit, a tag's. */
async function limitRoutes(catalog: string) {
  const tag = (await new PublishedReader(fileSource(catalog)).head()).tags[0]!.slug;
  return ['/atom.xml?limit=37', '/feed.json?limit=37', '/feed.xml?limit=100', `/tags/${tag}/atom.xml?limit=100`, `/tags/${tag}/feed.json?limit=5`].map((path) => ({ name: `rendered ${path}`, path, headers: {} }));
}

async function loadTable(runtime: string, origin: string, pid: number | null, inspectorPort: number | null = null) {
  const rows: string[] = [];
  let peak = 0;
  let heap: HeapUsage | null = null;
  for (const route of await routes(prepared.catalog, (path) => fetchRetrying(`${origin}${path}`))) {
    const res = await fetchRetrying(`${origin}${route.path}`, { headers: route.headers });
    const bytes = (await res.arrayBuffer()).byteLength;
    const constant = res.status === 304 ? '/__const/304' : `/__const/${bytes}`;
    // The route and its baseline take turns, SLICES times, so a change in the machine's load
    // during the run weighs on both alike.
    const measured = { rps: 0, failures: 0, requests: 0 };
    const baseline = { rps: 0, failures: 0, requests: 0 };
    const add = (sum: Load, run: Load) => ((sum.rps += run.rps / SLICES), (sum.failures += run.failures), (sum.requests += run.requests));
    // A second of each first, not counted: the route measured first would otherwise pay for the runtime's warming up.
    runWrk(`${origin}${route.path}`, 1, CONNECTIONS, route.headers);
    runWrk(`${origin}${constant}`, 1, CONNECTIONS);
    for (let i = 0; i < SLICES; i++) {
      add(measured, runWrk(`${origin}${route.path}`, DURATION / SLICES, CONNECTIONS, route.headers));
      if (pid) peak = Math.max(peak, largestRss(pid, 'workerd') ?? 0);
      add(baseline, runWrk(`${origin}${constant}`, DURATION / SLICES, CONNECTIONS));
    }
    const after = inspectorPort === null ? null : await isolateHeap(inspectorPort);
    if (after && (!heap || after.totalMiB > heap.totalMiB)) heap = after;
    const ratio = baseline.rps ? measured.rps / baseline.rps : 0;
    rows.push(`| ${runtime} | ${route.name} | ${res.status} | ${bytes} | ${measured.rps.toFixed(0)} | ${baseline.rps.toFixed(0)} | ${ratio.toFixed(2)} | ${measured.failures} of ${measured.requests} |`);
  }
  return { rows, peak, heap };
}

/**
 * CPU per request (ms) of each route through the app on Node, reading the published files as the
 * server does (looking for a rebuild at most every 500 ms, not with a stat per request).
 */
async function cpuPerRequest(catalog: string, rounds = ROUNDS) {
  const reader = new PublishedReader(fileSource(catalog, { recheckMs: 500 }));
  const app = createApp(() => reader);
  const out: { name: string; ms: number }[] = [];
  for (const route of [...(await routes(catalog, async (path) => app.request(`${BASE_URL}${path}`))), ...(await limitRoutes(catalog))]) {
    const get = async () => (await app.request(`${BASE_URL}${route.path}`, { headers: route.headers })).arrayBuffer();
    for (let i = 0; i < 20; i++) await get();
    const before = process.cpuUsage();
    for (let i = 0; i < rounds; i++) await get();
    const used = process.cpuUsage(before);
    out.push({ name: route.name, ms: (used.user + used.system) / 1000 / rounds });
  }
  return out;
}

function assetsOf(catalog: string) {
  const ignored = new Set(readFileSync(join(catalog, '.assetsignore'), 'utf8').split('\n').filter(Boolean));
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(catalog, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || ignored.has(relative(catalog, join(e.parentPath, e.name)))) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/** A fresh reader's first requests (what a cold isolate does), in ms of wall time. */
async function coldStart(catalog: string, slug: string) {
  const started = performance.now();
  const app = createApp(() => reader);
  const reader = new PublishedReader(fileSource(catalog));
  await (await app.request(`${BASE_URL}/feed.xml`)).arrayBuffer();
  const feed = performance.now() - started;
  await (await app.request(`${BASE_URL}/articles/${slug}`)).arrayBuffer();
  return { feed, article: performance.now() - started - feed };
}

function dryRun(catalog: string) {
  const dist = join(scratch, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const config = wranglerConfig(catalog, join(ROOT, 'src', 'worker.ts'));
  const run = runTimed(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', dist, '--config', config], { cwd: ROOT, env });
  const checked = checkWorker(catalog, dist);
  const script = /worker script: .*?, ([\d.]+ KiB) gzip/.exec(checked.lines.join('\n'))?.[1] ?? 'n/a';
  return { status: run.status, script, problems: checked.problems };
}

// --- 1. under load
const prepared = prepare(n);
console.log(`${n} synthetic articles built in ${prepared.buildSeconds.toFixed(1)} s\n`);
if (!hasCommand('wrk')) console.log('wrk is not installed (apt-get install -y wrk): the load table is skipped\n');
else {
  const [workerPort, inspector, nodePort] = [PORT_BASE, PORT_BASE + 1, PORT_BASE + 2];
  const wrangler = startDetached(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['dev', '--config', wranglerConfig(prepared.catalog, join(ROOT, 'bench', 'serve', 'bench-worker.ts')), '--port', String(workerPort), '--inspector-port', String(inspector), '--ip', '127.0.0.1'],
    env,
    ROOT,
    join(scratch, 'wrangler.log'),
  );
  const node = startDetached(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/serve/bench-node.ts'], { PORT: String(nodePort), CATALOG_DIR: prepared.catalog }, ROOT, join(scratch, 'node.log'));
  try {
    await waitFor(`http://127.0.0.1:${workerPort}/__const/1`);
    await waitFor(`http://127.0.0.1:${nodePort}/__const/1`);
    console.log(`wrk, ${CONNECTIONS} connections, ${DURATION} s a route in ${SLICES} turns with its baseline (constant bytes of the same size from the same runtime); load average ${loadavg()[0]!.toFixed(1)}`);
    console.log('Baseline: /__const/N (bench/serve/constant-route.ts), N bytes kept in memory with Content-Type and ETag (a 304: ETag alone), answered before the Worker or the Node site runs (no Hono, no middleware)');
    console.log('| runtime | route | status | bytes | req/s | baseline req/s | ratio | failed |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const none = { rows: [], peak: 0, heap: null };
    const workerd = RUNTIMES.includes('workerd') ? await loadTable('workerd', `http://127.0.0.1:${workerPort}`, wrangler.pid ?? null, inspector) : none;
    for (const row of workerd.rows) console.log(row);
    const onNode = RUNTIMES.includes('node') ? await loadTable('Node', `http://127.0.0.1:${nodePort}`, null) : none;
    for (const row of onNode.rows) console.log(row);
    const heap = workerd.heap ? `${workerd.heap.totalMiB.toFixed(1)} MiB held, ${workerd.heap.usedMiB.toFixed(1)} MiB live` : 'n/a';
    console.log(`workerd isolate heap after each load run, largest (Runtime.getHeapUsage; the Workers limit is 128 MB): ${heap}`);
    console.log(`workerd process RSS, largest (all of wrangler dev's runtime, not the isolate): ${workerd.peak ? `${workerd.peak.toFixed(0)} MiB` : 'n/a'}\n`);
  } finally {
    stop(wrangler);
    stop(node);
  }
}

// --- 2. CPU per request
console.log(`CPU per request on Node, in-process, ${n} articles (mean of ${ROUNDS}; Workers allow 10 ms, the target is 2 ms)`);
console.log('| route | CPU ms |');
console.log('| --- | ---: |');
for (const { name, ms } of await cpuPerRequest(prepared.catalog)) console.log(`| ${name} | ${ms.toFixed(3)} |`);

// --- 3. scale
console.log('\nScale: the Worker bundles code only; the index and documents are static assets');
console.log('| articles | build s | asset files | asset MiB | dry-run | script gzip | cold: first feed ms | cold: first article ms | dearest route CPU ms |');
console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
for (const count of SCALE) {
  const p = count === n ? prepared : prepare(count);
  const { files, bytes } = assetsOf(p.catalog);
  const dry = dryRun(p.catalog);
  const reader = new PublishedReader(fileSource(p.catalog));
  const slug = (await reader.listing(SITE_SCOPE)).recent[0]!.slug;
  const cold = await coldStart(p.catalog, slug);
  const dearest = Math.max(...(await cpuPerRequest(p.catalog, 50)).map((r) => r.ms));
  const status = dry.status === 0 && !dry.problems.length ? 'ok' : `FAILED ${dry.problems.join('; ')}`;
  console.log(`| ${count} | ${p.buildSeconds.toFixed(1)} | ${files} | ${(bytes / 2 ** 20).toFixed(0)} | ${status} | ${dry.script} | ${cold.feed.toFixed(1)} | ${cold.article.toFixed(1)} | ${dearest.toFixed(3)} |`);
  if (p !== prepared) rmSync(join(p.catalog, '..'), { recursive: true, force: true });
}
rmSync(scratch, { recursive: true, force: true });
