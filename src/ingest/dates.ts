// Reading the dates editors write, and choosing an article's dates.
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';

const WRITTEN_FORMATS = ['MMMM d, yyyy', 'MMM d, yyyy', 'd MMMM yyyy', 'd MMM yyyy', 'yyyy/MM/dd', 'yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss'];

/** A Date from a YAML value or a written date; null when it cannot be read. Dates without a zone are UTC. */
export function parseDate(value: unknown): Date | null {
  if (value instanceof Date) return isValid(value) ? value : null;
  if (typeof value === 'number') return value > 1e9 ? new Date(value * (value < 1e11 ? 1000 : 1)) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(s) || s.length === 10 ? s : `${s}Z`;
    const d = parseISO(s.length === 10 ? `${s}T00:00:00Z` : zoned.replace(' ', 'T'));
    return isValid(d) ? d : null;
  }
  for (const format of WRITTEN_FORMATS) {
    const d = parse(s, format, new Date(0));
    if (isValid(d)) return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()));
  }
  // RFC 2822 dates as written in mail and RSS ("Tue, 07 May 2024 16:15:00 GMT").
  if (/^(\w{3}, )?\d{1,2} \w{3} \d{4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|[A-Z]{2,3})$/.test(s)) {
    const d = new Date(s);
    return isValid(d) ? d : null;
  }
  return null;
}

/** Whole seconds in UTC ("2024-05-07T09:30:00Z"): one shape, so catalog dates compare as strings. */
export function toIso(d: Date): string {
  return new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
