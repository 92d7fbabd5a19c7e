// The Hono app: routes and HTTP semantics, the same on Cloudflare Workers and on Node.
import { Hono, type Context } from 'hono';
import type { Catalog, TagInfo } from './catalog/format.ts';
import { lookup } from './catalog/lookup.ts';
import type { CatalogStore } from './catalog/store.ts';
import { FEED_FILES, renderFeed } from './feeds/render.ts';
import { articlesFor, selectFeed } from './feeds/select.ts';
import { newestUpdate } from './feeds/feed-data.ts';
import { parseLimit } from './http/limit.ts';
import { ALLOWED_METHODS, CONTENT_TYPES } from './http/policy.ts';
import { respond } from './http/respond.ts';
import { articlePage, indexPage, notFoundPage, tagPage } from './web/pages.ts';
import { SITE_FILES } from './web/site-files.ts';
import { isBrowserNavigation, XML_FOR_BROWSERS } from './web/feed-in-browser.ts';

const PAGE_SIZE = 50;

/** Each runtime's entry point says how to reach the catalog from its bindings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoreFor = (env: any) => CatalogStore;

export function createApp(storeFor: StoreFor) {
  const app = new Hono();

  const context = async (c: Context) => {
    const store = storeFor(c.env);
    const catalog = await store.load();
    const base = catalog.site.url ?? new URL(c.req.url).origin;
    return { store, catalog, base };
  };

  const badRequest = (c: Context, message: string) => c.text(`400 Bad Request: ${message}\n`, 400);

  const notFound = async (c: Context, what: string) => {
    const { catalog, base } = await context(c);
    return respond(c, {
      catalogVersion: catalog.version,
      key: `404 ${base} ${what}`,
      lastModified: lookup(catalog).newest,
      contentType: CONTENT_TYPES.html,
      status: 404,
      render: () => notFoundPage(catalog, base, what),
    });
  };

  const pageNumber = (c: Context, total: number): number | string => {
    const raw = c.req.query('page');
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (raw === undefined) return 1;
    const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    return n >= 1 && n <= pages ? n : `page must be a whole number from 1 to ${pages}; got "${raw.slice(0, 40)}"`;
  };

  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    if (method === 'OPTIONS') return c.body(null, 204, { Allow: ALLOWED_METHODS });
    return c.text(`405 Method Not Allowed: this site only answers ${ALLOWED_METHODS}\n`, 405, { Allow: ALLOWED_METHODS });
  });

  const serveFeed = async (c: Context, file: string, tagSlug: string | null) => {
    const format = FEED_FILES[file]!;
    const limit = parseLimit(c.req.query('limit'));
    if (!limit.ok) return badRequest(c, limit.message);
    const { store, catalog, base } = await context(c);
    let tag: TagInfo | null = null;
    if (tagSlug !== null) {
      tag = findTag(catalog, tagSlug);
      if (!tag) return notFound(c, `No article is tagged “${tagSlug}”.`);
    }
    const inBrowser = format !== 'json' && isBrowserNavigation(c.req.header('Accept'));
    return respond(c, {
      catalogVersion: catalog.version,
      key: `${format} ${base} ${tag?.slug ?? ''} ${limit.limit}${inBrowser ? ' browser' : ''}`,
      lastModified: newestUpdate(articlesFor(catalog, tag).slice(0, limit.limit)),
      contentType: inBrowser ? XML_FOR_BROWSERS : CONTENT_TYPES[format],
      vary: 'Accept',
      render: async () => renderFeed(format, await selectFeed(store, catalog, base, tag, limit.limit)),
    });
  };

  for (const file of Object.keys(FEED_FILES)) {
    app.get(`/${file}`, (c) => serveFeed(c, file, null));
    app.get(`/tags/:tag/${file}`, (c) => serveFeed(c, file, c.req.param('tag')));
  }

  // The feeds' stylesheet, the icon, robots.txt and sitemap.xml (src/web/site-files.ts).
  for (const [path, file] of Object.entries(SITE_FILES)) {
    app.get(path, async (c) => {
      const { catalog, base } = await context(c);
      return respond(c, {
        catalogVersion: catalog.version,
        key: `${path} ${base}`,
        lastModified: lookup(catalog).newest,
        contentType: file.contentType,
        render: () => file.render(catalog, base),
      });
    });
  }

  app.get('/', async (c) => {
    const { catalog, base } = await context(c);
    const page = pageNumber(c, catalog.articles.length);
    if (typeof page === 'string') return badRequest(c, page);
    const pages = Math.max(1, Math.ceil(catalog.articles.length / PAGE_SIZE));
    const entries = catalog.articles.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    return respond(c, {
      catalogVersion: catalog.version,
      key: `index ${base} ${page}`,
      lastModified: lookup(catalog).newest,
      contentType: CONTENT_TYPES.html,
      render: () => indexPage(catalog, base, entries, page, pages),
    });
  });

  app.get('/tags/:tag', async (c) => {
    const { catalog, base } = await context(c);
    const tag = findTag(catalog, c.req.param('tag'));
    if (!tag) return notFound(c, `No article is tagged “${c.req.param('tag')}”.`);
    const all = articlesFor(catalog, tag);
    const page = pageNumber(c, all.length);
    if (typeof page === 'string') return badRequest(c, page);
    const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
    return respond(c, {
      catalogVersion: catalog.version,
      key: `tag ${base} ${tag.slug} ${page}`,
      lastModified: newestUpdate(all),
      contentType: CONTENT_TYPES.html,
      render: () => tagPage(catalog, base, tag, all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pages),
    });
  });

  app.get('/articles/:slug', async (c) => {
    const { store, catalog, base } = await context(c);
    const slug = c.req.param('slug');
    const entry = lookup(catalog).bySlug.get(slug);
    if (!entry) return notFound(c, `There is no article “${slug}”.`);
    return respond(c, {
      catalogVersion: catalog.version,
      key: `article ${base} ${slug}`,
      lastModified: entry.updated,
      contentType: CONTENT_TYPES.html,
      render: async () => articlePage(catalog, base, entry, await store.body(entry)),
    });
  });

  // Trailing slashes: one address per page, so readers and caches see one URL.
  app.get('/tags/:tag/', (c) => c.redirect(`/tags/${encodeURIComponent(c.req.param('tag'))}`, 301));
  app.get('/articles/:slug/', (c) => c.redirect(`/articles/${encodeURIComponent(c.req.param('slug'))}`, 301));

  app.notFound((c) => notFound(c, `Nothing lives at ${new URL(c.req.url).pathname}.`));

  app.onError((err, c) => {
    console.error(err);
    return c.text('500 Internal Server Error: the site could not answer this request\n', 500);
  });

  return app;
}

/** A tag by its URL slug. */
function findTag(catalog: Catalog, raw: string): TagInfo | null {
  return catalog.tags.find((t) => t.slug === raw) ?? null;
}
