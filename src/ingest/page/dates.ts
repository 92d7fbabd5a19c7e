// Dates as pages write them -> ISO 8601.

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Content systems write year 1 or 1970 for "no date"; no saved article predates the web.
const EARLIEST_YEAR = 1990;

/** Keeps an ISO date as written (with its offset), reads other formats through Date; null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let iso: string;
  if (ISO_LIKE.test(text)) iso = text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  else {
    const time = Date.parse(text);
    if (Number.isNaN(time)) return null;
    iso = new Date(time).toISOString();
  }
  const time = Date.parse(iso);
  if (Number.isNaN(time) || new Date(time).getUTCFullYear() < EARLIEST_YEAR) return null;
  return iso;
}
