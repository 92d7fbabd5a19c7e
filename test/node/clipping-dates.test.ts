// Stated dates in the forms pages use, read by chrono-node; what cannot be read stays a warning.
import { describe, expect, it } from 'vitest';
import { findDate, isDateLine, numericOrder } from '../../src/ingest/clipping/dates.ts';
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
});
