// Making any string safe for the places feeds put it.

// Characters XML 1.0 forbids, lone surrogates included.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything NOT_XML could match: a test for it has no lookaround, so text without any (nearly all)
// is scanned once, quickly, and returned as it is.
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlSafe(text: string): string {
  return MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '') : text;
}

const HTML_SPECIAL = /[&<>"]/;

export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

