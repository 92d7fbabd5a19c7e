// The Node server as `npm start` runs it (compression included), behind the constant-bytes baseline.
import { serve } from '@hono/node-server';
import { fileSource } from '../../src/catalog/file-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { nodeSite } from '../../src/node-site.ts';
import { catalogDir } from '../../src/paths.ts';
import { constantResponse } from './constant-route.ts';

const site = nodeSite(new PublishedReader(fileSource(catalogDir(), { recheckMs: 500 })));
serve({ fetch: (request, env) => constantResponse(new URL(request.url)) ?? site(request, env), port: Number(process.env.PORT), hostname: '127.0.0.1' });
