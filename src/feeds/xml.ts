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
// One pass over the text, however many kinds of character it must replace.
const TEXT_SPECIAL = /[&<>]/;
const TEXT_SPECIALS = /[&<>]/g;
const TEXT_REFERENCES = { '&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;' };

export function escapeText(value: string): string {
  const safe = xmlSafe(value);
  return TEXT_SPECIAL.test(safe) ? safe.replace(TEXT_SPECIALS, (c) => TEXT_REFERENCES[c as '&']) : safe;
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

/** `<name attrs>`: the start of an element whose content is written piece by piece. */
export function startTag(name: string, attrs: Attrs = {}): string {
  return `<${name}${attributes(attrs)}>`;
}

/** `<name attrs/>` */
export function emptyElement(name: string, attrs: Attrs): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** `<name attrs>children</name>` for children already written as XML; nothing when there are none. */
export function parentElement(name: string, children: readonly string[], attrs: Attrs = {}, indent = ''): string {
  // Appended piece by piece, never joined: the bodies inside are not copied at every level.
  let out = '';
  for (const child of children) if (child) out += `\n${indent}  ${child}`;
  return out ? `<${name}${attributes(attrs)}>${out}\n${indent}</${name}>` : '';
}

const cdataText = (html: string) => {
  const safe = xmlSafe(html);
  return safe.includes(']]>') ? safe.replace(/]]>/g, ']]]]><![CDATA[>') : safe;
};

/** HTML as element text, in a CDATA section (readable in the source) that no `]]>` can end early. */
export function cdataElement(name: string, html: string, attrs: Attrs = {}): string {
  return `<${name}${attributes(attrs)}><![CDATA[${cdataText(html)}]]></${name}>`;
}

/** The XML declaration and the stylesheet browsers apply; readers ignore the processing instruction. */
export function xmlProlog(stylesheetHref: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="${escapeXml(stylesheetHref)}"?>\n`;
}
