// The HTML pages every feed links to: the index, one article, one tag, one collection, the list of collections.
import { html, raw } from 'hono/html';
import type { Catalog, CatalogEntry, TagInfo } from '../catalog/format.ts';
import { articleContent } from '../feeds/editorial.ts';
import { imageAlt } from '../feeds/lead-image.ts';
import { siteLinks } from '../feeds/links.ts';
import { attribution } from './attribution.ts';
import { layout } from './layout.ts';
import { imageAt, withImagesAt } from '../catalog/images.ts';
import type { CollectionInfo } from '../collections/collection.ts';

type Links = ReturnType<typeof siteLinks>;

const day = (iso: string) => iso.slice(0, 10);

const pageAddress = (path: string, page: number) => (page > 0 ? `${path}?page=${page}` : path);

function articleList(entries: readonly CatalogEntry[], links: Links) {
  return html`<ul class="articles">${entries.map(
    (a) => html`<li><a href="${links.article(a.slug)}">${a.title}</a>
<div class="meta"><time datetime="${a.published}">${day(a.published)}</time>${a.source ? html` · ${a.source.name}` : ''}</div>
<div>${a.summary}</div></li>`,
  )}</ul>`;
}

/** Where a page of a listing sits: its number (0 = the newest) and its neighbours, the same pages its feeds link (RFC 5005). */
export interface Pager {
  page: number;
  newer: string | null;
  older: string | null;
  label: string;
}

function pager(p: Pager) {
  if (!p.newer && !p.older) return '';
  const newer = p.newer ? html`<a rel="prev" href="${p.newer}">Newer</a> ` : '';
  const older = p.older ? html` <a rel="next" href="${p.older}">Older</a>` : '';
  return html`<nav class="pager">${newer}${p.label}${older}</nav>`;
}

/** What every page of the site shares. */
function frame(catalog: Pick<Catalog, 'site'>, links: Links) {
  const { site } = catalog;
  return { siteTitle: site.title, homeUrl: links.home(), favicon: links.favicon(), lang: site.language };
}

export function indexPage(catalog: { site: Catalog['site']; tags: readonly TagInfo[]; collections?: readonly CollectionInfo[] }, base: string, entries: readonly CatalogEntry[], paging: Pager) {
  const links = siteLinks(base);
  const { site } = catalog;
  const collections = catalog.collections ?? [];
  const tags = html`<p class="tags">${catalog.tags.map((t) => html`<a href="${links.tag(t.slug)}">${t.name} (${t.count})</a>`)}</p>`;
  const shelf = html`<p class="collections">Collections: ${collections.map((c) => html`<a href="${links.collection(c.name)}">${c.title} (${c.count})</a> `)}</p>`;
  return layout({
    ...frame(catalog, links),
    title: site.title,
    canonical: pageAddress(links.home(), paging.page),
    feeds: { title: site.title, ...links.feeds() },
    preview: { type: 'website', description: site.description || site.title, image: null },
    body: html`<h1>${site.title}</h1><p>${site.description}</p>${collections.length ? shelf : ''}${catalog.tags.length ? tags : ''}${
      entries.length ? articleList(entries, links) : html`<p>No articles yet.</p>`
    }${pager(paging)}`,
  });
}

export function tagPage(catalog: Pick<Catalog, 'site'>, base: string, tag: Pick<TagInfo, 'slug' | 'name'>, entries: readonly CatalogEntry[], paging: Pager) {
  const links = siteLinks(base);
  const { site } = catalog;
  const title = `${site.title}: ${tag.name}`;
  return layout({
    ...frame(catalog, links),
    title,
    canonical: pageAddress(links.tag(tag.slug), paging.page),
    feeds: { title: `“${tag.name}”`, ...links.tagFeeds(tag.slug) },
    preview: { type: 'website', description: `Articles tagged “${tag.name}” from ${site.title}`, image: null },
    body: html`<h1>Tagged “${tag.name}”</h1>${articleList(entries, links)}${pager(paging)}`,
  });
}

