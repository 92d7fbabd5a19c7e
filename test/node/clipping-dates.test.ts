// Stated dates in the forms pages use, read by chrono-node; what cannot be read stays a warning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateShape, findDate, findWeekdayDate, hasLabelledDate, isDateLine, latestYearIn, numericOrder, opensWithDateline } from '../../src/ingest/clipping/dates.ts';
import { extractClipping } from '../../src/ingest/clipping/index.ts';

describe('findDate', () => {
  it.each([
    ['2024-05-07T09:30:00+02:00', '2024-05-07T07:30:00Z'],
    ['2024-05-07 09:30', '2024-05-07T09:30:00Z'],
    ['Published 2 April 2024 | Updated 3 April 2024', '2024-04-02'],
    ['Tue 12 Mar 2019 07.00 GMT', '2019-03-12T07:00:00Z'],
    ['June 4, 2024 6:12 AM UTC', '2024-06-04T06:12:00Z'],
    ['Updated 4:15 PM UTC, May 7, 2024', '2024-05-07T16:15:00Z'],
    ['Sept. 14, 2023', '2023-09-14'],
    ['Wednesday, October 24th, 2012', '2012-10-24'],
    ['Monday November 18, 2019 7:45 am PST by Joe Rossignol', '2019-11-18T15:45:00Z'],
    ['2019/11/18', '2019-11-18'],
    ['Posted: 2019.11.18 10:30', '2019-11-18T10:30:00Z'],
    ['Monday July 23, 2012 @08:24PM', '2012-07-23T20:24:00Z'],
    ['Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.', '2019-11-20'],
    ['By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health', '2019-11-18T23:30:00Z'],
  ])('reads %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('reads the update date the line labels', () => {
    expect(findDate('Published 2 April 2024 | Updated 3 April 2024')).toEqual({ iso: '2024-04-02', updatedIso: '2024-04-03' });
  });

  it('reads month names in the supported languages', () => {
    expect(findDate('Veröffentlicht am 3. März 2024, 10:00 Uhr', { language: 'de', order: 'day-first' })?.iso).toBe('2024-03-03T10:00:00Z');
    expect(findDate('Publié le 19 novembre 2019', { language: 'fr', order: 'day-first' })?.iso).toBe('2019-11-19');
    expect(findDate('12 de marzo de 2019', { language: 'es', order: 'day-first' })?.iso).toBe('2019-03-12');
    expect(findDate('12 de março de 2019', { language: 'pt', order: 'day-first' })?.iso).toBe('2019-03-12');
    expect(findDate('19 novembre 2019', { language: 'it', order: 'day-first' })?.iso).toBe('2019-11-19');
    expect(findDate('19 november 2019', { language: 'nl', order: 'day-first' })?.iso).toBe('2019-11-19');
    expect(findDate('18 ноября 2019', { language: 'ru', order: 'day-first' })?.iso).toBe('2019-11-18');
    expect(findDate('18 листопада 2019', { language: 'ru', order: 'day-first' })?.iso).toBe('2019-11-18');
    expect(findDate('2019年11月18日 10:30', { language: 'ja' })?.iso).toBe('2019-11-18T10:30:00Z');
  });

  it('reads dates with points day first, a day-month-year with hyphens, and month names of another language than the page\'s', () => {
    expect(findDate('12.03.2019', { order: numericOrder(['12.03.2019'], 'en') })?.iso).toBe('2019-03-12');
    expect(numericOrder(['Posted 03/12/2019'], 'en')).toBe('month-first');
    expect(findDate('18-Nov-2019')?.iso).toBe('2019-11-18');
    expect(findDate('Dienstag, 12. März 2019', { language: 'en' })?.iso).toBe('2019-03-12');
    expect(findDate('2019年11月18日')?.iso).toBe('2019-11-18');
  });

  it('reads a date after a time, a poster\'s name or the word before it glued on', () => {
    expect(hasLabelledDate('Published 6:56 a.m. ET Nov. 19, 2019 | Updated 11:17 a.m. ET Nov. 19, 2019')).toBe(true);
    expect(hasLabelledDate('Posted by Jane Doe on November 19, 2019 at 6:56 am', 'published')).toBe(true);
    expect(hasLabelledDate('Jane Doe on November 19, 2019', 'published')).toBe(false);
    expect(findDate('Jane DoeNovember 19, 2019')?.iso).toBe('2019-11-19');
    expect(dateShape('By Jane DoeNov 19, 2019 6:56 AM')).toEqual({ index: 11, length: 12 });
    expect(dateShape('Jane DoeNovember')).toBeNull();
  });

  it('knows a wire dateline opening a paragraph, and not a date inside a sentence', () => {
    expect(opensWithDateline('PORT ISAAC, Cornwall, Nov. 19, 2019 — The harbour board voted on Tuesday.')).toBe(true);
    expect(opensWithDateline('NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Acme Corp. said on Tuesday.')).toBe(true);
    expect(opensWithDateline('Nov 19, 2019 (Reuters) - The harbour board voted.')).toBe(true);
    expect(opensWithDateline('The board met on November 19, 2019 — and voted to rebuild the pier.')).toBe(false);
    expect(opensWithDateline('November 19, 2019 was the day the board voted.')).toBe(false);
  });

  it('does not take the date in an address', () => {
    expect(findDate('http://example.com/2012/10/28/storm-recipes/trackback/')).toBeNull();
  });

  it('reads numeric dates in the order the page shows', () => {
    expect(findDate('07/05/2024', { order: 'day-first' })?.iso).toBe('2024-05-07');
    expect(findDate('07/05/2024', { order: 'month-first' })?.iso).toBe('2024-07-05');
    expect(numericOrder(['Posted 07/05/2024', 'Updated 21/05/2024'], 'en')).toBe('day-first');
    expect(numericOrder(['Posted 05/21/2024'], 'en')).toBe('month-first');
    expect(numericOrder(['Posted 07/05/2024'], 'de')).toBe('day-first');
  });

  it('needs a full date and a real one', () => {
    expect(findDate('3 hours ago')).toBeNull();
    expect(findDate('February 30, 2024')).toBeNull();
    expect(findDate('Nov. 18')).toBeNull();
  });

  it('tells date lines from sentences that mention a date', () => {
    expect(isDateLine('Tue 12 Mar 2019 07.00 GMT', 6)).toBe(true);
    expect(isDateLine('The vote took place on May 7, 2024, after a long debate in the chamber.', 16)).toBe(false);
    expect(isDateLine('Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.', 9)).toBe(true);
    expect(isDateLine('Best of the Capital Region 2019: Pizza', 7)).toBe(false);
  });

  it('knows a labelled date inside a longer line', () => {
    expect(hasLabelledDate("Rahul is illiterate: Jethmalani Politics news, Updated Nov 06, 2012 at 03:06pm IST")).toBe(true);
    expect(hasLabelledDate('The vote took place on May 7, 2024, after a long debate.')).toBe(false);
  });
});

