// A very small XML writer for the feed renderers: elements as strings, every text and attribute
// value escaped, characters XML 1.0 forbids dropped. Elements with no content are left out, so
// optional fields need no `if`.
import { xmlSafe } from './text.ts';

export type Attrs = Record<string, string | number | null | undefined>;

export function escapeXml(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Element text: `&` and `<` as hexadecimal character references, as the RSS Profile advises, so
 * validators and readers can tell an escaped character from escaped markup.
 */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/>/g, '&#x3E;');
}

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) if (value !== null && value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

/** `<name attrs>text</name>`, or nothing when the text is null or undefined. */
export function textElement(name: string, text: string | null | undefined, attrs: Attrs = {}): string {
  return text === null || text === undefined ? '' : `<${name}${attributes(attrs)}>${escapeText(text)}</${name}>`;
}

/** `<name attrs/>` */
export function emptyElement(name: string, attrs: Attrs): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** `<name attrs>children</name>` for children already written as XML; nothing when there are none. */
export function parentElement(name: string, children: readonly string[], attrs: Attrs = {}, indent = ''): string {
  const inner = children.filter(Boolean);
  if (!inner.length) return '';
  return `<${name}${attributes(attrs)}>\n${inner.map((c) => `${indent}  ${c}`).join('\n')}\n${indent}</${name}>`;
}

/** HTML as element text, in a CDATA section (readable in the source) that no `]]>` can end early. */
export function cdataElement(name: string, html: string, attrs: Attrs = {}): string {
  return `<${name}${attributes(attrs)}><![CDATA[${xmlSafe(html).replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>`;
}

/** The XML declaration and the stylesheet browsers apply; readers ignore the processing instruction. */
export function xmlProlog(stylesheetHref: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="${escapeXml(stylesheetHref)}"?>\n`;
}
