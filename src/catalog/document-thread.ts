// A document thread (document-threads.ts): makes the same plan as the main thread from the
// catalog's bytes, then renders the files it claims, reading bodies from the packs on disk.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { AssembledCatalog } from './assemble.ts';
import { DONE, IDLE, WORKING, type ThreadJob, type ThreadMessage } from './document-threads.ts';
import { sliceBody, type CatalogEntry } from './format.ts';
import { planDocuments, planListings } from './prerender.ts';
import { FragmentMemo } from './document-bytes.ts';
import { FILES_PER_CLAIM, groupsByFile, renderGroup } from './render-group.ts';
import { epochsOf } from './schedule.ts';

function run(job: ThreadJob): void {
  const shared = new Int32Array(job.shared);
  // The main thread may have finished everything before this thread got here.
  if (Atomics.compareExchange(shared, job.slot, IDLE, WORKING) !== IDLE) return;
  Atomics.notify(shared, job.slot);
  const post = (message: ThreadMessage) => job.port.postMessage(message);
  try {
    const { version, site, tags, collections, articleCount, bytes, entrySpans } = job.catalog;
    const catalog = new AssembledCatalog(version, site, tags, collections, articleCount, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), new Map(), entrySpans, new Map(), job.keys);
    const packs = new Map<string, Buffer>();
    const bodyOf = (entry: CatalogEntry) => {
      let pack = packs.get(entry.body.file);
      if (!pack) packs.set(entry.body.file, (pack = readFileSync(job.packFiles[entry.body.file]!)));
      return sliceBody(pack, entry.body);
    };
    const view = epochsOf(catalog, new Date(job.now))[job.epoch]!.view;
    const kept = new Set(job.kept);
    const groups = groupsByFile(planDocuments(view, planListings(view).filter((l) => !kept.has(l.id)), job.codeVersion, bodyOf));
    const memo = new FragmentMemo();
    const total = job.todo.length;
    for (let claim = Atomics.add(shared, 0, 1); claim * FILES_PER_CLAIM < total; claim = Atomics.add(shared, 0, 1)) {
      for (let n = claim * FILES_PER_CLAIM; n < Math.min(total, (claim + 1) * FILES_PER_CLAIM); n++) {
        const { group, path } = job.todo[n]!;
        post({ n, group: renderGroup(groups[group]!, path, job.countMarkers, memo) });
      }
    }
  } catch (err) {
    const { message, code, path, syscall } = err as NodeJS.ErrnoException;
    post({ error: { message, ...(code ? { code } : {}), ...(path ? { path } : {}), ...(syscall ? { syscall } : {}) } });
  } finally {
    Atomics.store(shared, job.slot, DONE);
    Atomics.notify(shared, job.slot);
  }
}

parentPort?.on('message', run);
