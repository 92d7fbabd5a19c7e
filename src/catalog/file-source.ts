// The published files on disk (Node). A rebuild replaces index/head.json last but one, so its
// time says when everything read before belongs to an older build. It is looked at once every
// `recheckMs` at most, so a busy server does not pay a stat per request.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import type { AssetSource } from './asset-source.ts';
import { HEAD_PATH } from './published.ts';

export function fileSource(dir: string, { recheckMs = 0 } = {}): AssetSource {
  let checked = 0;
  let last: Promise<number> = Promise.resolve(0);
  const headTime = async () => {
    try {
      return (await stat(join(dir, HEAD_PATH))).mtimeMs;
    } catch {
      return 0;
    }
  };
  return {
    async read(path) {
      try {
        return await readFile(join(dir, path));
      } catch (err) {
        if ((err as { code?: string }).code === 'ENOENT') return null;
        throw err;
      }
    },
    async readRange(path, start, length) {
      let handle;
      try {
        handle = await open(join(dir, path));
      } catch (err) {
        if ((err as { code?: string }).code === 'ENOENT') return null;
        throw err;
      }
      try {
        const buffer = Buffer.allocUnsafe(length);
        const { bytesRead } = await handle.read(buffer, 0, length, start);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async open(path) {
      const file = join(dir, path);
      let size: number;
      try {
        const found = await stat(file);
        if (!found.isFile()) return null;
        size = found.size;
      } catch (err) {
        if ((err as { code?: string }).code === 'ENOENT') return null;
        throw err;
      }
      return { length: size, stream: () => Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, discard: async () => {} };
    },
    generation() {
      const now = Date.now();
      if (now - checked >= recheckMs) {
        checked = now;
        last = headTime();
      }
      return last;
    },
  };
}
