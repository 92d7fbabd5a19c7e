// Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Posted on ... by the baker".

const BY_PREFIX = /^(by|par|von|por|di|door|av|af|автор):?\s+/iu;
/** "By the Numbers: 10,000", "By Design: ...": a headline that starts with "By", not a byline. */
const HEADLINE_AFTER_BY = /^[^:|•·,]{1,40}:\s/u;
/** "Posted on ... by Jane", "Submitted by Jane". */
const INNER_BY = /\b(posted|published|written|updated|submitted|contributed)\b.*?\bby\s+(.+)$/iu;
/** An author's link: "View all posts by Jane", "More articles by Jane". */
const AUTHOR_LINK = /^((view|see|read|browse|more|all)\s+)*(posts|articles|stories|entries)\s+by\s+(.+)$/iu;
/** A news agency's name on a line of its own credits the story to the agency. */
const WIRE_SERVICE =
  /^(the )?(associated press|reuters|agence france[- ]presse|afp|bloomberg news|press association|pa media|dpa|xinhua( news agency)?|kyodo news|united press international|upi|canadian press|australian associated press|aap|ansa|efe)$/iu;

function splitNames(raw: string): string[] {
  const cleaned = raw
    .replace(/\s*[|•·].*$/u, '')
    .replace(/\b(on|am|le|el)\s+\S+\s+\d.*$/iu, '')
    .replace(/\s*(updated|published|posted)\b.*$/iu, '')
    .trim();
  return cleaned
    .split(/\s*(?:,|&|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*/u)
    .map((n) => n.trim().replace(/[.,;:]+$/u, ''))
    .filter((n) => n.length >= 2 && n.length <= 60 && /\p{L}/u.test(n));
}

/** Author names when the line is a byline, else null. */
export function bylineAuthors(text: string, wordCount: number): string[] | null {
  if (wordCount > 16) return null;
  const trimmed = text.trim();
  if (wordCount <= 5 && WIRE_SERVICE.test(trimmed)) return [trimmed];
  let raw: string | null = null;
  if (BY_PREFIX.test(trimmed)) {
    raw = trimmed.replace(BY_PREFIX, '');
    if (HEADLINE_AFTER_BY.test(raw) && !/^by:/iu.test(trimmed)) return null;
  }
  else if (/ by /i.test(trimmed)) {
    const inner = INNER_BY.exec(trimmed) ?? AUTHOR_LINK.exec(trimmed);
    if (inner) raw = inner[inner.length - 1] ?? null;
  }
  if (raw === null) return null;
  const names = splitNames(raw);
  return names.length > 0 ? names : null;
}
