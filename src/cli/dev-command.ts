// `curate dev`: build, serve, and rebuild (from the cache) whenever the curated folder changes.
// The server re-reads the catalog when the build replaces it, so it never needs a restart.
import { existsSync } from 'node:fs';
import { curatedDir } from '../paths.ts';
import { buildAndWrite } from './build-command.ts';
import { watchFolder } from './watch-folder.ts';

export async function runDev(): Promise<number> {
  const dir = curatedDir();
  if (!existsSync(dir)) {
    console.error(`${dir}: the curated folder does not exist; create it or set CURATED_DIR`);
    return 1;
  }
  await buildAndWrite({ allowErrors: true });
  await import('../server.ts');

  let building: Promise<unknown> = Promise.resolve();
  const stop = watchFolder(dir, () => {
    // One build at a time: a change during a build queues the next one.
    building = building.then(() => {
      console.error(`\n${new Date().toLocaleTimeString()} curated/ changed: rebuilding`);
      return buildAndWrite({ allowErrors: true }).catch((err: unknown) => {
        // The server keeps serving the last catalog; the next save tries again.
        console.error(`rebuild failed: ${err instanceof Error ? err.message : String(err)}`);
      });
    });
  });
  console.error(`watching ${dir} for changes (Ctrl-C to stop)`);
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      void stop().finally(() => {
        resolve(0);
        process.exit(0);
      });
    });
  });
}
