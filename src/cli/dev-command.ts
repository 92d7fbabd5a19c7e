// `curate dev`: build, serve, and rebuild (from the cache) whenever the curated folder changes.
// The server re-reads the catalog when the build replaces it, so it never needs a restart.
import { existsSync, watch } from 'node:fs';
import { curatedDir } from '../paths.ts';
import { buildAndWrite } from './build-command.ts';

const SETTLE_MS = 150;

export async function runDev(): Promise<number> {
  const dir = curatedDir();
  if (!existsSync(dir)) {
    console.error(`${dir}: the curated folder does not exist; create it or set CURATED_DIR`);
    return 1;
  }
  await buildAndWrite({ allowErrors: true });
  await import('../server.ts');

  let timer: NodeJS.Timeout | null = null;
  let building: Promise<unknown> = Promise.resolve();
  const rebuild = () => {
    timer = null;
    // One build at a time: a change during a build queues the next one.
    building = building.then(() => {
      console.error(`\n${new Date().toLocaleTimeString()} curated/ changed: rebuilding`);
      return buildAndWrite({ allowErrors: true });
    });
  };
  const watcher = watch(dir, { recursive: true }, () => {
    // Editors save in bursts (temp file, rename, touch): wait until the folder settles.
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  });
  console.error(`watching ${dir} for changes (Ctrl-C to stop)`);
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      watcher.close();
      resolve(0);
      process.exit(0);
    });
  });
}
