import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock, withBuildLockSync } from '../../src/build/build-lock.ts';

describe('the build lock', () => {
  it('lets one build at a time work on a cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-lock-'));
    const events: string[] = [];
    const build = (name: string) =>
      withBuildLock(dir, async () => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 150));
        events.push(`${name} ends`);
      });
    await Promise.all([build('a'), build('b')]);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
    expect(existsSync(join(dir, 'build.lock'))).toBe(false);
  });

  it('takes over the lock of a build that died', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-lock-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, 'build.lock'), String(dead));
    expect(withBuildLockSync(dir, () => 'built')).toBe('built');
    expect(existsSync(join(dir, 'build.lock'))).toBe(false);
  });

  it('is released when the build throws', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-lock-'));
    await expect(withBuildLock(dir, async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(existsSync(join(dir, 'build.lock'))).toBe(false);
  });
});
