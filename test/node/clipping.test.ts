import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { splitLines } from '../../src/ingest/clipping/lines.ts';
import { isProse, isHeadlineLike } from '../../src/ingest/clipping/line-kind.ts';
import { lineScore } from '../../src/ingest/clipping/line-score.ts';
import { findMainBlock } from '../../src/ingest/clipping/main-block.ts';
import { endsLikeSentence, lowercaseShare, wordWeight, words } from '../../src/ingest/clipping/text-shape.ts';
import { hasPictureCredit, captionWithoutCredit } from '../../src/ingest/clipping/captions.ts';
import { bylineAuthors } from '../../src/ingest/clipping/bylines.ts';
import { findDate, isDateLine } from '../../src/ingest/clipping/dates.ts';
import { hasPromoVocabulary, isCommentsHeader, isCopyrightLine, isUiLine } from '../../src/ingest/clipping/ui-vocabulary.ts';
import { mayHaveFurnitureWords } from '../../src/ingest/clipping/vocabulary-cue.ts';
import { occurrenceCounts } from '../../src/ingest/clipping/occurrences.ts';
import { guessLanguage } from '../../src/ingest/clipping/language.ts';
import { wordStats } from '../../src/ingest/clipping/word-stats.ts';
import { itemRuns } from '../../src/ingest/clipping/list-items.ts';
import { teaserRuns } from '../../src/ingest/clipping/teasers.ts';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const fixtureDir = path.join(shared, 'fixtures/clippings');

interface Expectation {
  title?: string;
  summaryIncludes?: string;
  tagsInclude?: string[];
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  sourceIncludes?: string;
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function bodyText(bodyHtml: string): string {
  return [...bodyHtml.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => unescapeHtml(m[1]!)).join('\n\n');
}

function checkExpectation(text: string, fileName: string, expected: Expectation): void {
  const result = extractClipping(text, fileName);
  const body = bodyText(result.bodyHtml);
  if (expected.title !== undefined) expect(result.title).toBe(expected.title);
  if (expected.summaryIncludes) expect(result.summary ?? '').toContain(expected.summaryIncludes);
  const tags = result.tags.map((t) => t.toLowerCase());
  for (const tag of expected.tagsInclude ?? []) expect(tags).toContain(tag.toLowerCase());
  if (expected.bodyStartsWith) expect(body.startsWith(expected.bodyStartsWith)).toBe(true);
  if (expected.bodyEndsWith) expect(body.endsWith(expected.bodyEndsWith)).toBe(true);
  for (const passage of expected.bodyIncludes ?? []) expect(body).toContain(passage);
  for (const noise of expected.bodyExcludes ?? []) expect(body).not.toContain(noise);
  if (expected.sourceIncludes) expect(result.source?.name ?? '').toContain(expected.sourceIncludes);
}

describe('extractClipping on the fixtures', () => {
  const names = readdirSync(fixtureDir).filter((f) => f.endsWith('.txt'));
  it('finds the fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of names) {
    it(`meets ${name.replace(/\.txt$/, '.expect.json')}`, () => {
      const text = readFileSync(path.join(fixtureDir, name), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(fixtureDir, name.replace(/\.txt$/, '.expect.json')), 'utf8')) as Expectation;
      checkExpectation(text, name, expected);
    });
  }

  it('reads the seed article', () => {
    const text = readFileSync(path.join(shared, 'seed/000_395ba05313c22838.txt'), 'utf8');
    checkExpectation(text, '000_395ba05313c22838.txt', {
      title: 'China thanks Kazakhstan for ‘understanding and support’ on Xinjiang de-radicalisation scheme',
      summaryIncludes: 'Beijing voices its appreciation',
      tagsInclude: ['Xinjiang'],
      sourceIncludes: 'South China Morning Post',
      bodyStartsWith: 'The Chinese government’s senior diplomat',
      bodyEndsWith: 'the foreign ministry said.',
      bodyExcludes: [
        'EU rejects China’s offer of Xinjiang tour, but says it’s open to one later',
        'print edition',
        'Get more with myNEWS',
        'Photo: Xinhua',
        'Advertisement',
      ],
    });
    const result = extractClipping(text);
    expect(result.bodyHtml).not.toMatch(/<p>Post<\/p>/);
    expect(result.image?.caption).toBe('Chinese Foreign Minister Wang Yi and his Kazakh counterpart Beibut Atamkulov meet in Beijing.');
    expect(result.language).toBe('en');
  });
});

