// Heavy parsers load on first use: a folder of Markdown never pays for the HTML page reader.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

export const linkedom = lazyModule<typeof import('linkedom')>('linkedom');
export const readability = lazyModule<typeof import('@mozilla/readability')>('@mozilla/readability');
