// The Node server's request handler (src/server.ts, bench/serve): the app as on Workers, its
// responses compressed (on Workers, Cloudflare's edge does that). The documents readers poll are
// answered before any routing, as on Workers, compressed from bytes kept per document; the rest go
// through the app and Hono's compress middleware, which makes the same choices.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createSite, type AppOptions } from './app.ts';
import type { PublishedReader } from './catalog/published-reader.ts';
import { responseOf } from './http/document-answers.ts';
import { compressedAnswer } from './http/kept-compression.ts';

export function nodeSite(reader: PublishedReader, options: AppOptions = {}): (request: Request, env: unknown) => Promise<Response> {
  const { app: site, answers } = createSite(() => reader, options);
  const app = new Hono();
  app.use('*', compress());
  // The site as a whole (its 404 page and error handler too, which app.route() would not carry).
  app.all('*', (c) => site.fetch(c.req.raw, c.env));
  return async (request, env) => {
    const answer = await answers.answer(request, env);
    if (answer) return responseOf(compressedAnswer(answer, request.headers.get('accept-encoding')));
    return app.fetch(request, env);
  };
}
