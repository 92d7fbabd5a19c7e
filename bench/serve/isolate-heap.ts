// The Worker isolate's JavaScript heap, read through wrangler dev's inspector (the DevTools
// protocol's Runtime.getHeapUsage). This is the memory the 128 MB per-isolate limit is about; the
// workerd process's RSS is not (in wrangler dev it grows the same under a constant-bytes Worker).
import WebSocket from 'ws';

export interface HeapUsage {
  /** Heap V8 holds for the isolate, MiB. */
  totalMiB: number;
  /** Live objects in it, MiB. */
  usedMiB: number;
}

export function isolateHeap(inspectorPort: number): Promise<HeapUsage | null> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${inspectorPort}/ws`);
    const done = (usage: HeapUsage | null) => {
      clearTimeout(timer);
      socket.terminate();
      resolve(usage);
    };
    const timer = setTimeout(() => done(null), 5000);
    socket.on('error', () => done(null));
    socket.on('open', () => socket.send(JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: { usedSize: number; totalSize: number } };
      if (message.id !== 1) return;
      const r = message.result;
      done(r ? { totalMiB: r.totalSize / 1048576, usedMiB: r.usedSize / 1048576 } : null);
    });
  });
}
