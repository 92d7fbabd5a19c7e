// The Node server as `npm start` runs it (compression included), plus the constant-bytes baseline.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../../src/app.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { catalogDir } from '../../src/paths.ts';
import { constantResponse } from './constant-route.ts';

const reader = new PublishedReader(fileSource(catalogDir(), { recheckMs: 500 }));
const app = new Hono();
app.use('*', compress());
app.get('/__const/*', (c) => constantResponse(new URL(c.req.url))!);
app.route('/', createApp(() => reader));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
