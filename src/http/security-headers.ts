// Security headers on every response, the same on Workers and on Node, from Hono's secure-headers
// middleware. No page needs a script; pages carry one inline <style>, and article images come
// from anywhere.
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

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

const headers = secureHeaders({
  contentSecurityPolicy: HTML_POLICY,
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  // Feeds are meant to be read from anywhere.
  crossOriginResourcePolicy: 'cross-origin',
});

const isXml = (contentType: string | null) => /[/+]xml\b|\/xsl\b/.test(contentType ?? '');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await headers(c, next);
  if (isXml(c.res.headers.get('content-type'))) c.res.headers.set('Content-Security-Policy', XML_POLICY);
};

let collected: Promise<[string, string][]> | null = null;

/**
 * The headers the middleware gives a response of `contentType` (null: one without a body, as a
 * 304), lower-case names. They are read once, from an empty response the middleware was run on,
 * so documents answered before the routes (document-answers.ts) carry exactly the same ones.
 */
export async function securityHeadersFor(contentType: string | null): Promise<[string, string][]> {
  collected ??= (async () => {
    const probe = { res: new Response(null) } as unknown as Context;
    await headers(probe, async () => {});
    return [...probe.res.headers];
  })();
  const found = await collected;
  return isXml(contentType) ? found.map(([name, value]) => [name, name === 'content-security-policy' ? XML_POLICY : value]) : found;
}
