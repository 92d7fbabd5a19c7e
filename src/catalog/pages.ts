// How a listing (the whole site, or one tag) is cut into pages: numbered from the oldest article,
// so adding an article changes only the newest page and the head, never the archive behind them.
// A page holds at most PAGE_SIZE articles, fewer when their bodies would take a document past
// MAX_DOCUMENT_BYTES: long bodies are what fills a page.
import { FEED_LIMIT } from '../http/policy.ts';

export const PAGE_SIZE = FEED_LIMIT.default;
export const MAX_DOCUMENT_BYTES = 1_000_000;
/** What a document adds around each body (markup, title, summary, dates), generously. */
const ITEM_OVERHEAD = 2_000;
/** Escaping in JSON and in the worst feed format can grow a body by this much. */
const BODY_GROWTH = 1.25;
const DOCUMENT_OVERHEAD = 4_000;

export interface ListingPages {
  /** Page k (1-based) covers chronological indices [starts[k-1], starts[k]) (oldest = 0). */
  starts: number[];
  /** How many of the newest articles the head document (`/feed.xml`, `/`) carries. */
  headCount: number;
  total: number;
}

export const itemCost = (bodyBytes: number) => Math.ceil(bodyBytes * BODY_GROWTH) + ITEM_OVERHEAD;

/** `bodyBytes` newest first, as listings are kept. */
export function paginate(bodyBytes: readonly number[]): ListingPages {
  const total = bodyBytes.length;
  const cost = (chrono: number) => itemCost(bodyBytes[total - 1 - chrono]!);
  const starts: number[] = [];
  let count: number = PAGE_SIZE;
  let bytes = 0;
  for (let i = 0; i < total; i++) {
    const c = cost(i);
    if (count >= PAGE_SIZE || (count > 0 && DOCUMENT_OVERHEAD + bytes + c > MAX_DOCUMENT_BYTES)) {
      starts.push(i);
      count = 0;
      bytes = 0;
    }
    count++;
    bytes += c;
  }
  starts.push(total);
  let headCount = 0;
  let headBytes = 0;
  while (headCount < Math.min(PAGE_SIZE, total)) {
    const c = itemCost(bodyBytes[headCount]!);
    if (headCount > 0 && DOCUMENT_OVERHEAD + headBytes + c > MAX_DOCUMENT_BYTES) break;
    headBytes += c;
    headCount++;
  }
  return { starts, headCount, total };
}

export const pageCount = (p: ListingPages) => p.starts.length - 1;

/** Newest-first indices [from, to) of page k. */
export function pageRange(p: ListingPages, k: number): { from: number; to: number } {
  return { from: p.total - p.starts[k]!, to: p.total - p.starts[k - 1]! };
}

/** Where each document of a listing links (RFC 5005 paged feeds): page numbers, 0 = the head. */
export interface PageLinks {
  first: 0;
  last: number | null;
  next: number | null;
  previous: number | null;
}

/** The page holding the article just older than the head, or null when the head has them all. */
function afterHead(p: ListingPages): number | null {
  const oldestOutside = p.total - p.headCount - 1;
  if (oldestOutside < 0) return null;
  let k = 1;
  while (p.starts[k]! <= oldestOutside) k++;
  return k;
}

/** Whether every article of page k is in the head too. */
const insideHead = (p: ListingPages, k: number) => p.starts[k - 1]! >= p.total - p.headCount;

/** Going newer from page k skips pages the head already holds, so next and previous are inverses. */
export function pageLinks(p: ListingPages, k: number): PageLinks | null {
  const next = afterHead(p);
  if (next === null && k === 0) return null;
  if (k === 0) return { first: 0, last: 1, next, previous: null };
  const newer = k < pageCount(p) && !insideHead(p, k + 1) ? k + 1 : 0;
  return { first: 0, last: 1, next: k > 1 ? k - 1 : null, previous: newer };
}
