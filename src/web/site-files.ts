// robots.txt and sitemap.xml: what search engines and link previews read about the site.
import type { Catalog } from '../catalog/format.ts';
import { siteLinks } from '../feeds/links.ts';
import { escapeXml } from '../feeds/xml.ts';
import { FAVICON_SVG } from './favicon.ts';
import { FEED_STYLESHEET } from './feed-stylesheet.ts';

export function robotsTxt(base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteLinks(base).sitemap()}\n`;
}

/** Every page a person can land on: the index, each tag page, each collection page and each article, with its last change. */
export function sitemapXml(catalog: Catalog, base: string): string {
  const links = siteLinks(base);
  const url = (loc: string, lastmod: string | null) =>
    `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>\n`;
  let newest: string | null = null;
  for (const a of catalog.articles) if (!newest || a.updated > newest) newest = a.updated;
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  out += url(links.home(), newest);
  for (const tag of catalog.tags) out += url(links.tag(tag.slug), null);
  if (catalog.collections.length) out += url(links.collections(), null);
  for (const collection of catalog.collections) out += url(links.collection(collection.name), null);
  for (const a of catalog.articles) out += url(links.article(a.slug), a.updated);
  return `${out}</urlset>\n`;
}

/** The site's own files besides pages and feeds, by path: what each is and how it is made. */
export const SITE_FILES: Record<string, { contentType: string; render: (catalog: Catalog, base: string) => string }> = {
  '/feed.xsl': { contentType: 'text/xsl; charset=utf-8', render: () => FEED_STYLESHEET },
  '/favicon.svg': { contentType: 'image/svg+xml; charset=utf-8', render: () => FAVICON_SVG },
  '/robots.txt': { contentType: 'text/plain; charset=utf-8', render: (_catalog, base) => robotsTxt(base) },
  '/sitemap.xml': { contentType: 'application/xml; charset=utf-8', render: sitemapXml },
};