/** A collection's own page: its title, description and articles, with its feed links. */
export function collectionPage(catalog: Pick<Catalog, 'site'>, base: string, collection: Pick<CollectionInfo, 'name' | 'title' | 'description'>, entries: readonly CatalogEntry[], paging: Pager) {
  const links = siteLinks(base);
  const { site } = catalog;
  return layout({
    ...frame(catalog, links),
    title: `${collection.title} · ${site.title}`,
    canonical: pageAddress(links.collection(collection.name), paging.page),
    feeds: { title: `“${collection.title}”`, ...links.collectionFeeds(collection.name) },
    preview: { type: 'website', description: collection.description || `The “${collection.title}” collection of ${site.title}`, image: null },
    body: html`<h1>${collection.title}</h1>${collection.description ? html`<p>${collection.description}</p>` : ''}${
      entries.length ? articleList(entries, links) : html`<p>No articles yet.</p>`
    }${pager(paging)}<p><a href="${links.collections()}">All collections</a></p>`,
  });
}

/** Every collection, with its description and article count. */
export function collectionsPage(catalog: Pick<Catalog, 'site' | 'collections'>, base: string) {
  const links = siteLinks(base);
  const { site } = catalog;
  const list = html`<ul class="articles">${catalog.collections.map(
    (c) => html`<li><a href="${links.collection(c.name)}">${c.title}</a> <span class="meta">${c.count} ${c.count === 1 ? 'article' : 'articles'}</span>${c.description ? html`<div>${c.description}</div>` : ''}</li>`,
  )}</ul>`;
  return layout({
    ...frame(catalog, links),
    title: `Collections · ${site.title}`,
    canonical: links.collections(),
    feeds: { title: site.title, ...links.feeds() },
    preview: { type: 'website', description: `The collections of ${site.title}`, image: null },
    body: html`<h1>Collections</h1>${catalog.collections.length ? list : html`<p>No collections yet.</p>`}`,
  });
}

export function articlePage(catalog: Pick<Catalog, 'site'> & { collections?: readonly Pick<CollectionInfo, 'name' | 'title'>[] }, base: string, stored: CatalogEntry, storedBody: string) {
  const links = siteLinks(base);
  // The site's own images, absolute like every address the page gives (OpenGraph needs them so).
  const entry = { ...stored, image: imageAt(stored.image, base) };
  const bodyHtml = withImagesAt(storedBody, base);
  const { site } = catalog;
  const collection = entry.collection === null ? null : (catalog.collections?.find((c) => c.name === entry.collection) ?? null);
  const authors = entry.authors.map((a) => a.name).join(', ');
  const image = entry.image?.url ? { url: entry.image.url, alt: imageAlt(entry.image, entry.title) } : null;
  return layout({
    ...frame(catalog, links),
    title: `${entry.title} · ${site.title}`,
    canonical: links.article(entry.slug),
    feeds: { title: site.title, ...links.feeds() },
    preview: { type: 'article', description: entry.summary, image, published: entry.published, updated: entry.updated, tags: entry.tags },
    body: html`<article lang="${entry.language}">
<h1>${entry.title}</h1>
<p class="meta"><time datetime="${entry.published}">${day(entry.published)}</time>${authors ? html` · ${authors}` : ''}${
      entry.updated !== entry.published ? html` · updated <time datetime="${entry.updated}">${day(entry.updated)}</time>` : ''
    }</p>
${attribution(entry)}
${raw(articleContent({ ...entry, contentHtml: bodyHtml }, site))}
${entry.url && entry.fullText !== false ? html`<p><a href="${entry.url}">Read the original</a></p>` : ''}
<p class="tags">${entry.tags.map((t, i) => html`<a href="${links.tag(entry.tagSlugs[i]!)}">${t}</a>`)}</p>
${collection ? html`<p class="collection">In the collection <a href="${links.collection(collection.name)}">${collection.title}</a></p>` : ''}
</article>`,
  });
}

export function notFoundPage(catalog: Pick<Catalog, 'site'>, base: string, what: string) {
  const links = siteLinks(base);
  return layout({
    ...frame(catalog, links),
    title: `Not found · ${catalog.site.title}`,
    canonical: null,
    feeds: { title: catalog.site.title, ...links.feeds() },
    preview: { type: 'website', description: what, image: null },
    body: html`<h1>Not found</h1><p>${what}</p><p><a href="${links.home()}">All articles</a></p>`,
  });
}
