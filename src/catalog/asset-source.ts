// Where the request path reads what the build published: static assets on Workers, files on Node,
// memory in tests. Paths are relative to the output folder (`docs/site/0/feed.xml`).

export interface AssetSource {
  /** The file's bytes, or null when it does not exist. */
  read(path: string): Promise<Uint8Array | null>;
  /** Bytes [start, start + length) of the file, where the source can read part of a file. */
  readRange?(path: string, start: number, length: number): Promise<Uint8Array | null>;
  /** Changes when a build replaces the published files (Node rebuilds in place); constant on Workers. */
  generation?(): Promise<number>;
  /** A file to stream (images): its length first, its bytes only if they are sent. */
  open?(path: string): Promise<OpenFile | null>;
}

export interface OpenFile {
  length: number;
  stream(): ReadableStream<Uint8Array>;
  /** Lets go of a file whose bytes are not sent (a 304, a HEAD). */
  discard(): Promise<void>;
}

/** A Workers Static Assets binding. */
export interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

export function assetsSource(assets: AssetsBinding): AssetSource {
  const get = async (path: string) => {
    const response = await assets.fetch(`https://assets.local/${path}`);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) throw new Error(`asset ${path} could not be read (${response.status})`);
    return response;
  };
  return {
    read: async (path) => {
      const response = await get(path);
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    open: async (path) => {
      const response = await get(path);
      if (!response?.body) return null;
      const length = response.headers.get('content-length');
      if (length === null) {
        // Not every assets server says how long a file is: then it is read, to say so in the response.
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { length: bytes.length, stream: () => new Response(bytes).body!, discard: async () => {} };
      }
      const body = response.body;
      return { length: Number(length), stream: () => body, discard: () => body.cancel() };
    },
  };
}

export function memorySource(files: ReadonlyMap<string, Uint8Array>): AssetSource {
  return { read: async (path) => files.get(path) ?? null };
}
