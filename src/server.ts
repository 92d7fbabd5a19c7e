// Node entry: the same Hono app, serving the catalog the build wrote to disk.
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { fileStore } from './catalog/file-store.ts';
import { catalogDir } from './paths.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const store = fileStore(catalogDir());
const app = createApp(() => store);

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Serving the curated feeds at http://${hostname}:${info.port}/ (feed.xml, atom.xml, feed.json)`);
});
