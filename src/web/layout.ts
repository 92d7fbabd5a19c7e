// The frame of every HTML page: title, canonical address, feed autodiscovery, link-preview
// metadata (OpenGraph, Twitter card), the icon, a subscribe block near the top and a little CSS
// that reads well on a phone. No script anywhere.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
  json: string;
}

/** What a link preview shows: OpenGraph and Twitter card fields. */
export interface Preview {
  type: 'website' | 'article';
  description: string;
  image: { url: string; alt: string } | null;
  /** Only for articles. */
  published?: string;
  updated?: string;
  tags?: string[];
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `body{font:17px/1.55 system-ui,sans-serif;max-width:42rem;margin:1.5rem auto;padding:0 1rem;color:#222;overflow-wrap:break-word}
a{color:#0645ad}header a{color:inherit;text-decoration:none}ul.articles{list-style:none;padding:0}
ul.articles li{margin:0 0 1.2rem}.meta{color:#666;font-size:.9rem}img{max-width:100%;height:auto}
figure{margin:1rem 0}figcaption{color:#666;font-size:.9rem}.tags a{margin-right:.5rem;display:inline-block}
.subscribe{background:#f4f6fa;border-radius:6px;padding:.5rem .8rem;margin:1rem 0;font-size:.95rem}
.subscribe a{margin-right:.8rem;white-space:nowrap}.attribution{font-style:italic}
.editor-note{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #c90;background:#fdf8ec}
pre,table{display:block;max-width:100%;overflow-x:auto}`;

export function layout(opts: {
  title: string;
  siteTitle: string;
  homeUrl: string;
  /** This page's one address, for search engines and link previews (none on error pages). */
  canonical: string | null;
  favicon: string;
  lang: string;
  feeds: FeedLinks;
  preview: Preview;
  body: Html;
}): Html {
  const { feeds, preview } = opts;
  const card = preview.image ? 'summary_large_image' : 'summary';
  return html`<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<meta name="description" content="${preview.description}">
${opts.canonical ? html`<link rel="canonical" href="${opts.canonical}">
` : ''}<link rel="icon" type="image/svg+xml" href="${opts.favicon}">
<link rel="alternate" type="application/rss+xml" title="${feeds.title} (RSS)" href="${feeds.rss}">
<link rel="alternate" type="application/atom+xml" title="${feeds.title} (Atom)" href="${feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${feeds.title} (JSON Feed)" href="${feeds.json}">
<meta property="og:type" content="${preview.type}">
<meta property="og:site_name" content="${opts.siteTitle}">
<meta property="og:title" content="${opts.title}">
<meta property="og:description" content="${preview.description}">
${opts.canonical ? html`<meta property="og:url" content="${opts.canonical}">
` : ''}${preview.image ? html`<meta property="og:image" content="${preview.image.url}">
<meta property="og:image:alt" content="${preview.image.alt}">
` : ''}${preview.published ? html`<meta property="article:published_time" content="${preview.published}">
<meta property="article:modified_time" content="${preview.updated}">
` : ''}${(preview.tags ?? []).map((t) => html`<meta property="article:tag" content="${t}">
`)}<meta name="twitter:card" content="${card}">
<meta name="twitter:title" content="${opts.title}">
<meta name="twitter:description" content="${preview.description}">
${preview.image ? html`<meta name="twitter:image" content="${preview.image.url}">
<meta name="twitter:image:alt" content="${preview.image.alt}">
` : ''}<style>${STYLE}</style>
</head>
<body>
<header><a href="${opts.homeUrl}"><strong>${opts.siteTitle}</strong></a></header>
${subscribeBlock(feeds)}
<main>${opts.body}</main>
</body>
</html>`;
}

/** Near the top of every page: the feeds of what the page lists, for any feed reader. */
function subscribeBlock(feeds: FeedLinks) {
  return html`<nav class="subscribe" aria-label="Subscribe">Follow ${feeds.title} in a feed reader: <a href="${feeds.rss}">RSS</a><a href="${feeds.atom}">Atom</a><a href="${feeds.json}">JSON Feed</a></nav>`;
}
