// Which requests the app renders rather than serving prerendered bytes: article pages, the list of
// collections and `?limit=` feeds.
export function isRendered(url: URL): boolean {
  return url.pathname.startsWith('/articles/') || url.pathname === '/collections' || url.searchParams.has('limit');
}
