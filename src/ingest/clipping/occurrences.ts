// How many lines of the clipping share each line's exact text. Hashing every paragraph in full
// costs more than the rest of a line's measurements, so long lines are first told apart by length.

/** Up to this length a line's text is its key. */
const SHORT_LINE = 64;
/** More distinct long lines than this with one length (templated lines) move to the text-keyed map. */
const MAX_SAME_LENGTH = 8;

/** Finds, for each line in turn, the first line with the same text. */
class FirstLines {
  private readonly byText = new Map<string, number>();
  /** The first line of each distinct long text, by length; null once that length is keyed by text. */
  private readonly byLength = new Map<number, number[] | null>();

  constructor(private readonly texts: readonly string[]) {}

  /** The first line with the text of line i (i itself when the text is new). */
  firstWith(i: number): number {
    const text = this.texts[i]!;
    const sameLength = text.length <= SHORT_LINE ? null : this.byLength.get(text.length);
    if (sameLength === null) return this.fromTextMap(text, i);
    if (sameLength === undefined) {
      this.byLength.set(text.length, [i]);
      return i;
    }
    for (const first of sameLength) if (this.texts[first] === text) return first;
    if (sameLength.length < MAX_SAME_LENGTH) {
      sameLength.push(i);
      return i;
    }
    for (const first of sameLength) this.byText.set(this.texts[first]!, first);
    this.byLength.set(text.length, null);
    return this.fromTextMap(text, i);
  }

  private fromTextMap(text: string, i: number): number {
    const first = this.byText.get(text);
    if (first !== undefined) return first;
    this.byText.set(text, i);
    return i;
  }
}

export function occurrenceCounts(texts: readonly string[]): number[] {
  const firstLines = new FirstLines(texts);
  const firstOf = texts.map((_, i) => firstLines.firstWith(i));
  const counts = new Array<number>(texts.length).fill(0);
  for (const first of firstOf) counts[first] = counts[first]! + 1;
  return firstOf.map((first) => counts[first]!);
}
