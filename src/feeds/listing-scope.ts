// Which articles a listing holds: the whole site, one tag's, or one collection's. Each has its
// page and its three feeds under its own address ('', /tags/<slug>, /collections/<name>).
import { siteLinks } from './links.ts';

export type ListingScope =
  | { kind: 'site' }
  | { kind: 'tag'; slug: string; name: string }
  | { kind: 'collection'; name: string; title: string; description: string };

/** What names a listing, without what it shows. */
export type ListingKey = { kind: 'site' } | { kind: 'tag'; slug: string } | { kind: 'collection'; name: string };

export const SITE_SCOPE: ListingScope = { kind: 'site' };

/** The page a listing's head document mirrors. */
export function scopeHome(base: string, scope: ListingScope): string {
  const links = siteLinks(base);
  return scope.kind === 'site' ? links.home() : scope.kind === 'tag' ? links.tag(scope.slug) : links.collection(scope.name);
}

/** The head feeds of a listing. */
export function scopeFeeds(base: string, scope: ListingScope): { rss: string; atom: string; json: string } {
  const links = siteLinks(base);
  return scope.kind === 'site' ? links.feeds() : scope.kind === 'tag' ? links.tagFeeds(scope.slug) : links.collectionFeeds(scope.name);
}

/** A listing's feed title and description, from the site's. */
export function scopeTitle(siteTitle: string, siteDescription: string, scope: ListingScope): { title: string; description: string } {
  if (scope.kind === 'tag') return { title: `${siteTitle}: ${scope.name}`, description: `Articles tagged “${scope.name}” from ${siteTitle}` };
  if (scope.kind === 'collection') return { title: `${siteTitle}: ${scope.title}`, description: scope.description || `The “${scope.title}” collection of ${siteTitle}` };
  return { title: siteTitle, description: siteDescription };
}
