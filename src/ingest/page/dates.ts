// Dates as pages write them -> ISO 8601.

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Keeps an ISO date as written (with its offset), reads other formats through Date; null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (ISO_LIKE.test(text)) {
    const iso = text.replace(' ', 'T');
    return Number.isNaN(Date.parse(iso)) ? null : iso;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
