// Node entry: the same Hono app, serving the files the build published, compressed.
import { serve } from '@hono/node-server';
import { checkPublished } from './catalog/check-published.ts';
import { fileSource } from './catalog/file-source.ts';
import { PublishedReader } from './catalog/published-reader.ts';
import { nodeSite } from './node-site.ts';
import { catalogDir } from './paths.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const dir = catalogDir();
const problem = checkPublished(dir);
if (problem) {
  console.error(problem);
  process.exit(1);
}
// PREVIEW_AT=2030-01-07T09:00:00Z serves the site as it will be then (scheduled articles included).
const previewAt = process.env.PREVIEW_AT ? Date.parse(process.env.PREVIEW_AT) : null;
if (previewAt !== null && Number.isNaN(previewAt)) {
  console.error(`PREVIEW_AT=${process.env.PREVIEW_AT} is not a date; give one such as PREVIEW_AT=2030-01-07T09:00:00Z`);
  process.exit(1);
}
const reader = new PublishedReader(fileSource(dir, { recheckMs: 500 }));
const fetch = nodeSite(reader, previewAt === null ? {} : { clock: () => previewAt });

const server = serve({ fetch, port, hostname }, (info) => {
  console.log(`Serving the curated feeds at http://${hostname}:${info.port}/ (feed.xml, atom.xml, feed.json)${previewAt === null ? '' : `, as of ${new Date(previewAt).toISOString()}`}`);
});

server.on('error', (err: NodeJS.ErrnoException) => {
  const where = `${hostname}:${port}`;
  if (err.code === 'EADDRINUSE') console.error(`port ${port} is already in use on ${hostname} (another server is running there); pick another with PORT=${port + 1} (e.g. PORT=${port + 1} npm start)`);
  else if (err.code === 'EACCES') console.error(`${where}: not allowed to listen here; pick a port above 1023 with PORT=8787`);
  else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') console.error(`HOST=${hostname} is not an address of this machine; use HOST=127.0.0.1 or HOST=0.0.0.0`);
  else console.error(`${where}: cannot serve (${err.code ?? err.message})`);
  process.exit(1);
});
