// The published files on disk (Node). A rebuild replaces index/head.json last but one, so its
// time says when everything read before belongs to an older build.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssetSource } from './asset-source.ts';
import { HEAD_PATH } from './published.ts';

export function fileSource(dir: string): AssetSource {
  return {
    async read(path) {
      try {
        return await readFile(join(dir, path));
      } catch (err) {
        if ((err as { code?: string }).code === 'ENOENT') return null;
        throw err;
      }
    },
    async generation() {
      try {
        return (await stat(join(dir, HEAD_PATH))).mtimeMs;
      } catch {
        return 0;
      }
    },
  };
}
