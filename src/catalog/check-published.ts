// Before the Node server starts, and before a Worker deploy: is what the build published whole
// and of the format this code serves? One line saying which file, what is wrong and what to run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILE, CATALOG_FORMAT } from './format.ts';
import { parseHead, PublishedError } from './published-reader.ts';
import { HEAD_PATH } from './published.ts';

const read = (path: string): Buffer | null => {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
};

/** Null when the published files can be served, else the one line that says why not. */
export function checkPublished(dir: string): string | null {
  const catalogPath = join(dir, CATALOG_FILE);
  const catalog = read(catalogPath);
  if (!catalog) return `${catalogPath} is missing: run \`npm run build\``;
  let parsed: { format?: unknown; version?: unknown };
  try {
    parsed = JSON.parse(catalog.toString('utf8')) as typeof parsed;
  } catch {
    return `${catalogPath} is not whole JSON (truncated or damaged): run \`npm run build\``;
  }
  if (parsed?.format !== CATALOG_FORMAT) {
    return `${catalogPath} has format ${JSON.stringify(parsed?.format)}, this code reads format ${CATALOG_FORMAT}: run \`npm run build\``;
  }
  try {
    const head = parseHead(read(join(dir, HEAD_PATH)), join(dir, HEAD_PATH));
    if (head.version !== parsed.version) return `${join(dir, HEAD_PATH)} belongs to another catalog than ${catalogPath}: run \`npm run build\``;
  } catch (err) {
    if (err instanceof PublishedError) return err.message;
    throw err;
  }
  return null;
}