describe('extractClipping metadata', () => {
  it('reads byline, date and caption of a wire story', () => {
    const text = readFileSync(path.join(fixtureDir, 'wire-bridge.txt'), 'utf8');
    const result = extractClipping(text);
    expect(result.authors).toEqual(['The Associated Press']);
    expect(result.published).toBe('2024-05-07T16:15:00Z');
    expect(result.image).toEqual({ url: null, caption: 'Traffic is diverted away from the bridge on Tuesday.' });
    expect(bodyText(result.bodyHtml)).not.toContain('Associated Press writers contributed');
  });

  it('escapes HTML in paragraphs', () => {
    const para = 'Prices rose 5% as A&B said revenue was <1bn this year, which analysts had expected for months.';
    const result = extractClipping(`A headline about prices\n\n${para}\n\n${para.replace('Prices', 'Costs')}`);
    expect(result.bodyHtml).toContain('<p>Prices rose 5% as A&amp;B said revenue was &lt;1bn this year');
    expect(result.title).toBe('A headline about prices');
  });

  it('keeps text in scripts without letter case', () => {
    const text = [
      '首页', '新闻', '体育',
      '北京今年第一场雪比往年来得更早',
      '北京市气象台周三表示，今年的第一场雪比往年平均时间提前了将近两个星期，市民出行需要注意交通安全。',
      '气象专家说，这次降雪主要受到北方冷空气南下的影响，预计周末气温将进一步下降，部分地区会出现结冰。',
      '版权所有',
    ].join('\n');
    const result = extractClipping(text);
    expect(result.title).toBe('北京今年第一场雪比往年来得更早');
    expect(bodyText(result.bodyHtml)).toContain('气象专家说');
    expect(result.language).toBe('zh');
  });
});

describe('extractClipping on bad input', () => {
  it('returns warnings for empty text', () => {
    const result = extractClipping('', 'my-empty_note.txt');
    expect(result.bodyHtml).toBe('');
    expect(result.title).toBe('My empty note');
    expect(result.warnings).toContain('no title found: using the file name');
  });

  it('falls back to the file name when no headline stands out', () => {
    const para = 'this paragraph was pasted without any headline above it, so the reader has to name it some other way.';
    const result = extractClipping(`${para}\n\n${para.replace('this', 'that')}`, 'notes/untitled-clip.txt');
    expect(result.title).toBe('Untitled clip');
    expect(result.warnings).toContain('no title found: using the file name');
    expect(bodyText(result.bodyHtml)).toContain('pasted without any headline');
  });

  it('copes with CRLF line ends, control characters and one huge line', () => {
    const para = 'A sentence that keeps going for a while so that it reads like prose in an article. ';
    const text = `Headline of the day\r\n\r\n${para.repeat(3)}\r\n\u0000\u0007\r\n${para.repeat(2000)}`;
    const result = extractClipping(text);
    expect(result.title).toBe('Headline of the day');
    expect(result.bodyHtml.startsWith('<p>A sentence that keeps going')).toBe(true);
  });

  it('does not throw on text that is all noise', () => {
    const result = extractClipping('Home\nShare\nAdvertisement\nSubscribe\n© 2024 Example Media', 'noise.txt');
    expect(result.bodyHtml).toBe('');
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.source?.name).toBe('Example Media');
  });
});

