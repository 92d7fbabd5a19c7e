// What an element's class and id say about its role, split into words ("relatedLinks" -> related, links).

const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'related', 'promo', 'promos', 'promotion', 'newsletter', 'newsletters',
  'subscribe', 'subscription', 'signup', 'byline', 'bylines', 'author', 'authors', 'bio', 'caption', 'captions',
  'credit', 'credits', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored',
  'comment', 'comments', 'tags', 'breadcrumb', 'breadcrumbs', 'nav', 'navigation', 'toolbar', 'dateline', 'timestamp',
  'recirc', 'outbrain', 'taboola', 'popular', 'trending', 'widget', 'gallery', 'slideshow', 'carousel',
  'copyright', 'footer', 'modal', 'overlay', 'cookie', 'cookies', 'banner', 'enlarge', 'cta', 'print', 'follow', 'rail',
]);

// Long enough to be recognised inside compound names too ("inlinegallery", "articleSidebar").
const FURNITURE_STEMS = [
  'gallery', 'sidebar', 'newsletter', 'related', 'caption', 'byline', 'comment', 'sponsor', 'social', 'subscri',
  'breadcrumb', 'advert', 'promo', 'sharing', 'slideshow', 'carousel', 'outbrain', 'taboola',
];
const STEM_PATTERN = new RegExp(FURNITURE_STEMS.join('|'));
const FURNITURE_HINT = anyOfPattern([...FURNITURE_WORDS, ...FURNITURE_STEMS]);

/**
 * A pattern that every class or id holding one of `words` matches, for a quick test before the names
 * are split into words (most elements name nothing of interest).
 */
export function anyOfPattern(words: Iterable<string>): RegExp {
  return new RegExp([...words].join('|'), 'i');
}

const classAndId = (element: Element) => `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;

/** True when `element`'s class or id may hold one of the words `hint` was made of (anyOfPattern). */
export const mayNameAny = (element: Element, hint: RegExp): boolean => hint.test(classAndId(element));

export function classWords(element: Element): string[] {
  const names = classAndId(element);
  if (!names.trim()) return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Set on the only child of a furniture element, which Readability may put in its parent's place. */
export const FURNITURE_MARK = 'data-furniture';

/** True when a class or id word names page furniture: sharing, related links, captions, bylines, ads... */
export function namedAsFurniture(element: Element, words: ReadonlySet<string> = FURNITURE_WORDS): boolean {
  if (element.hasAttribute(FURNITURE_MARK)) return true;
  if (words === FURNITURE_WORDS && !mayNameAny(element, FURNITURE_HINT)) return false;
  for (const word of classWords(element)) if (words.has(word) || STEM_PATTERN.test(word)) return true;
  return false;
}

/**
 * Readability replaces a <div> holding a single <p> by that <p>, losing the div's class:
 * the child inherits the furniture mark first so the cleaning still sees it.
 */
export function markFurnitureChildren(root: Element): void {
  for (const element of root.querySelectorAll('[class], [id]')) {
    const only = element.firstElementChild;
    if (only && !only.nextElementSibling && namedAsFurniture(element)) only.setAttribute(FURNITURE_MARK, '');
  }
}
