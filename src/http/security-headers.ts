// Security headers, the same on Workers and on Node, from Hono's secure-headers middleware. No
// page needs a script; pages carry one inline <style>, and article images come from anywhere.
// What a response carries depends on what it is:
// - a document a browser shows (HTML pages, a feed sent as XML for a browser, the stylesheet,
//   images, robots.txt, error pages): every header below;
// - a feed in its own type (what a feed reader asked for): only what still guards it should a
//   browser get one (a shared cache that ignores `Vary: Accept` can hand it one, and browsers show
//   `+xml` types as XML and apply its stylesheet): the CSP (scripts, framing), nosniff (no
//   sniffing, no loading as a script) and Cross-Origin-Resource-Policy. Referrer-Policy (the
//   browsers' default already), X-Frame-Options (`frame-ancestors` supersedes it), COOP, Origin-Agent-
//   Cluster, HSTS and DNS prefetching concern a browsing session, which HTML pages carry;
// - a 304: none. It updates the reader's stored 200, whose headers stay (RFC 9111 section 4.3.4),
//   and sends only what RFC 9110 section 15.4.5 lists (notModifiedHeaders in respond.ts).
// Nowhere: X-XSS-Protection (the filter it switches off is gone from every browser),
// X-Download-Options (Internet Explorer 8) and X-Permitted-Cross-Domain-Policies (Flash; the site
// serves no cross-domain policy file).
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { CONTENT_TYPES } from './policy.ts';

const HTML_POLICY = {
  defaultSrc: ["'none'"],
  imgSrc: ['https:', 'http:', 'data:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * Feeds opened in a browser are turned into a page by the site's own XSL stylesheet, and
 * browsers load XSLT under `script-src`: so XML (and only XML) may use the site's own.
 */
const XML_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src https: http: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const documentHeaders = secureHeaders({
  contentSecurityPolicy: HTML_POLICY,
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  // Feeds are meant to be read from anywhere.
  crossOriginResourcePolicy: 'cross-origin',
  xXssProtection: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
});

/** What a feed in its own type keeps of the document headers. */
const FEED_HEADERS = new Set(['content-security-policy', 'x-content-type-options', 'cross-origin-resource-policy']);
const FEED_TYPES = new Set<string>([CONTENT_TYPES.rss, CONTENT_TYPES.atom, CONTENT_TYPES.json]);

const isXml = (contentType: string) => /[/+]xml\b|\/xsl\b/.test(contentType);

let collected: Promise<[string, string][]> | null = null;

/**
 * The security headers of a response of `contentType` (null: a 304, which carries none), lower-case
 * names. The middleware's are read once, from an empty response it was run on, so that documents
 * answered before the routes (document-answers.ts) carry exactly what the routes send.
 */
export async function securityHeadersFor(contentType: string | null): Promise<[string, string][]> {
  if (contentType === null) return [];
  collected ??= (async () => {
    const probe = { res: new Response(null) } as unknown as Context;
    await documentHeaders(probe, async () => {});
    return [...probe.res.headers];
  })();
  let found = await collected;
  if (FEED_TYPES.has(contentType)) found = found.filter(([name]) => FEED_HEADERS.has(name));
  return isXml(contentType) ? found.map(([name, value]) => [name, name === 'content-security-policy' ? XML_POLICY : value]) : found;
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const contentType = c.res.status === 304 ? null : (c.res.headers.get('content-type') ?? '');
  for (const [name, value] of await securityHeadersFor(contentType)) c.res.headers.set(name, value);
};
