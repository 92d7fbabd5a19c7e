// The Hono app: routes and HTTP semantics, the same on Cloudflare Workers and on Node. Every
// default document is served as the bytes the build prerendered; only `?limit=` feeds, article
// pages and 404 pages are rendered on request, each from a few small shards (a `?limit=` feed from
// the items the build wrote).
import { Hono, type Context } from 'hono';
import type { CatalogEntry } from './catalog/format.ts';
import type { PublishedReader } from './catalog/published-reader.ts';
import { isShown, listingId, ORIGIN_MARKER, type DocumentFile, type DocumentInfo, type PublishedHead } from './catalog/published.ts';
import { FORMAT_OF_FILE } from './catalog/render-documents.ts';
import { IMAGES_DIR } from './catalog/images.ts';
import { fingerprint } from './http/conditional.ts';
import { CONTENT_TYPE_OF, documentAnswers, responseOf, prerenderedRepresentation, type DocumentAnswers } from './http/document-answers.ts';
import { serveImage } from './http/serve-image.ts';
import { parseLimit } from './http/limit.ts';
import { ALLOWED_METHODS, CACHE_CONTROL, CONTENT_TYPES, RENDER_BODY_BUDGET } from './http/policy.ts';
import { bytesEtag, respond, respondBytes, respondRendered } from './http/respond.ts';
import { limitedFeed } from './http/limited-feed.ts';
import { markLinksFromRequest, neverCacheRequestLinks } from './http/request-links.ts';
import { securityHeaders } from './http/security-headers.ts';
import { expireAtSwitch } from './http/until-switch.ts';
import { isBrowserNavigation, XML_FOR_BROWSERS } from './web/feed-in-browser.ts';
import { articlePage, collectionsPage, notFoundPage } from './web/pages.ts';
import { SITE_SCOPE, type ListingKey, type ListingScope } from './feeds/listing-scope.ts';

/** Each runtime's entry point says how to reach what the build published from its bindings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReaderFor = (env: any) => PublishedReader;

const FEED_FILES = Object.keys(FORMAT_OF_FILE) as Exclude<DocumentFile, 'index.html'>[];
const utf8 = new TextEncoder();

export interface AppOptions {
  /** The time a request is judged at (ms since 1970): what decides whether a scheduled article shows. */
  clock?: () => number;
}

export function createApp(readerFor: ReaderFor, options: AppOptions = {}) {
  return createSite(readerFor, options).app;
}

/**
 * The app, and its answers to the documents readers poll most (http/document-answers.ts), which
 * the runtimes' entries ask before the app so those requests skip routing and middleware. The app
 * asks them first as well: every way in gets the same answer.
 */
