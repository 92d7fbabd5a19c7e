// Many sites put one description on every page ("EcoGeek - Technology for the Environment"): it names
// the site, and the article barely shares a word with it. Such a description is not the article's summary.

/** Below this share of its words found in the article, a description is about something else. */
const MIN_SHARED_WORDS = 0.2;

// Words of four letters or more: "the" and "for" are shared by any two English texts.
const words = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
const squeeze = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The names a site goes by: its stated name and the main label of its host ("www.nfl.com" -> "nfl"). */
function siteNames(siteName: string | null, url: string | null): string[] {
  const names = siteName ? [squeeze(siteName)] : [];
  try {
    const labels = url ? new URL(url).hostname.split('.') : [];
    const main = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    if (main && main.length >= 3) names.push(squeeze(main));
  } catch {
    // no usable address
  }
  return names.filter((name) => name.length >= 3);
}

export function isSiteDescription(description: string, articleText: string, siteName: string | null, url: string | null): boolean {
  const own = words(description);
  if (!own.length) return false;
  const article = new Set(words(articleText));
  const shared = own.filter((word) => article.has(word)).length / own.length;
  if (shared >= MIN_SHARED_WORDS) return false;
  const squeezed = squeeze(description);
  return siteNames(siteName, url).some((name) => squeezed.includes(name));
}
