// Making any string safe for the places feeds put it.

// Characters XML 1.0 forbids, lone surrogates included.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** For text the library puts inside CDATA: no `]]>` can end the section early. */
export function cdataSafe(html: string): string {
  return xmlSafe(html).replace(/]]>/g, ']]&gt;');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The article body as feeds carry it: the lead image (with its caption) above the text. */
export function bodyWithImage(item: { contentHtml: string; image: { url: string | null; caption: string | null } | null; title: string }): string {
  const image = item.image;
  // Saved pages often show their lead image in the body already.
  if (!image?.url || item.contentHtml.includes(`src="${escapeHtml(image.url)}"`)) return item.contentHtml;
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.caption ?? item.title)}" />${caption}</figure>${item.contentHtml}`;
}