describe('findWeekdayDate', () => {
  it('gives a weekday date without a year the latest year, up to the page\'s own, on which the weekday fits', () => {
    expect(findWeekdayDate('on Tuesday July 24, @05:45PM', 2012)).toBe('2012-07-24T17:45:00Z');
    // 24 July was a Tuesday in 2012 and in 2018, not in 2013-2017.
    expect(findWeekdayDate('on Tuesday July 24, @05:45PM', 2017)).toBe('2012-07-24T17:45:00Z');
    expect(findWeekdayDate('on Tuesday July 24, @05:45PM', 2019)).toBe('2018-07-24T17:45:00Z');
    expect(findWeekdayDate('Tue 24 Jul', 2012)).toBe('2012-07-24');
  });

  it('needs a weekday and a year on the page', () => {
    expect(findWeekdayDate('July 24, 05:45PM', 2012)).toBeNull();
    expect(findWeekdayDate('on Tuesday July 24', null)).toBeNull();
    expect(latestYearIn(['© 1997-2012 Example Inc.', 'In 2031 the plan ends'], new Date('2013-01-01'))).toBe(2012);
  });
});

describe('stated dates in a clipping', () => {
  const page = (dateLine: string) => [
    'Harbour ferry returns after a winter of repairs',
    'The island service resumes with a rebuilt engine and a new timetable for the summer.',
    dateLine,
    '',
    'The ferry that links the island to the harbour sailed again on Monday morning after four months in dry dock, carrying the first commuters of the season.',
    '',
    'Engineers replaced the engine and the steering gear, and the operator says the crossing will now take twelve minutes instead of fifteen.',
  ].join('\n');

  it('takes the published and updated dates from the header', () => {
    const read = extractClipping(page('Published 2 April 2024 | Updated 3 April 2024'));
    expect(read.published).toBe('2024-04-02');
    expect(read.updated).toBe('2024-04-03');
  });

  it('warns about a date line it cannot read', () => {
    const read = extractClipping(page('3 hours ago'));
    expect(read.published).toBeNull();
    expect(read.warnings.join('\n')).toContain('the date "3 hours ago" could not be read');
  });

  it('takes the dateline by the headline over dates in related lists, the body and the comments', () => {
    const text = [
      'Most read',
      'Council approves the new harbour wall',
      '3 March 2024',
      'Bus lanes extended to the airport',
      '1 March 2024',
      'Harbour ferry returns after a winter of repairs',
      'The island service resumes with a rebuilt engine and a new timetable for the summer.',
      'By Jane Doe',
      'Tue 2 Apr 2024 07.00 BST',
      '',
      'The ferry that links the island to the harbour sailed again on Monday morning, four months after it went into dry dock on 4 December 2023.',
      '',
      'Engineers replaced the engine and the steering gear, and the operator says the crossing will now take twelve minutes instead of fifteen.',
      '',
      '2 Comments',
      'Sam on April 5, 2024 at 9:12 am said:',
      'Good news for the island, at last.',
    ].join('\n');
    expect(extractClipping(text).published).toBe('2024-04-02T06:00:00Z');
  });

  it('reads a dateline that sits a few lines into the body, and a labelled date in a longer line', () => {
    const base = page('');
    const photo = base.replace('\n\nThe ferry that links', '\n\nThe ferry at the quay. (Photo: Harbour Board)\nBy Jane Doe - Staff Writer 2024-04-02T09:30:00Z Transport\n\nThe ferry that links');
    expect(extractClipping(photo).published).toBe('2024-04-02T09:30:00Z');
    const labelled = page('Harbour ferry returns after a winter of repairs Transport news, Updated Apr 02, 2024 at 03:06pm GMT');
    expect(extractClipping(labelled).published).toBe('2024-04-02T15:06:00Z');
  });

  it('reads a weekday date without a year, and says the year was worked out', () => {
    const read = extractClipping(`${page('posted by jdoe on Tuesday April 2, @07:15AM')}\n\n© 2024 Harbour Post`);
    expect(read.published).toBe('2024-04-02T07:15:00Z');
    expect(read.warnings.join('\n')).toContain('gives no year: read as 2024');
  });

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const pad = (n: number) => String(n).padStart(2, '0');
  /** Ways pages state one day (a 24-hour clock time at 07:00 UTC where they give a time). */
  const FORMS: Array<(d: Date) => string> = [
    (d) => d.toISOString().replace('.000Z', 'Z'),
    (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    (d) => `Published ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} | Updated ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    (d) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()} 07.00 GMT`,
    (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} 7:00 AM UTC`,
    // AP style: short month names written out, the others cut to three letters and a point.
    (d) => `Updated 7:00 AM UTC, ${MONTHS[d.getUTCMonth()]!.length <= 5 ? MONTHS[d.getUTCMonth()] : `${MONTHS[d.getUTCMonth()]!.slice(0, 3)}.`} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
    (d) => `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`,
    (d) => `Posted on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} by Jane Doe`,
  ];

  it('property: any common form of a date in the dateline is read to the same day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), fc.nat(FORMS.length - 1), (day, form) => {
        const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7));
        const read = extractClipping(page(FORMS[form]!(d)));
        expect(read.published?.slice(0, 10)).toBe(d.toISOString().slice(0, 10));
      }),
      { numRuns: 80 },
    );
  });

  it('reads a date set as a calendar badge, one part a line', () => {
    const text = ['Nov', '01', '2012', 'Harbour ferry returns after a winter of repairs', 'By Jane Doe', '', page('').split('\n').slice(4).join('\n')].join('\n');
    expect(extractClipping(text).published).toBe('2012-11-01');
  });

  it('reads the publication date a post\'s footer states, in a line or in the sentence that closes the body', () => {
    const body = page('').split('\n').filter((l) => l !== '');
    const teasers = ['', 'More from the coast', 'Council approves the new harbour wall', 'March 3, 2024'];
    const sentence = [...body, '', 'This entry was posted on Tuesday, April 2nd, 2024 at 9:15 am and is filed under Transport. You can follow any responses to this entry through the RSS 2.0 feed.', ...teasers];
    expect(extractClipping(sentence.join('\n')).published).toBe('2024-04-02T09:15:00Z');
    const line = [...body, '', 'Posted April 2, 2024 in Transport', ...teasers];
    expect(extractClipping(line.join('\n')).published).toBe('2024-04-02');
  });

  it('reads a calendar badge without a year, taking the year from the page\'s latest date, and says so', () => {
    const post = (badge: string[], after: string[]) => [...badge, page('').split('\n')[0]!, '', ...page('').split('\n').slice(3), '', ...after].join('\n');
    const comments = ['3 Comments', 'Sam says:', 'January 5, 2025 at 9:12 am', 'Good news for the island, at last.'];
    const read = extractClipping(post(['Jun', '28'], comments));
    expect(read.published).toBe('2024-06-28');
    expect(read.warnings.join('\n')).toContain('gives no year: read as 2024');
    expect(extractClipping(post(['28', 'Jun'], ['Comments', 'Sam says:', 'July 5, 2024 at 9:12 am', 'Good news.'])).published).toBe('2024-06-28');
    // Nothing on the page gives a year: no date.
    expect(extractClipping(post(['Jun', '28'], [])).published).toBeNull();
  });

  it('reads a wire dateline opening the body, a poster\'s footer line and a byline with the date glued on', () => {
    const body = page('').split('\n').filter((l) => l !== '');
    const [headline, deck, first, ...rest] = body;
    expect(extractClipping([headline, deck, '', `PORT ISAAC, Cornwall, April 2, 2024 — ${first}`, '', ...rest].join('\n')).published).toBe('2024-04-02');
    expect(extractClipping([...body, '', 'Posted by Jane Doe on April 2, 2024 at 9:15 am', 'Filed under: Ferries'].join('\n')).published).toBe('2024-04-02T09:15:00Z');
    expect(extractClipping(page('Jane DoeApril 2, 2024')).published).toBe('2024-04-02');
  });

  it('takes the date labelled as the publication over one labelled as an update above it', () => {
    const read = extractClipping(page('Updated: April 3, 2024\nPublished: April 2, 2024'));
    expect(read.published).toBe('2024-04-02');
    expect(read.updated).toBe('2024-04-03');
  });

  it('takes a date the page states far from the headline only when no other date line names another day', () => {
    const lone = `${page('')}\n\nUpdated April 2, 2024, 7:10 p.m. ET\n\nMore from the coast`;
    expect(extractClipping(lone).published).toBe('2024-04-02T23:10:00Z');
    const teasers = `${lone}\n\nCouncil approves the new harbour wall\nMarch 3, 2024`;
    expect(extractClipping(teasers).published).toBeNull();
  });
});
