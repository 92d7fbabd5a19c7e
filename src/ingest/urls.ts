// Address hygiene for links and images in bodies and metadata.

const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|oly_anon_id|oly_enc_id|vero_id|s_cid|cmpid|ocid|at_medium|at_campaign)$/i;

/** Resolves `href` against `base` and removes tracking parameters; null for unusable or unsafe addresses. */
export function cleanUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('#')) return trimmed;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  return url.href;
}
