// The HTML pages every feed links to: the index, one article, one tag.
import { html, raw } from 'hono/html';
import type { Catalog, CatalogEntry, TagInfo } from '../catalog/format.ts';
import { siteLinks } from '../feeds/links.ts';
import { bodyWithImage } from '../feeds/lead-image.ts';
import { layout } from './layout.ts';

type Links = ReturnType<typeof siteLinks>;

const day = (iso: string) => iso.slice(0, 10);

function articleList(entries: readonly CatalogEntry[], links: Links) {
  return html`<ul class="articles">${entries.map(
    (a) => html`<li><a href="${links.article(a.slug)}">${a.title}</a>
<div class="meta"><time datetime="${a.published}">${day(a.published)}</time>${a.source ? html` · ${a.source.name}` : ''}</div>
<div>${a.summary}</div></li>`,
  )}</ul>`;
}

function pager(page: number, pages: number, path: string) {
  if (pages <= 1) return '';
  const prev = page > 1 ? html`<a href="${path}?page=${page - 1}">Newer</a> ` : '';
  const next = page < pages ? html`<a href="${path}?page=${page + 1}">Older</a>` : '';
  return html`<nav class="pager">${prev}Page ${page} of ${pages} ${next}</nav>`;
}

export function indexPage(catalog: Catalog, base: string, entries: CatalogEntry[], page: number, pages: number) {
  const links = siteLinks(base);
  const { site } = catalog;
  const tags = html`<p class="tags">${catalog.tags.map((t) => html`<a href="${links.tag(t.slug)}">${t.name} (${t.count})</a>`)}</p>`;
  return layout({
    title: site.title,
    siteTitle: site.title,
    homeUrl: links.home(),
    lang: site.language,
    feeds: { title: site.title, ...links.feeds() },
    body: html`<h1>${site.title}</h1><p>${site.description}</p>${catalog.tags.length ? tags : ''}${
      entries.length ? articleList(entries, links) : html`<p>No articles yet.</p>`
    }${pager(page, pages, links.home())}`,
  });
}

export function tagPage(catalog: Catalog, base: string, tag: TagInfo, entries: CatalogEntry[], page: number, pages: number) {
  const links = siteLinks(base);
  const { site } = catalog;
  const title = `${site.title}: ${tag.name}`;
  return layout({
    title,
    siteTitle: site.title,
    homeUrl: links.home(),
    lang: site.language,
    feeds: { title, ...links.tagFeeds(tag.slug) },
    body: html`<h1>Tagged “${tag.name}”</h1>${articleList(entries, links)}${pager(page, pages, links.tag(tag.slug))}`,
  });
}

export function articlePage(catalog: Catalog, base: string, entry: CatalogEntry, bodyHtml: string) {
  const links = siteLinks(base);
  const { site } = catalog;
  const authors = entry.authors.map((a) => a.name).join(', ');
  return layout({
    title: `${entry.title} · ${site.title}`,
    siteTitle: site.title,
    homeUrl: links.home(),
    lang: site.language,
    feeds: { title: site.title, ...links.feeds() },
    body: html`<article lang="${entry.language}">
<h1>${entry.title}</h1>
<p class="meta"><time datetime="${entry.published}">${day(entry.published)}</time>${authors ? html` · ${authors}` : ''}${
      entry.source ? html` · ${entry.source.url ? html`<a href="${entry.source.url}">${entry.source.name}</a>` : entry.source.name}` : ''
    }${entry.updated !== entry.published ? html` · updated <time datetime="${entry.updated}">${day(entry.updated)}</time>` : ''}</p>
${raw(bodyWithImage({ ...entry, contentHtml: bodyHtml }))}
${entry.url ? html`<p><a href="${entry.url}">Read the original</a></p>` : ''}
<p class="tags">${entry.tags.map((t, i) => html`<a href="${links.tag(entry.tagSlugs[i]!)}">${t}</a>`)}</p>
</article>`,
  });
}

export function notFoundPage(catalog: Catalog, base: string, what: string) {
  const links = siteLinks(base);
  return layout({
    title: `Not found · ${catalog.site.title}`,
    siteTitle: catalog.site.title,
    homeUrl: links.home(),
    lang: catalog.site.language,
    feeds: { title: catalog.site.title, ...links.feeds() },
    body: html`<h1>Not found</h1><p>${what}</p><p><a href="${links.home()}">All articles</a></p>`,
  });
}