describe('line signals', () => {
  it('recognises sentence ends in several scripts, past closing quotes', () => {
    expect(endsLikeSentence('He left.”')).toBe(true);
    expect(endsLikeSentence('他走了。')).toBe(true);
    expect(endsLikeSentence('Why now？')).toBe(true);
    expect(endsLikeSentence('Latest news')).toBe(false);
  });

  it('measures the share of lower-case words', () => {
    expect(lowercaseShare('The cat sat on the mat')).toBeCloseTo(5 / 6);
    expect(lowercaseShare('Top Stories From Around The World')).toBe(0);
    expect(lowercaseShare('北京的雪')).toBeNull();
  });

  it('counts words in unspaced scripts by characters', () => {
    expect(wordWeight('北京今年第一场雪')).toBe(4);
    expect(wordWeight('three plain words')).toBe(3);
    expect(wordStats("It's a well-known fact, 42 times")).toEqual({ weight: 6, cased: 5, lower: 4, ascii: true, tidy: true, sentenceMarks: 0, digits: true });
    expect(words("It's a well-known fact, 42 times")).toHaveLength(6);
    expect(wordStats('Señor Müller’s café, ÉTÉ 2024')).toEqual({ weight: 5, cased: 4, lower: 1, ascii: false, tidy: true, sentenceMarks: 0, digits: true });
    expect(wordStats('北京今年第一场雪 Beijing')).toEqual({ weight: 5, cased: 1, lower: 0, ascii: false, tidy: true, sentenceMarks: 0, digits: false });
  });

  it('tells prose from furniture', () => {
    const [prose, menu, headline] = splitLines(
      'The council voted on Tuesday to close the bridge for repairs.\nShare this\nCity council votes to fund repairs on older bridges',
    );
    expect(isProse(prose!)).toBe(true);
    expect(isProse(menu!)).toBe(false);
    expect(menu!.ui).toBe(true);
    expect(isProse(headline!)).toBe(false);
    expect(isHeadlineLike(headline!)).toBe(true);
  });

  it('flags picture credits and strips them from captions', () => {
    expect(hasPictureCredit('Ministers meet in Beijing. Photo: Xinhua')).toBe(true);
    expect(hasPictureCredit('Traffic is diverted. (AP Photo/Staff)')).toBe(true);
    expect(hasPictureCredit('The photo went viral after the match.')).toBe(false);
    expect(captionWithoutCredit('Old trees.Credit...Staff for The Times')).toBe('Old trees.');
  });

  it('reads bylines and dates', () => {
    expect(bylineAuthors('By Jane Doe and John Roe', 6)).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineAuthors('Posted on March 3, 2024 by the baker', 8)).toEqual(['the baker']);
    expect(bylineAuthors('Bystanders ran for cover', 4)).toBeNull();
    expect(findDate('Sept. 14, 2023')?.iso).toBe('2023-09-14');
    expect(findDate('19 November 2019')?.iso).toBe('2019-11-19');
    expect(findDate('February 30, 2024')).toBeNull();
    expect(isDateLine('3 hours ago', 3)).toBe(true);
    expect(isDateLine('The vote took place on May 7, 2024, after a long debate in the chamber.', 16)).toBe(false);
  });

  it('knows comment headers, rights notices and button rows', () => {
    expect(isCommentsHeader('12 Comments', 2)).toBe(true);
    expect(isCommentsHeader('Leave a Reply Cancel reply', 5)).toBe(true);
    expect(isCommentsHeader('Comments from the minister surprised everyone in the room', 9)).toBe(false);
    expect(isCopyrightLine('Copyright 2024 The Associated Press. All rights reserved.')).toBe(true);
    expect(isCopyrightLine('Image copyright Getty Images')).toBe(false);
    expect(isUiLine('Share this with Facebook')).toBe(true);
  });

  it('guesses the language cheaply', () => {
    expect(guessLanguage('The minister said that the plan was ready and it is the best one for the city.')).toBe('en');
    expect(guessLanguage('Der Minister sagte, dass der Plan nicht fertig ist und die Stadt auf ein Ergebnis wartet.')).toBe('de');
    expect(guessLanguage('Министр сказал, что план готов и город ждёт результата.')).toBe('ru');
  });
});

describe('list runs', () => {
  it('marks numbered rows and lists introduced by a colon, not menus', () => {
    const lines = splitLines(
      ['Home', 'News', 'Sport', 'The calendar for the season:', 'Opening race in March', 'Second race in April',
        'Paragraph text that goes on for a while and ends like a sentence does.', '1. First step', '2. Second step', '3. Third step'].join('\n'),
    );
    const runs = itemRuns(lines);
    expect(runs.slice(0, 4)).toEqual([false, false, false, false]);
    expect(runs.slice(4, 6)).toEqual([true, true]);
    expect(runs.slice(7)).toEqual([true, true, true]);
  });
});

describe('teaser lists', () => {
  it('marks three or more headline + summary pairs', () => {
    const pair = (n: number) => [`Town ${n} opens a new museum downtown`, `The museum in town ${n} shows local history and art.`];
    const lines = splitLines([...pair(1), ...pair(2), ...pair(3), 'The end of the page has some words in it too.'].join('\n'));
    expect(teaserRuns(lines)).toEqual([true, true, true, true, true, true, false]);
    expect(teaserRuns(splitLines([...pair(1), ...pair(2)].join('\n')))).toEqual([false, false, false, false]);
  });

  it('treats legal boilerplate as a rights notice', () => {
    expect(isCopyrightLine('This document is subject to copyright. No part may be reproduced without the written permission.')).toBe(true);
    expect(isCopyrightLine('The court ruled on the copyright case on Monday.')).toBe(false);
  });
});

