// The documents answered before the routes (src/http/document-answers.ts) must be exactly what the
// routes answer for the same address: same status, headers and bytes, for every head document,
// method and conditional request, and for a rendered document once it is kept.
import { gunzipSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { DOCUMENT_FILES } from '../../src/catalog/published.ts';
import { targetsOf } from '../../src/http/document-answers.ts';
import { compressedAnswer } from '../../src/http/kept-compression.ts';
import { nodeSite } from '../../src/node-site.ts';
import { curatedFolder, md, publish } from './support/site.ts';

const ORIGIN = 'https://feeds.example';
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

function site(siteYaml: string, { scheduled = false } = {}) {
  const files: Record<string, string> = { 'site.yaml': siteYaml };
  // Dated after the build: shown from then on, so every response until then is cached at most until that instant.
  if (scheduled) files['later.md'] = md({ title: 'Later', date: '2099-01-01', tags: ['Sea'] });
  for (let i = 0; i < 12; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    files[`${i % 3 === 1 ? 'shore/' : ''}a${i}.md`] = md({ title: `Article ${i}`, date, tags: [['Sea', 'Land'][i % 2], 'All'] });
  }
  const built = buildCatalog(curatedFolder(files));
  const { reader, out } = publish(built);
  return { built, reader, out, ...createSite(() => reader) };
}

/** Status, every header (sorted) and the bytes: what two answers must share. */
async function whole(res: Response) {
  return { status: res.status, headers: [...res.headers].sort(([a], [b]) => a.localeCompare(b)), body: Buffer.from(await res.arrayBuffer()).toString('base64') };
}

function headPaths(built: ReturnType<typeof buildCatalog>, head: { files: Record<string, unknown> }) {
  const paths = ['/', ...DOCUMENT_FILES.filter((f) => f !== 'index.html').map((f) => `/${f}`), ...Object.keys(head.files)];
  for (const tag of built.catalog.tags) paths.push(`/tags/${tag.slug}`, `/tags/${tag.slug}/feed.xml`, `/tags/${tag.slug}/atom.xml`, `/tags/${tag.slug}/feed.json`);
  for (const c of built.catalog.collections) paths.push(`/collections/${c.name}`, `/collections/${c.name}/atom.xml`);
  return paths;
}

describe('documents answered before the routes', () => {
  it('are what the routes answer for the same document: every head document, GET and HEAD, 304s, a browser, a pending switch', async () => {
    for (const scheduled of [false, true]) {
      const { app, answers, reader, built } = site(`title: T\nurl: ${ORIGIN}/\n`, { scheduled });
      const head = await reader.head();
      expect(head.next !== null).toBe(scheduled);
      // Every address answered before the routes, and each head document of the site among them.
      const addresses = [...targetsOf(head).keys()];
      expect(addresses).toEqual(expect.arrayContaining(headPaths(built, head)));
      for (const path of addresses) {
        const first = await app.request(`${ORIGIN}${path}`);
        const etag = first.headers.get('etag')!;
        const cases: [string, RequestInit][] = [
          ['GET', {}],
          ['HEAD', { method: 'HEAD' }],
          ['If-None-Match', { headers: { 'If-None-Match': etag } }],
          ['weak If-None-Match', { headers: { 'If-None-Match': `"other", W/${etag}` } }],
          ['If-Modified-Since', { headers: { 'If-Modified-Since': first.headers.get('last-modified')! } }],
          ['browser', { headers: { Accept: BROWSER } }],
        ];
        for (const [name, init] of cases) {
          const shortcut = new Request(`${ORIGIN}${path}`, init);
          expect(await answers.answer(shortcut, {}), `${path} ${name}`).not.toBeNull();
          // An unrelated query string sends the same document through the routes.
          const routed = await app.request(`${ORIGIN}${path}?via=routes`, init);
          expect(await whole(await app.request(shortcut)), `${path} ${name}`).toEqual(await whole(routed));
        }
      }
    }
  });

  it('keep a ?limit= feed or an article page once the routes rendered it, and answer it as they did', async () => {
    const { app, answers, built } = site(`title: T\nurl: ${ORIGIN}/\n`);
    const slug = built.catalog.articles[0]!.slug;
    for (const [path, init] of [
      ['/feed.xml?limit=3', {}],
      ['/feed.xml?limit=3', { headers: { Accept: BROWSER } }],
      ['/tags/sea/feed.json?limit=2', {}],
      [`/articles/${slug}`, {}],
    ] as [string, RequestInit][]) {
      const request = () => new Request(`${ORIGIN}${path}`, init);
      expect(await answers.answer(request(), {}), path).toBeNull();
      const rendered = await whole(await app.request(request()));
      expect(rendered.status).toBe(200);
      expect(await answers.answer(request(), {}), path).not.toBeNull();
      expect(await whole(await app.request(request())), path).toEqual(rendered);
      const etag = rendered.headers.find(([name]) => name === 'etag')![1];
      const notModified = await app.request(`${ORIGIN}${path}`, { headers: { ...(init.headers as Record<string, string>), 'If-None-Match': etag } });
      expect(notModified.status, path).toBe(304);
    }
    // Another limit is another document.
    expect(await answers.answer(new Request(`${ORIGIN}/feed.xml?limit=4`), {})).toBeNull();
  });

  it('leave a site without a url, archive pages and other methods to the routes', async () => {
    const local = site('title: T\n');
    expect(await local.answers.answer(new Request(`${ORIGIN}/feed.xml`), {})).toBeNull();
    await local.app.request(`${ORIGIN}/feed.xml?limit=3`);
    expect(await local.answers.answer(new Request(`${ORIGIN}/feed.xml?limit=3`), {})).toBeNull();
    const { answers } = site(`title: T\nurl: ${ORIGIN}/\n`);
    expect(await answers.answer(new Request(`${ORIGIN}/feed.xml?page=1`), {})).toBeNull();
    expect(await answers.answer(new Request(`${ORIGIN}/feed.xml`, { method: 'POST' }), {})).toBeNull();
    expect(await answers.answer(new Request(`${ORIGIN}/tags/nothing/feed.xml`), {})).toBeNull();
  });
});

describe('the Node server', () => {
  it('answers an unknown address with the site’s own 404 page, as workerd does', async () => {
    const { app, reader } = site(`title: T\nurl: ${ORIGIN}/\n`);
    const node = nodeSite(reader);
    const res = await node(new Request(`${ORIGIN}/nothing-here`), {});
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe(await (await app.request(`${ORIGIN}/nothing-here`)).text());
  });

  it('compresses a document answered before the routes as the routes’ compress middleware does, for every Accept-Encoding', async () => {
    const { reader, built } = site(`title: T\nurl: ${ORIGIN}/\n`);
    const node = nodeSite(reader);
    const decoded = (res: Response, bytes: Buffer) => (res.headers.get('content-encoding') === 'gzip' ? gunzipSync(bytes) : res.headers.get('content-encoding') === 'deflate' ? inflateSync(bytes) : bytes);
    const slug = built.catalog.articles[0]!.slug;
    for (const path of ['/feed.xml', '/', '/tags/sea/feed.json', '/feed.xsl', '/robots.txt', `/articles/${slug}`]) {
      for (const acceptEncoding of ['gzip', 'deflate', 'gzip, deflate, br', 'br', 'deflate, gzip;q=0.5', 'gzip;q=0, deflate;q=0.1', 'gzip;q=0', '*', 'identity', '']) {
        const headers = { 'Accept-Encoding': acceptEncoding };
        // Rendered pages are kept once the routes made them: the second request is answered before the routes.
        await (await node(new Request(`${ORIGIN}${path}`, { headers }), {})).arrayBuffer();
        const shortcut = await node(new Request(`${ORIGIN}${path}`, { headers }), {});
        const routed = await node(new Request(`${ORIGIN}${path}?via=routes`, { headers }), {});
        const what = `${path} ${acceptEncoding}`;
        expect(shortcut.headers.get('content-encoding'), what).toBe(routed.headers.get('content-encoding'));
        expect(shortcut.headers.get('etag'), what).toBe(routed.headers.get('etag'));
        expect(shortcut.headers.get('vary'), what).toBe(routed.headers.get('vary'));
        const bytes = Buffer.from(await shortcut.arrayBuffer());
        expect(decoded(shortcut, bytes), what).toEqual(decoded(routed, Buffer.from(await routed.arrayBuffer())));
        // Answered before the routes, from bytes compressed already: their length is known (the middleware streams).
        if (shortcut.headers.get('content-encoding')) expect(shortcut.headers.get('content-length'), what).toBe(String(bytes.length));
      }
    }
    expect((await node(new Request(`${ORIGIN}/feed.xml`, { headers: { 'Accept-Encoding': 'gzip' } }), {})).headers.get('content-encoding')).toBe('gzip');
  });

  it('compresses each document once per encoding', async () => {
    const { answers } = site(`title: T\nurl: ${ORIGIN}/\n`);
    const answer = (await answers.answer(new Request(`${ORIGIN}/feed.xml`), {}))!;
    const first = compressedAnswer(answer, 'gzip');
    expect(first.headers['Content-Length']).toBe(String(first.body!.length));
    expect(gunzipSync(first.body!)).toEqual(Buffer.from(answer.body!));
    expect(compressedAnswer((await answers.answer(new Request(`${ORIGIN}/feed.xml`), {}))!, 'gzip').body).toBe(first.body);
    expect(compressedAnswer(answer, 'deflate').body).not.toBe(first.body);
  });

  it('compresses a document for a reader that accepts gzip, and sends it as it is to one that does not', async () => {
    const { app, reader } = site(`title: T\nurl: ${ORIGIN}/\n`);
    const node = nodeSite(reader);
    const plain = await (await app.request(`${ORIGIN}/feed.xml`)).arrayBuffer();
    const gzipped = await node(new Request(`${ORIGIN}/feed.xml`, { headers: { 'Accept-Encoding': 'gzip' } }), {});
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer()))).toEqual(Buffer.from(plain));
    const asIs = await node(new Request(`${ORIGIN}/feed.xml`), {});
    expect(asIs.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await asIs.arrayBuffer())).toEqual(Buffer.from(plain));
  });
});
