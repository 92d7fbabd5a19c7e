// How one reading's title, date, summary and tags compare with what the page declares about itself.
import type { ReferenceMetadata } from './reference-metadata.ts';

/** Case, quotes, dashes, spacing and closing punctuation do not make a title different. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.…:;,!|-]+$/u, '')
    .trim();
}

const tokens = (text: string): string[] => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** F1 of the two word multisets. */
export function tokenF1(a: string, b: string): number {
  const x = tokens(a), y = tokens(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of x) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of y) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / y.length, r = common / x.length;
  return (2 * p * r) / (p + r);
}

/** Share of a's words that b contains. */
function containment(a: string, b: string): number {
  const x = tokens(a);
  if (x.length === 0) return 0;
  const inB = new Set(tokens(b));
  return x.filter((t) => inB.has(t)).length / x.length;
}

export function titleExact(title: string | null, ref: ReferenceMetadata): boolean {
  if (!title) return false;
  const own = normalize(title);
  return ref.titles.some((t) => normalize(t) === own);
}

/** Close: nearly the same words as one of the page's titles (a dropped "Opinion |", a kept site name). */
export function titleClose(title: string | null, ref: ReferenceMetadata): boolean {
  if (!title) return false;
  return ref.titles.some((t) => tokenF1(t, title) >= 0.8);
}

/** The calendar days a stated time can mean: as written (local) and in UTC. */
function daysOf(stated: string): string[] {
  const days = [stated.slice(0, 10)];
  const t = Date.parse(stated);
  if (!Number.isNaN(t)) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Hours the world's clocks run behind and ahead of UTC. */
const ZONES = { behind: 12, ahead: 14 };
const HOUR = 3_600_000;

/**
 * Whether a reading falls on the day the page states. A reference that gives only a day names the
 * publisher's local calendar day, while readings are UTC instants ("Oct 29, 2012 09:35 PM EDT" is
 * 2012-10-30T01:35Z): a reading with a time of day matches when some zone in use puts it on that
 * day. A reading at midnight UTC is a day read without a time, and is compared as that day.
 */
export function sameDay(found: string | null, stated: string): boolean {
  if (!found) return false;
  const t = Date.parse(found);
  if (Number.isNaN(t)) return false;
  const days = daysOf(stated);
  if (days.includes(new Date(t).toISOString().slice(0, 10))) return true;
  if (/T|\d:\d/.test(stated) || t % (24 * HOUR) === 0) return false;
  return [-ZONES.behind, ZONES.ahead].some((h) => days.includes(new Date(t + h * HOUR).toISOString().slice(0, 10)));
}

/** The gold body up to and including its first paragraph of 20 or more words (headline and dateline lines come before it in dragnet). */
export function leadOf(goldBody: string): string {
  const paragraphs = goldBody.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  const out: string[] = [];
  for (const p of paragraphs) {
    out.push(p);
    if (p.split(/\s+/).length >= 20) break;
  }
  return out.join('\n');
}

/** The summary is the page's own description, or comes from the body's lead. */
export function summaryMatches(summary: string, ref: ReferenceMetadata, goldBody: string): boolean {
  const own = normalize(summary.replace(/…$/u, ''));
  if (own.length === 0) return false;
  for (const d of ref.descriptions) {
    const theirs = normalize(d.replace(/(\.\.\.|…)$/u, ''));
    if (tokenF1(theirs, own) >= 0.8) return true;
    // A description cut short by the site, or a standfirst cut at a sentence end.
    if ((own.includes(theirs) || theirs.includes(own)) && Math.min(own.length, theirs.length) >= 40) return true;
  }
  const lead = leadOf(goldBody);
  return normalize(lead).includes(own) || containment(own, lead) >= 0.9;
}

const tagKey = (tag: string): string => normalize(tag).replace(/&/g, 'and').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/s$/u, '');

/** How many of the tags the page itself declares as a keyword or topic. */
export function declaredTags(tags: string[], ref: ReferenceMetadata): number {
  const declared = new Set(ref.topics.map(tagKey));
  // A one-letter tag is a fragment, whatever the page's keyword list holds.
  return tags.filter((t) => [...t.trim()].length > 1 && declared.has(tagKey(t))).length;
}
