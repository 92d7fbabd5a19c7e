// Node entry: the same Hono app, serving the files the build published, compressed.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from './app.ts';
import { checkPublished } from './catalog/check-published.ts';
import { fileSource } from './catalog/file-source.ts';
import { PublishedReader } from './catalog/published-reader.ts';
import { catalogDir } from './paths.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const dir = catalogDir();
const problem = checkPublished(dir);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const reader = new PublishedReader(fileSource(dir, { recheckMs: 500 }));
const app = new Hono();
// Workers are compressed by Cloudflare's edge; on Node the server does it.
app.use('*', compress());
app.route('/', createApp(() => reader));

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Serving the curated feeds at http://${hostname}:${info.port}/ (feed.xml, atom.xml, feed.json)`);
});
