import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './support/console.ts';
import { runAdd } from '../../src/cli/add-command.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { DEFAULT_SITE } from '../../src/site.ts';

const paste = `Harbour ferry returns after winter

The little harbour ferry is running again after four months in dry dock, the operator said on Monday. Regulars
queued from seven in the morning to ride the first crossing, and the café on the pier sold out of buns by nine.

Timetables are posted at both landings and online.
`;

const read = (path: string) => {
  const when = new Date('2024-01-01T00:00:00Z');
  return ingestFile({ path, bytes: readFileSync(path), dates: { created: when, modified: when, origin: 'git' } }, DEFAULT_SITE).article;
};

describe('curate add', () => {
  const { printed } = captureConsole();

  it('saves a paste from standard input under a slug of its title and shows what was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    const result = runAdd({ source: '-', dir, stdin: () => Buffer.from(paste) });
    expect(result.status).toBe(0);
    expect(result.path).toBe(join(dir, 'harbour-ferry-returns-after-winter.txt'));
    expect(readFileSync(result.path!, 'utf8')).toBe(paste);
    expect(printed()).toMatch(/title: +Harbour ferry returns after winter/);
    expect(printed()).toMatch(/body: +\d+ words/);
    expect(printed()).toMatch(/warning: no date found: using today/);
  });

  it('copies a file, sets front matter from the flags and never overwrites an existing name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    const source = join(mkdtempSync(join(tmpdir(), 'curate-src-')), 'draft notes.md');
    writeFileSync(source, '---\ntitle: Old title\ntags:\n  - stale\n---\n\nA Markdown article with enough words in it to count as a real body for the feed readers out there.\n');
    const first = runAdd({ source, dir, title: 'Night ferry: a review', tags: 'Travel, Boats', url: 'https://example.org/ferry', date: '2024-05-07' });
    expect(first).toEqual({ status: 0, path: join(dir, 'night-ferry-a-review.md') });
    expect(read(first.path!)).toMatchObject({
      title: 'Night ferry: a review',
      tags: ['Travel', 'Boats'],
      url: 'https://example.org/ferry',
      published: '2024-05-07T00:00:00Z',
    });
    expect(readFileSync(first.path!, 'utf8')).not.toMatch(/Old title|stale/);
    // Another article under the same title (the same article again is refused: editors-work.test.ts).
    const other = join(mkdtempSync(join(tmpdir(), 'curate-src-')), 'other.md');
    writeFileSync(other, 'A different Markdown article about the night ferry, with enough words in it to count as a real body.\n');
    const second = runAdd({ source: other, dir, title: 'Night ferry: a review' });
    expect(second.path).toBe(join(dir, 'night-ferry-a-review-2.md'));
    expect(printed()).toMatch(/night-ferry-a-review\.md was taken/);
    expect(readdirSync(dir).sort()).toEqual(['night-ferry-a-review-2.md', 'night-ferry-a-review.md']);
  });

  it('adds nothing when a flag or the source is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    expect(runAdd({ source: '-', dir, stdin: () => Buffer.from(paste), date: 'someday' })).toEqual({ status: 1, path: null });
    expect(runAdd({ source: '-', dir, stdin: () => Buffer.from('  \n') })).toEqual({ status: 1, path: null });
    expect(runAdd({ source: join(dir, 'missing.md'), dir })).toEqual({ status: 1, path: null });
    expect(readdirSync(dir)).toEqual([]);
    expect(printed()).toMatch(/--date "someday" is not a date I can read.*nothing was added/);
  });
});
