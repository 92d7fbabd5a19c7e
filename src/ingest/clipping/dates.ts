// Publication dates written out in a line: "Sept. 14, 2023", "19 November 2019", "2024-05-07",
// optionally with a time ("4:15 PM UTC").
import { isExists } from 'date-fns/isExists';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME = /\b(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*(utc|gmt)?/i;
const RELATIVE = /^(\d+|an?|one)\s+(second|minute|hour|day|week|month|year)s?\s+ago$/i;

export interface FoundDate {
  iso: string;
  /** Characters of the line taken by the date and time. */
  length: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function withTime(text: string, y: number, m: number, d: number): string {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const t = TIME.exec(text);
  if (!t || !t[4]) return date;
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  const half = (t[3] ?? '').toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:00Z`;
}

/** The first date in the line, as an ISO 8601 string, or null. */
export function findDate(text: string): FoundDate | null {
  if (!/\d/.test(text)) return null;
  let y = 0, m = 0, d = 0, length = 0;
  const mdy = MONTH_DAY_YEAR.exec(text);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(text);
  const iso = mdy || dmy ? null : ISO_DATE.exec(text);
  if (mdy) {
    m = MONTHS[mdy[1]!.toLowerCase()] ?? 0; d = Number(mdy[2]); y = Number(mdy[3]); length = mdy[0].length;
  } else if (dmy) {
    d = Number(dmy[1]); m = MONTHS[dmy[2]!.toLowerCase()] ?? 0; y = Number(dmy[3]); length = dmy[0].length;
  } else if (iso) {
    y = Number(iso[1]); m = Number(iso[2]); d = Number(iso[3]); length = iso[0].length;
  } else return null;
  if (!isExists(y, m - 1, d) || y < 1900 || y > 2200) return null;
  const t = TIME.exec(text);
  return { iso: withTime(text, y, m, d), length: length + (t ? t[0].length : 0) };
}

/** A line that is little more than a date or time stamp ("Updated 4:15 PM UTC, May 7, 2024", "3 hours ago"). */
export function isDateLine(text: string, wordCount: number): boolean {
  if (!/\d|\bago\b/i.test(text)) return false;
  const trimmed = text.trim();
  if (RELATIVE.test(trimmed)) return true;
  if (wordCount > 12) return false;
  const found = findDate(trimmed);
  if (!found) return /^(updated|published|posted)?:?\s*\d{1,2}:\d{2}\s*(am|pm)?\b/iu.test(trimmed) && wordCount <= 6;
  return found.length >= trimmed.length * 0.4 || wordCount <= 8;
}
