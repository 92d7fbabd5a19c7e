// Which requests the app renders rather than serving prerendered bytes: article pages and `?limit=` feeds.
export function isRendered(url: URL): boolean {
  return url.pathname.startsWith('/articles/') || url.searchParams.has('limit');
}
