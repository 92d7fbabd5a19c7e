// Every address the site publishes, made in one place from the base URL.

export type SiteLinks = ReturnType<typeof makeLinks>;

// Documents are made for one base at a time, many items each: the last base's links are kept.
let last: { base: string; links: SiteLinks } | null = null;

export function siteLinks(base: string): SiteLinks {
  if (last?.base !== base) last = { base, links: makeLinks(base) };
  return last.links;
}

function makeLinks(base: string) {
  const root = base.replace(/\/+$/, '');
  const feedsUnder = (prefix: string) => ({ rss: `${prefix}/feed.xml`, atom: `${prefix}/atom.xml`, json: `${prefix}/feed.json` });
  return {
    home: () => `${root}/`,
    article: (slug: string) => `${root}/articles/${encodeURIComponent(slug)}`,
    tag: (slug: string) => `${root}/tags/${encodeURIComponent(slug)}`,
    feeds: () => feedsUnder(root),
    tagFeeds: (slug: string) => feedsUnder(`${root}/tags/${encodeURIComponent(slug)}`),
    collections: () => `${root}/collections`,
    collection: (name: string) => `${root}/collections/${encodeURIComponent(name)}`,
    collectionFeeds: (name: string) => feedsUnder(`${root}/collections/${encodeURIComponent(name)}`),
    favicon: () => `${root}/favicon.svg`,
    sitemap: () => `${root}/sitemap.xml`,
  };
}
