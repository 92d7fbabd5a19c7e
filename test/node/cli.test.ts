// Issue 9, command line: help and version exit 0 and list the commands, `curate add --help`
// works, and a busy port says which and how to pick another.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';

const curate = (...args: string[]) => spawnSync(process.execPath, ['bin/curate.mjs', ...args], { encoding: 'utf8' });
const COMMANDS = ['add', 'check', 'build', 'dev', 'show', 'extract'];

describe('curate on the command line', () => {
  it('--help (and -h, help) exits 0 and lists every command', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const run = curate(flag);
      expect(run.status, flag).toBe(0);
      for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  curate ${command}\\b`, 'm'));
    }
  });

  it('--version exits 0 with the version', () => {
    const run = curate('--version');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`curate ${version}`);
  });

  it('`curate add --help` prints the usage of add, not a Node error', () => {
    const run = curate('add', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/curate add FILE\|- \[--title T\]/);
    expect(run.stderr).toBe('');
  });

  it('an unknown command or option exits 2 with the usage', () => {
    const unknown = curate('publish');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "publish"/);
    const option = curate('build', '--fast');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--fast'[\s\S]*curate build/);
  });

  it('a port already in use: one line saying which and how to pick another, no stack trace', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    // The catalog `npm test` (and typecheck) builds first: the server checks it before it listens.
    const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server.ts'], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    server.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => server.once('exit', resolve));
    blocker.close();
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`port ${port} is already in use on 127.0.0.1 (another server is running there); pick another with PORT=${port + 1} (e.g. PORT=${port + 1} npm start)`);
  });
});
