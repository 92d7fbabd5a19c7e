// Picks the article's title and trims the site name pages append to <title>.

const SEPARATOR = /\s+(?:\||-|–|—|·|•|»|::)\s+/;

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * "Story headline | Site" -> "Story headline". With a known site name only a part naming the site goes;
 * without one, a short last part after a separator is taken for the site when the rest is clearly longer.
 */
export function stripSiteName(title: string, siteName: string | null, guess: boolean): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title.trim();
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  // Splitting again on the separators found keeps hyphens inside words intact.
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const rejoin = (from: number, to: number) =>
    parts.slice(from, to).reduce((out, part, i) => (i === 0 ? part : out + (separators[from + i - 1] ?? ' - ') + part), '');
  if (siteName) {
    if (sameName(last, siteName)) return rejoin(0, parts.length - 1).trim();
    if (sameName(first, siteName)) return rejoin(1, parts.length).trim();
  }
  if (guess && words(last) <= 4 && words(rejoin(0, parts.length - 1)) >= 3) return rejoin(0, parts.length - 1).trim();
  return title.trim();
}

export function chooseTitle(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}
