// Watching the curated folder for `npm run dev`, with chokidar: Node's own recursive fs.watch on
// Linux loses a file once an editor saves it by rename (`sed -i`, vim, many IDEs), and misses
// folders made after it started.
import { watch } from 'chokidar';

const SETTLE_MS = 150;

/** Calls `onChange` once the folder has been quiet for a moment after any change; returns a stop function. */
export function watchFolder(dir: string, onChange: () => void): () => Promise<void> {
  let timer: NodeJS.Timeout | null = null;
  const watcher = watch(dir, {
    ignoreInitial: true,
    // A .git folder inside the curated folder changes on every commit; the build reads git itself.
    ignored: (path) => /(^|[/\\])\.git([/\\]|$)/.test(path),
  });
  watcher.on('all', () => {
    // Editors save in bursts (temp file, rename, touch): wait until the folder settles.
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, SETTLE_MS);
  });
  watcher.on('error', (err) => console.error(`watching ${dir}: ${(err as Error).message}`));
  return async () => {
    if (timer) clearTimeout(timer);
    await watcher.close();
  };
}
