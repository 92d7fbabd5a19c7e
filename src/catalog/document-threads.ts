// Prerendered documents on every core. The main thread and the document threads take the files
// to render from one shared counter, so the work balances itself and a thread still starting up
// simply joins late. It is synchronous (Atomics.wait, receiveMessageOnPort), so writeCatalog keeps
// its shape: every thread writes its files as temporaries and reports what it wrote; the main
// thread decides, as before, which temporaries become files.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { workerBoot } from '../build/worker-boot.ts';
import type { AssembledCatalog } from './assemble.ts';
import { FILES_PER_CLAIM, type RenderedGroup } from './render-group.ts';

/** What a document thread needs to make the same plan as the main thread, and its share of the work. */
export interface RenderJob {
  catalog: Pick<AssembledCatalog, 'version' | 'site' | 'tags' | 'collections' | 'articleCount' | 'bytes' | 'entrySpans'>;
  /** The catalog's entryDigests() and documentKeys(), so a thread need not hash the entries again. */
  keys: { entries: string[]; documents: string[] };
  /** Listings of the view the main thread did not plan (kept as the last build left them). */
  kept: string[];
  now: number;
  /** Which of epochsOf(catalog, now) is being written. */
  epoch: number;
  codeVersion: string;
  countMarkers: boolean;
  /** Pack file name -> where its bytes are on disk now (published already, or a temporary). */
  packFiles: Record<string, string>;
  /** The files to render: an index into groupsByFile(plan) and the path to write beside. */
  todo: { group: number; path: string }[];
}

/** What the main thread sends: the job, the shared counters and this thread's slot in them. */
export interface ThreadJob extends RenderJob {
  shared: SharedArrayBuffer;
  slot: number;
  port: MessagePort;
}

export type ThreadMessage = { n: number; group: RenderedGroup } | { error: { message: string; code?: string; path?: string; syscall?: string } };

/** Thread states, in Int32Array(shared)[slot]; [0] is the next claim (FILES_PER_CLAIM files of `todo`). */
export const IDLE = 0;
export const WORKING = 1;
export const DONE = 2;
export const CANCELLED = 3;

/** A thread that stays WORKING this long without finishing has died: the build stops rather than hang. */
const STALLED_MS = 120_000;

/** Worth starting threads for: a cold build of a few hundred articles renders this many files. */
export const THREADS_FROM = 64;

export class DocumentThreads {
  /** Files the threads rendered, so far. */
  rendered = 0;

  private constructor(private readonly workers: Worker[]) {}

  /** One thread per core besides the main thread (at most `max`). */
  static start(max = 3): DocumentThreads {
    const count = Math.max(0, Math.min(availableParallelism() - 1, max));
    const boot = workerBoot(process.env.CURATE_RENDER_WORKER_ENTRY, new URL('./document-thread.ts', import.meta.url).href);
    const workers = Array.from({ length: count }, () => {
      const worker = new Worker(boot, { eval: true });
      // A thread that cannot start never claims anything; the main thread renders its share.
      worker.on('error', () => {});
      worker.unref();
      return worker;
    });
    return new DocumentThreads(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Renders every file of `job.todo`, here with `renderHere` and on the threads; results in `todo`
   * order. With `threadsOnly` (for tests) this thread waits for the others to do it all, and fails
   * if they did not.
   */
  render(job: RenderJob, renderHere: (n: number) => RenderedGroup, threadsOnly = false): RenderedGroup[] {
    const total = job.todo.length;
    const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + this.workers.length)));
    const ports = this.workers.map((worker, k) => {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ ...job, shared: shared.buffer, slot: k + 1, port: port2 } satisfies ThreadJob, [port2]);
      return port1;
    });
    const results: RenderedGroup[] = new Array(total);
    let failure: unknown = null;
    let left: Error | null = null;
    if (threadsOnly) {
      for (let slot = 1; slot < shared.length; slot++) {
        for (const state of [IDLE, WORKING]) Atomics.wait(shared, slot, state, STALLED_MS);
      }
    }
    try {
      for (let claim = Atomics.add(shared, 0, 1); claim * FILES_PER_CLAIM < total; claim = Atomics.add(shared, 0, 1)) {
        if (threadsOnly) {
          left = new Error(`the document threads left ${total - claim * FILES_PER_CLAIM} of ${total} files unrendered`);
          break;
        }
        for (let n = claim * FILES_PER_CLAIM; n < Math.min(total, (claim + 1) * FILES_PER_CLAIM); n++) results[n] = renderHere(n);
      }
    } catch (err) {
      failure = err;
      // Nothing more is claimed; the threads finish the files they claimed.
      Atomics.store(shared, 0, Math.ceil(total / FILES_PER_CLAIM));
    }
    for (const [k, port] of ports.entries()) {
      const slot = k + 1;
      if (Atomics.compareExchange(shared, slot, IDLE, CANCELLED) === IDLE) {
        port.close();
        continue;
      }
      while (Atomics.load(shared, slot) === WORKING) {
        if (Atomics.wait(shared, slot, WORKING, STALLED_MS) === 'timed-out') {
          failure ??= new Error('a document thread stopped answering; build again');
          break;
        }
      }
      for (let got = receiveMessageOnPort(port); got; got = receiveMessageOnPort(port)) {
        const message = got.message as ThreadMessage;
        if ('error' in message) failure ??= Object.assign(new Error(message.error.message), message.error);
        else {
          results[message.n] = message.group;
          this.rendered++;
        }
      }
      port.close();
    }
    // A thread's own error says more than what it left undone.
    if (failure ?? left) throw failure ?? left;
    return results;
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}
