// The line measures the clipping reader takes on every line are written for speed; each must say
// exactly what its plain definition (a regular expression over the line) says, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/ingest/clipping/content-words.ts';
import { isAllCaps, sentenceMarks } from '../../src/ingest/clipping/text-shape.ts';
import { bylineAuthors } from '../../src/ingest/clipping/bylines.ts';
import { hasPictureCredit } from '../../src/ingest/clipping/captions.ts';
import { dateShape, isDateLine, startsWithDate } from '../../src/ingest/clipping/dates.ts';
import { isHeadlineLike, isProse } from '../../src/ingest/clipping/line-kind.ts';
import { endsLikeSentence, isSeparator, mostlyCaseless } from '../../src/ingest/clipping/text-shape.ts';
import { hasPromoVocabulary, isCommentsHeader, isCopyrightLine, isRelatedHeader, isUiLine } from '../../src/ingest/clipping/ui-vocabulary.ts';
import { mayHaveFurnitureWords } from '../../src/ingest/clipping/vocabulary-cue.ts';
import { splitLines, type Line } from '../../src/ingest/clipping/lines.ts';
import { wordStats } from '../../src/ingest/clipping/word-stats.ts';

// Words and marks the measures look for, mixed with any text: matches must be common, not luck.
const pieces = fc.constantFrom(
  '.', '!', '?', '。', '！', '？', '؟', '।', ' ', '\u00a0', '\u2003', '"', '”', '’', '»', ')', 'ABC', 'Abc', 'É', 'ß', 'ǅ', 'ſ', 'K',
  'Comments', '3 comments', 'Leave a Reply', 'Kommentare', 'Комментарии', 'Jane says:', 'wrote:', 'Copyright', '©', 'all rights reserved',
  'reproduction', 'without permission', 'privacy policy', 'terms of use', '北京', '🌊', '\ud800', 'naïve', 'ÉTÉ 2024',
);
const line = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

const runs = { numRuns: 3000 };

const MEASURES = [
  'words', 'endsSentence', 'sentenceMarks', 'lowercaseShare', 'caseless', 'ui', 'pictureCredit', 'date', 'bylineAuthors', 'commentsHeader',
  'copyright', 'promo', 'separator', 'relatedHeader', 'prose', 'headlineLike',
] as const;

const measuresOf = (l: Line) => Object.fromEntries(MEASURES.map((key) => [key, l[key]]));

/** Every measure of a tidy line from its plain definition, all at once, as the line splitter once took them. */
function eagerMeasures(text: string): Record<string, unknown> {
  const stats = wordStats(text);
  const words = stats.weight;
  const vocabulary = words <= 60 && mayHaveFurnitureWords(text, stats.ascii);
  const measured = {
    text,
    words,
    endsSentence: endsLikeSentence(text),
    sentenceMarks: sentenceMarks(text),
    lowercaseShare: stats.cased > 0 ? stats.lower / stats.cased : null,
    caseless: mostlyCaseless(text),
    ui: words <= 8 && isUiLine(text),
    pictureCredit: vocabulary && hasPictureCredit(text),
    date: words <= 12 && isDateLine(text, words),
    bylineAuthors: words <= 16 ? bylineAuthors(text, words) : null,
    commentsHeader: words <= 6 && isCommentsHeader(text, words),
    copyright: vocabulary && isCopyrightLine(text),
    promo: vocabulary && words < 40 && hasPromoVocabulary(text),
    separator: isSeparator(text),
    relatedHeader: words <= 6 && isRelatedHeader(text, words),
  };
  const prose = isProse(measured);
  const { text: _text, ...measures } = { ...measured, prose, headlineLike: isHeadlineLike(measured) };
  return measures;
}

