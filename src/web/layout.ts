// The frame of every HTML page: title, autodiscovery links for feeds, a little CSS.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
  json: string;
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `body{font:17px/1.55 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
a{color:#0645ad}header a{color:inherit;text-decoration:none}ul.articles{list-style:none;padding:0}
ul.articles li{margin:0 0 1.2rem}.meta{color:#666;font-size:.9rem}img{max-width:100%;height:auto}
figure{margin:1rem 0}figcaption{color:#666;font-size:.9rem}.tags a{margin-right:.5rem}nav.feeds a{margin-right:.8rem}`;

export function layout(opts: { title: string; siteTitle: string; homeUrl: string; lang: string; feeds: FeedLinks; body: Html }): Html {
  const { feeds } = opts;
  return html`<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<link rel="alternate" type="application/rss+xml" title="${feeds.title} (RSS)" href="${feeds.rss}">
<link rel="alternate" type="application/atom+xml" title="${feeds.title} (Atom)" href="${feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${feeds.title} (JSON Feed)" href="${feeds.json}">
<style>${STYLE}</style>
</head>
<body>
<header><a href="${opts.homeUrl}"><strong>${opts.siteTitle}</strong></a></header>
<main>${opts.body}</main>
<footer><nav class="feeds">Subscribe: <a href="${feeds.rss}">RSS</a><a href="${feeds.atom}">Atom</a><a href="${feeds.json}">JSON Feed</a></nav></footer>
</body>
</html>`;
}
