// A browser that opens /feed.xml asks for HTML and names no feed type; served as a feed type it
// shows the raw text or offers a download. Served as application/xml it applies the feed's XSL
// stylesheet. Feed readers name a feed type in Accept (or send none) and get the feed type.

export const XML_FOR_BROWSERS = 'application/xml; charset=utf-8';

export function isBrowserNavigation(accept: string | undefined): boolean {
  return !!accept && /\btext\/html\b/i.test(accept) && !/\+xml|\+json/i.test(accept.replace(/application\/xhtml\+xml/gi, ''));
}