describe('main block', () => {
  it('picks the paragraphs and stops at the comment section', () => {
    const para = (n: number) => `Paragraph ${n} tells the reader what happened in the town when the river rose during the night.`;
    const text = ['Home', 'News', 'Sport', 'Flood hits town', para(1), para(2), 'Share', para(3), '2 Comments', para(4)].join('\n');
    const lines = splitLines(text);
    const block = findMainBlock(lines, lines.map(lineScore));
    expect(block).not.toBeNull();
    expect(lines[block!.start]!.text).toBe(para(1));
    expect(lines[block!.end]!.text).toBe(para(3));
  });

  it('drops a related headline between paragraphs and repeated furniture', () => {
    const para = (n: number) => `Paragraph ${n} tells the reader what happened in the town when the river rose during the night.`;
    const text = ['Flood hits town', para(1), 'Advertisement', para(2), 'Mayor opens new library in the old station', para(3), 'Advertisement'].join('\n\n');
    const body = bodyText(extractClipping(text).bodyHtml);
    expect(body).toBe([para(1), para(2), para(3)].join('\n\n'));
  });
});

describe('vocabulary cue', () => {
  const phrases = [
    'Photo: AP', 'Image copyright Getty Images', 'Pic by staff', 'Trees in bloom.Credit...Staff', 'Foto: dpa', 'Bild: Keystone',
    'Shutterstock', 'Traffic is diverted. (AP Photo/Staff)', 'Smith / AP', 'AFP via Getty', 'Crowds gather / EPA', 'Courtesy of the artist',
    'Reuters file photo', '(c) 2024 Example Media', 'Copyright 2024 The Paper', 'All rights reserved', 'Todos los derechos reservados',
    'Alle Rechte vorbehalten', 'No part may be reproduced without written permission', 'Fair use and fair dealing apply, see the trademark notes',
    'Not without prior written consent under the Terms of Service', 'Read our Privacy Policy and Terms of Use', 'Sign up for our newsletter',
    'Subscribe now', 'Unsubscribe at any time', 'No spam, ever', 'Straight to your inbox', 'Download the app', 'Download our app', 'Follow us',
    'Click here', 'Get more with a subscription', 'Log in', 'Login', 'Sign in', 'We use cookies', 'This site is protected by reCAPTCHA',
    'Continue reading', 'You may also like', 'Most read', 'Most popular', 'Most viewed', "Don't miss", 'Dont miss', 'Get the latest',
    'Reprints', 'Print edition', 'A version of this article appears in print', 'This article appeared in the Sunday edition',
  ];
  const clippings = ['fixtures/clippings', 'seed', 'bench/extraction/clippings']
    .map((dir) => path.join(shared, dir))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')));

  it('lets through every ASCII line that a credit, rights or promotion check flags', () => {
    const lines = [...phrases, ...clippings.flatMap((text) => splitLines(text).map((l) => l.text))];
    const flagged = lines.filter((l) => !/[^\x00-\x7f]/.test(l) && (hasPictureCredit(l) || isCopyrightLine(l) || hasPromoVocabulary(l)));
    expect(flagged.length).toBeGreaterThan(phrases.length);
    expect(flagged.filter((l) => !mayHaveFurnitureWords(l))).toEqual([]);
  });

  it('rules out ordinary lines', () => {
    expect(mayHaveFurnitureWords('The council voted on Tuesday to close the bridge for a month.')).toBe(false);
    expect(mayHaveFurnitureWords('Le conseil a voté la fermeture du pont.')).toBe(true);
  });
});

describe('repeated lines', () => {
  it('counts exact repeats of short and long lines', () => {
    const long = 'A paragraph long enough to be told apart by its length before its text is compared in full.';
    const sameLength = long.replace('A paragraph', 'A sentence.');
    expect(sameLength.length).toBe(long.length);
    expect(occurrenceCounts(['Share', long, 'Share', sameLength, long, 'share'])).toEqual([2, 2, 2, 1, 2, 1]);
  });

  it('stays exact when many long lines share one length', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `Templated line number ${String(i % 20).padStart(3, '0')} says the same thing as all the others.`);
    expect(new Set(texts.map((t) => t.length)).size).toBe(1);
    expect(occurrenceCounts(texts)).toEqual(texts.map(() => 2));
  });
});