export function createSite(readerFor: ReaderFor, { clock = () => Date.now() }: AppOptions = {}): { app: Hono; answers: DocumentAnswers } {
  const app = new Hono();
  const answers = documentAnswers(readerFor, clock);
  app.use('*', async (c, next) => {
    const answer = await answers.answer(c.req.raw, c.env);
    return answer ? responseOf(answer) : next();
  });

  // Once per request, however many handlers ask. `head` is the view in force when it arrived.
  const contexts = new WeakMap<Request, Promise<{ reader: PublishedReader; head: PublishedHead; now: number; origin: string; base: string }>>();
  const context = (c: Context) => {
    let found = contexts.get(c.req.raw);
    if (!found) {
      const reader = readerFor(c.env);
      const now = clock();
      found = reader.head(now).then((head) => {
        if (head.site.url === null) markLinksFromRequest(c.req.raw);
        const origin = new URL(c.req.url).origin;
        return { reader, head, now, origin, base: head.site.url ?? origin };
      });
      contexts.set(c.req.raw, found);
    }
    return found;
  };

  const refuse = (c: Context, message: string) => c.text(`400 Bad Request: ${message}\n`, 400, { 'Cache-Control': CACHE_CONTROL.refused });

  const notFound = async (c: Context, what: string) => {
    const { head, base } = await context(c);
    return respondRendered(c, String(notFoundPage(head, base, what)), head.modifiedAt, CONTENT_TYPES.html, 404);
  };

  /** A prerendered document: headers from its validators; its bytes only for a GET that needs them. */
  const prerendered = async (c: Context, info: DocumentInfo, contentType: string) => {
    const { reader, head, origin } = await context(c);
    // Without a site url, documents were made with a marker where the origin goes.
    const local = head.site.url === null;
    return respond(c, {
      ...prerenderedRepresentation(info, contentType, isBrowserNavigation(c.req.header('Accept')), local ? fingerprint(origin) : null),
      length: info.bytes + info.markers * (origin.length - ORIGIN_MARKER.length),
      body: async () => (local ? new TextDecoder().decode(await reader.document(info)).split(ORIGIN_MARKER).join(origin) : reader.document(info)),
    });
  };

  const pageNumber = (c: Context, pages: number): number | string => {
    const raw = c.req.query('page');
    if (raw === undefined) return 0;
    const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    if (n >= 1 && n <= pages) return n;
    const range = pages ? `a whole number from 1 (the oldest) to ${pages}` : 'absent: this listing has a single page';
    return `page must be ${range}; got "${raw.slice(0, 40)}"`;
  };

  /** The listing a request names, with its archive page count, or null when there is none by that name. */
  const findListing = (head: PublishedHead, key: ListingKey): { scope: ListingScope; pages: number } | null => {
    if (key.kind === 'site') return { scope: SITE_SCOPE, pages: head.pages };
    if (key.kind === 'tag') {
      const tag = head.tags.find((t) => t.slug === key.slug);
      return tag ? { scope: { kind: 'tag', slug: tag.slug, name: tag.name }, pages: tag.pages } : null;
    }
    const collection = head.collections.find((x) => x.name === key.name);
    return collection ? { scope: { kind: 'collection', name: collection.name, title: collection.title, description: collection.description }, pages: collection.pages } : null;
  };
  const unknownListing = (c: Context, key: ListingKey) =>
    notFound(c, key.kind === 'tag' ? `No article is tagged “${key.slug}”.` : key.kind === 'collection' ? `There is no collection “${key.name}”.` : 'Nothing here.');

  /** The document of a listing's page (0 = head), or a refusal. */
  const servePage = async (c: Context, key: ListingKey, file: DocumentFile) => {
    const { reader, head } = await context(c);
    const found = findListing(head, key);
    if (!found) return unknownListing(c, key);
    const page = pageNumber(c, found.pages);
    if (typeof page === 'string') return refuse(c, page);
    const documents = page === 0 ? (await reader.listing(key, head)).documents : await reader.page(key, page, head);
    if (!documents) throw new Error(`no documents for page ${page} of ${listingId(key)}`);
    return prerendered(c, documents[file], CONTENT_TYPE_OF[file]);
  };

  const serveFeed = async (c: Context, file: Exclude<DocumentFile, 'index.html'>, key: ListingKey) => {
    if (c.req.query('limit') === undefined) return servePage(c, key, file);
    const limit = parseLimit(c.req.query('limit'));
    if (!limit.ok) return refuse(c, limit.message);
    if (c.req.query('page') !== undefined) return refuse(c, 'page and limit cannot be combined');
    const { reader, head, base } = await context(c);
    const found = findListing(head, key);
    if (!found) return unknownListing(c, key);
    const { recent } = await reader.listing(key, head);
    const entries = withinBudget(recent.slice(0, limit.limit));
    const listing = { site: head.site, tags: head.tags, collections: head.collections, base, scope: found.scope };
    const { bytes, etag } = await limitedFeed(reader, FORMAT_OF_FILE[file], listing, entries, limit.limit);
    const xml = file !== 'feed.json';
    const inBrowser = xml && isBrowserNavigation(c.req.header('Accept'));
    const contentType = inBrowser ? XML_FOR_BROWSERS : CONTENT_TYPE_OF[file];
    await remember(c, head, bytes, etag, contentType, xml ? 'Accept' : undefined, inBrowser);
    return respondBytes(c, bytes, etag, head.modifiedAt, contentType, 200, xml ? 'Accept' : undefined);
  };

  /** A document rendered for this address in this view, kept so that the next requests for it are answered before the routes. */
  const remember = async (c: Context, head: PublishedHead, bytes: Uint8Array, etag: string, contentType: string, vary: string | undefined, browser = false) =>
    answers.remember((await context(c)).reader, c.req.url, head, { validators: { etag, lastModified: new Date(head.modifiedAt).toUTCString() }, contentType, ...(vary ? { vary } : {}) }, bytes, browser);

  // What a request's view shows can change when the next scheduled article appears: no response is cached past that.
  const nextSwitch = async (request: Request) => {
    const found = contexts.get(request);
    if (!found) return null;
    const { head, now } = await found;
    return { next: head.next === null ? null : Date.parse(head.next), now };
  };
  app.use('*', securityHeaders, neverCacheRequestLinks, expireAtSwitch(nextSwitch));

  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    if (method === 'OPTIONS') return c.body(null, 204, { Allow: ALLOWED_METHODS });
    return c.text(`405 Method Not Allowed: this site only answers ${ALLOWED_METHODS}\n`, 405, { Allow: ALLOWED_METHODS, 'Cache-Control': CACHE_CONTROL.refused });
  });

  for (const file of FEED_FILES) {
    app.get(`/${file}`, (c) => serveFeed(c, file, SITE_SCOPE));
    app.get(`/tags/:tag/${file}`, (c) => serveFeed(c, file, { kind: 'tag', slug: c.req.param('tag') }));
    app.get(`/collections/:name/${file}`, (c) => serveFeed(c, file, { kind: 'collection', name: c.req.param('name') }));
  }
  // An image's bytes do not depend on the request's address, so it skips context(): it stays cacheable without a site url.
  app.get(`/${IMAGES_DIR}/:name`, async (c) => (await serveImage(c, readerFor(c.env), c.req.param('name'))) ?? notFound(c, 'There is no such image.'));

  // The feeds' stylesheet, the icon, robots.txt and sitemap.xml (src/web/site-files.ts), prerendered too.
  app.get('*', async (c, next) => {
    const { head } = await context(c);
    const file = head.files[c.req.path];
    if (!file) return next();
    return prerendered(c, file, file.contentType);
  });

  app.get('/', (c) => servePage(c, SITE_SCOPE, 'index.html'));
  app.get('/tags/:tag', (c) => servePage(c, { kind: 'tag', slug: c.req.param('tag') }, 'index.html'));
  app.get('/collections/:name', (c) => servePage(c, { kind: 'collection', name: c.req.param('name') }, 'index.html'));
  app.get('/collections', async (c) => {
    const { head, base } = await context(c);
    return respondRendered(c, String(collectionsPage(head, base)), head.modifiedAt, CONTENT_TYPES.html);
  });

  app.get('/articles/:slug', async (c) => {
    const { reader, head, base } = await context(c);
    const slug = c.req.param('slug');
    const entry = await reader.article(slug);
    // A scheduled article is not there until its date has passed.
    if (!entry || !isShown(entry, head)) return notFound(c, `There is no article “${slug}”.`);
    const bytes = utf8.encode(String(articlePage(head, base, entry, await reader.body(entry))));
    const etag = await bytesEtag(bytes);
    await remember(c, head, bytes, etag, CONTENT_TYPES.html, undefined);
    return respondBytes(c, bytes, etag, head.modifiedAt, CONTENT_TYPES.html);
  });

  // Trailing slashes: one address per page, so readers and caches see one URL.
  app.get('/tags/:tag/', (c) => c.redirect(`/tags/${encodeURIComponent(c.req.param('tag'))}`, 301));
  app.get('/collections/', (c) => c.redirect('/collections', 301));
  app.get('/collections/:name/', (c) => c.redirect(`/collections/${encodeURIComponent(c.req.param('name'))}`, 301));
  app.get('/articles/:slug/', (c) => c.redirect(`/articles/${encodeURIComponent(c.req.param('slug'))}`, 301));

  app.notFound((c) => notFound(c, `Nothing lives at ${new URL(c.req.url).pathname}.`));

  app.onError((err, c) => {
    console.error(err);
    return c.text('500 Internal Server Error: the site could not answer this request\n', 500, { 'Cache-Control': CACHE_CONTROL.refused });
  });

  return { app, answers };
}

/** The newest entries whose bodies fit the rendering budget (always at least one). */
function withinBudget(entries: readonly CatalogEntry[]): CatalogEntry[] {
  let bytes = 0;
  let n = 0;
  while (n < entries.length && (n === 0 || bytes + entries[n]!.body.length <= RENDER_BODY_BUDGET)) bytes += entries[n++]!.body.length;
  return entries.slice(0, n);
}

export type { PublishedHead };
