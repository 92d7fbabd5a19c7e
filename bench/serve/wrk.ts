// One wrk run: requests per second, and how many answers were not what was asked for.
import { spawnSync } from 'node:child_process';

export interface Load {
  rps: number;
  /** Non-2xx/3xx answers plus socket errors (timeouts included). */
  failures: number;
  requests: number;
}

export function runWrk(url: string, seconds: number, connections: number, headers: Record<string, string> = {}): Load {
  const args = ['-t2', `-c${connections}`, `-d${Math.max(1, Math.round(seconds))}s`, '--timeout', '5s', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout ?? '';
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).map(Number).reduce((a, b) => a + b, 0) : 0;
  return { rps: num(/Requests\/sec:\s+([\d.]+)/), failures: num(/Non-2xx or 3xx responses: (\d+)/) + socketErrors, requests: num(/(\d+) requests in/) };
}