describe('clipping line measures', () => {
  it('sentenceMarks counts what /[.!?。！？؟।](?=\\s|$|["\'”’»)])/g matches', () => {
    fc.assert(fc.property(line, (text) => {
      expect(sentenceMarks(text)).toBe(text.match(/[.!?。！？؟।](?=\s|$|["'”’»)])/g)?.length ?? 0);
    }), runs);
  });

  it('wordStats counts the sentence marks and finds the digits of a tidy line as the plain patterns do', () => {
    fc.assert(fc.property(line, (raw) => {
      const text = raw.replace(/[\s\u200b]+/g, ' ').trim();
      const stats = wordStats(text);
      expect(stats.sentenceMarks).toBe(sentenceMarks(text));
      expect(stats.digits).toBe(/\d/.test(text));
    }), runs);
  });

  it('a line repeated in the clipping is measured as its first showing, in its own place', () => {
    const clipping = ['Share this', 'Breaking: council votes 5-4', '', 'The council voted on Tuesday.', 'Share this', '', 'Breaking: council votes 5-4', 'By Jane Doe'].join('\n');
    const lines = splitLines(clipping);
    for (const [first, again] of [[0, 3], [1, 4]] as const) {
      const alone = splitLines(lines[again]!.text)[0]!;
      expect(measuresOf(lines[again]!)).toEqual(measuresOf(alone));
      expect(lines[again]!.index).toBe(again);
      expect(lines[again]!.occurrences).toBe(2);
      expect(lines[first]!.occurrences).toBe(2);
    }
    expect([lines[3]!.blankBefore, lines[3]!.blankAfter, lines[4]!.blankBefore]).toEqual([false, true, true]);
  });

  it('measures worked out when first asked for, in any order, are what measuring every line at once gives', () => {
    // Lines of any text, some repeated (repeats share their measures), each asked for its measures in its own order.
    // Lines of furniture words around each measure's word-count limits (6, 8, 12, 16, 40, 60 words) too.
    const word = fc.constantFrom('Related', 'More', 'on', 'this', 'Share', 'By', 'Jane', 'Doe', 'May', '7,', '2024', 'Photo:', 'Getty', 'Images',
      'sign up', 'newsletter', 'Comments', 'copyright', 'reproduction', 'permission', 'Updated', 'the', 'council', 'voted', 'today.', '|', 'ago');
    const wordy = fc.array(word, { minLength: 1, maxLength: 62 }).map((words) => words.join(' '));
    const page = fc.array(fc.oneof(line, wordy, wordy), { minLength: 1, maxLength: 8 });
    const orders = fc.array(fc.shuffledSubarray([...MEASURES], { minLength: MEASURES.length }), { minLength: 8, maxLength: 8 });
    fc.assert(fc.property(page, orders, (texts, order) => {
      const lines = splitLines(texts.join('\n'));
      lines.forEach((l, i) => {
        const asked = Object.fromEntries(order[i % order.length]!.map((key) => [key, l[key]]));
        expect(asked).toEqual(eagerMeasures(l.text));
      });
    }), { numRuns: 400 });
  });

  it('a line found to open the comment section says so; its repeats and the measures that read its text do not change', () => {
    const lines = splitLines(['Jane Roe', 'Jane Roe'].join('\n'));
    const headlineLike = lines[0]!.headlineLike;
    lines[0]!.commentsHeader = true;
    expect([lines[0]!.commentsHeader, lines[1]!.commentsHeader, lines[0]!.headlineLike]).toEqual([true, false, headlineLike]);
  });

  it('counts every showing of a text, short or long, and only exact repeats', () => {
    const paragraph = 'The council voted on Tuesday to close the bridge for repairs, starting in the spring.';
    const texts = ['Share', paragraph, 'Share', `${paragraph} `, 'share', paragraph, 'Share', paragraph.replace('spring', 'summer')];
    expect(splitLines(texts.join('\n')).map((l) => l.occurrences)).toEqual([3, 3, 3, 3, 1, 3, 3, 1]);
  });

  it('isUiLine takes its quicker ASCII path without changing the answer, glued buttons too', () => {
    const ascii = fc.array(fc.oneof(
      fc.constantFrom('Share', 'share', 'RSSFollow', 'us', 'ShareThis', 'on', 'Twitter', 'iPhone', 'NEWSletter', 'Email', '12', ' ', '  ', '|', '-', 'Bridge'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 5 }),
    ), { maxLength: 8 }).map((parts) => parts.join(' ').trim());
    fc.assert(fc.property(ascii, (text) => {
      expect(isUiLine(text, true)).toBe(isUiLine(text, false));
    }), runs);
    expect(isUiLine('RSSFollow us on Twitter')).toBe(true);
    expect(isUiLine('this: Share 12')).toBe(true);
    expect(isUiLine('Sharethis')).toBe(false);
  });

  it('startsWithDate says what dateShape says of where the date starts', () => {
    const datePieces = fc.constantFrom('2024-05-07', '07/05/2024', 'May 7, 2024', '7 mai 2024', '18-Nov-2019', '2019年11月18日', '18 ноября 2019', 'Updated ', ' ', '12', '-', '.', 'x');
    const dated = fc.array(fc.oneof(datePieces, datePieces, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(line, dated), (text) => {
      expect(startsWithDate(text)).toBe(dateShape(text)?.index === 0);
    }), runs);
  });

  it('isAllCaps: at least three letters, none of them lower-case', () => {
    fc.assert(fc.property(line, (text) => {
      const letters = text.replace(/[^\p{L}]/gu, '');
      expect(isAllCaps(text)).toBe(letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase());
    }), runs);
  });

  it('contentWords reads plain ASCII as the Unicode pattern does', () => {
    // A lone "é" adds no word of four letters, but sends the text down the Unicode path.
    fc.assert(fc.property(line, (text) => {
      expect(contentWords(text)).toEqual(contentWords(`${text} é`));
    }), runs);
  });

  it('the quick cues never hide a comments header or a legal notice', () => {
    const HEADER =
      /^[[(]?\s*(\d+\s+)?((top rated|user|all|recent|latest|reader|show( new| more)?|view|read all|loading|hide)\s+)?(comments?|responses?|replies|discussion|join the (conversation|discussion)|leave a (reply|comment)|add (a|your) comment|post a comment|write a comment|kommentare?|comentarios?|commentaires?|commenti|comentários?|комментари[йи]|добавить комментарий)\b/iu;
    const AUTHOR = / (commented on|says:|wrote:)$/i;
    const COPYRIGHT = /^(©|\(c\)|copyright\b)|all rights reserved|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|все права защищены/iu;
    const LEGAL = /copyright|reproduc|permission|rights reserved|fair (use|dealing)|prior (written )?consent|terms of (use|service)|privacy policy|trademark/gi;
    fc.assert(fc.property(line, (text) => {
      const words = wordStats(text).weight;
      expect(isCommentsHeader(text, words)).toBe(words <= 6 && (HEADER.test(text.trim()) || AUTHOR.test(text.trim())));
      expect(isCopyrightLine(text)).toBe(COPYRIGHT.test(text.trim()) || (text.match(LEGAL)?.length ?? 0) >= 2);
    }), runs);
  });
});
