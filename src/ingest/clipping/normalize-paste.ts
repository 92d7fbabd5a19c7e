// Pastes come in other shapes than a browser's "select all": text hard-wrapped at about 72 columns,
// one long line, every line doubled by blank lines, Markdown headings. Each is brought to the shape
// the reader expects (one block per line, blank lines between paragraphs) before it is read.

/** Wrapped text: most lines were broken at one width, and none is longer. */
const MIN_WRAPPED_LINES = 6;
/** The narrowest wrapping looked for: text wrapped at 50 columns may have no line over 45. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;
/** A one-line paste of a whole article. */
const ONE_LINE_MIN_CHARS = 1500;
const PARAGRAPH_WORDS = 80;

/** A line longer than any wrapped line: most pastes have one, which settles it at once. */
function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > WRAP_MAX) return true;
    start = end + 1;
  }
  return false;
}

/** The first word of a line, which a wrapping tool would have put on the line before if it had fitted. */
function firstWordLength(line: string): number {
  const trimmed = line.trimStart();
  const space = trimmed.indexOf(' ');
  return space === -1 ? trimmed.length : space;
}

/** A line of words broken by the wrapping: the next line's first word would not have fitted after it. */
function isBrokenLine(line: string, next: string | undefined, width: number): boolean {
  return next !== undefined && next.trim().length > 0 && line.trim().includes(' ') && line.trimEnd().length + 1 + firstWordLength(next) > width;
}

const SENTENCE_END = /[.!?:;"'”’)]\s*$/u;

/** The column text was wrapped at: its longest line. */
function wrapWidth(lines: string[]): number {
  let width = 0;
  for (const line of lines) width = Math.max(width, line.trimEnd().length);
  return width;
}

const MIN_MID_SENTENCE_BREAKS = 2;

/**
 * Wrapped text: no line is longer than a wrapping width, and most lines that another line follows
 * were broken there, mid-sentence (the next line's first word would not have fitted), which lines of
 * a menu, a list or a page of one sentence a line are not.
 */
function isHardWrapped(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim().length > 0);
  if (filled.length < MIN_WRAPPED_LINES) return false;
  const width = wrapWidth(lines);
  if (width > WRAP_MAX || width < WRAP_MIN) return false;
  let continued = 0, broken = 0, midSentence = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.trim().length === 0 || next === undefined || next.trim().length === 0) return;
    continued++;
    if (!isBrokenLine(line, next, width)) return;
    broken++;
    // Wrapping breaks lines mid-sentence too; a page of one sentence a line only looks broken.
    if (!SENTENCE_END.test(line)) midSentence++;
  });
  return midSentence >= MIN_MID_SENTENCE_BREAKS && broken >= continued / 2;
}

/** Joins each line the wrapping broke to the next one; lines that end early (headings, a paragraph's last line) stay apart. */
function rejoin(lines: string[]): string[] {
  const width = wrapWidth(lines);
  const out: string[] = [];
  let open = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      out.push('');
      open = false;
      return;
    }
    if (open) out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    else out.push(line);
    open = isBrokenLine(raw, lines[i + 1], width);
  });
  return out;
}

/** Splits one long line at sentence ends into paragraphs of about PARAGRAPH_WORDS words. */
function splitOneLine(text: string): string {
  const sentences = text.trim().split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?\p{Lu})/u);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    current.push(sentence);
    words += sentence.split(/\s+/u).length;
    if (words >= PARAGRAPH_WORDS) {
      paragraphs.push(current.join(' '));
      current = [];
      words = 0;
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}

/** Every line followed by a blank line: the blank lines say nothing, a double blank is a paragraph break. */
function isDoubleSpaced(text: string): boolean {
  let breaks = 0, single = 0;
  for (let i = text.indexOf('\n'); i !== -1; ) {
    let end = i;
    while (text.charCodeAt(end + 1) === 10) end++;
    breaks++;
    if (end === i && ++single > breaks * 0.1 + 1) return false;
    i = text.indexOf('\n', end + 1);
  }
  return breaks >= MIN_WRAPPED_LINES && single <= breaks * 0.1;
}

const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gmu;

export function normalizePaste(input: string): string {
  let text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  if (text.length >= ONE_LINE_MIN_CHARS && text.trim().indexOf('\n') === -1) return splitOneLine(text);
  if (isDoubleSpaced(text)) text = text.replace(/\n+/g, (b) => (b.length >= 4 ? '\n\n' : '\n'));
  if (text.includes('#') && /^[ \t]{0,3}#{1,6}[ \t]/mu.test(text)) text = text.replace(MARKDOWN_HEADING, '$1');
  if (hasLongLine(text)) return text;
  const lines = text.split('\n');
  return isHardWrapped(lines) ? rejoin(lines).join('\n') : text;
}
