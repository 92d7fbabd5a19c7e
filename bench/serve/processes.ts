// Servers started by the serving benchmark, and what their process trees hold in memory.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';

/** Starts a server in its own process group; its output goes to `log`. */
export function startDetached(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, log: string): ChildProcess {
  const out = openSync(log, 'a');
  return spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', out, out] });
}

/** fetch, tried again when a dev server drops the connection. */
export async function fetchRetrying(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, init);
      const body = await res.arrayBuffer();
      return res.status === 304 ? new Response(null, { status: 304, headers: res.headers }) : new Response(body, res);
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export function stop(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export async function waitFor(url: string, seconds = 90): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Resident memory (MiB) of the largest process named `name` in the tree under `pid`. */
export function largestRss(pid: number, name: string): number | null {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' }).stdout.trim().split('\n');
  const rows = ps.map((l) => l.trim().split(/\s+/)).map(([p, pp, rss, comm]) => ({ pid: Number(p), ppid: Number(pp), rss: Number(rss), comm }));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (tree.has(r.ppid) && !tree.has(r.pid)) tree.add(r.pid), (grew = true);
  }
  const sizes = rows.filter((r) => tree.has(r.pid) && r.comm?.startsWith(name)).map((r) => r.rss / 1024);
  return sizes.length ? Math.max(...sizes) : null;
}
