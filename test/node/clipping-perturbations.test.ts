// The header reading must not hang on one page's exact layout: each fixture (and the seed article)
// is perturbed the way other sites and other pastes differ, and must still give the same title,
// summary and tags.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { leadSummary } from '../../src/ingest/summary.ts';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const fixtureDir = path.join(shared, 'fixtures/clippings');

const pages: Array<{ name: string; text: string }> = [
  ...readdirSync(fixtureDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(path.join(fixtureDir, f), 'utf8') })),
  { name: 'seed', text: readFileSync(path.join(shared, 'seed/000_395ba05313c22838.txt'), 'utf8') },
];

interface Reading { title: string | null; summary: string | null; tags: string[] }

/** What readers see: the standfirst, or else the body's lead. */
function read(text: string): Reading {
  const r = extractClipping(text, 'perturbed.txt');
  const body = [...r.bodyHtml.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!).join('\n\n');
  return { title: r.title, summary: r.summary ?? leadSummary(body), tags: r.tags.map((t) => t.toLowerCase()).sort() };
}

/** Replaces the one line whose text (trimmed) is `line`. */
function replaceLine(text: string, line: string, by: string[]): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === line);
  if (at < 0) throw new Error(`line not found: ${line}`);
  lines.splice(at, 1, ...by);
  return lines.join('\n');
}

const EXTRA_WORDS = 'according to the people who have followed the plans closely over the past several months in the region'.split(' ');

/** The standfirst with its last third of words dropped, or a third more words inserted before its end. */
function resized(standfirst: string, factor: number): string {
  const words = standfirst.replace(/[.!?]$/u, '').split(' ');
  const change = Math.max(1, Math.round(words.length / 3));
  const end = /[.!?]$/u.test(standfirst) ? standfirst.slice(-1) : '';
  if (factor < 1) return `${words.slice(0, words.length - change).join(' ').replace(/[,;:]$/u, '')}${end}`;
  return `${[...words, ...EXTRA_WORDS.slice(0, change)].join(' ')}${end}`;
}

const MENU = ['Home', 'News', 'Sport', 'Weather', 'About us', 'Contact us', 'Privacy policy', 'Terms of use', 'Cookie settings'];

/** A blog's sidebar of other posts, each with its date. */
const RECENT_POSTS = ['Recent Posts', 'Lighthouse keepers remember the long winter', 'Nov 01, 2012', 'Coffee at the harbour café', 'Oct 30, 2012', 'Storm season starts early this year', 'Oct 29, 2012'];

const RELATED = ['Related Stories', 'Ferry timetable changes for the winter', 'Lighthouse open day draws a crowd at the harbour'];
/** Comments under the article, each with its name, date and reply link. */
const COMMENT_THREAD = [
  '3 Comments', 'Jane Roe', 'November 12, 2012 at 5:30 am', 'Reply', 'What a lovely piece, thank you for writing it and for all the detail.',
  'Sam Poe', 'November 13, 2012 at 9:10 am', 'Reply', 'I was there last week and it is just as you describe, only colder than I expected.',
];

const LAYOUT_CHANGES: Array<[string, (text: string) => string]> = [
  ['blank lines removed', (t) => t.replace(/\n\s*\n/g, '\n')],
  ['blank lines doubled', (t) => t.replace(/\n/g, '\n\n')],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['leading spaces', (t) => t.split('\n').map((l, i) => (i % 2 ? `  ${l}` : `\t${l}`)).join('\n')],
  ['trailing menu lines', (t) => `${t.trimEnd()}\n${MENU.join('\n')}\n`],
  ['share buttons the copy glued together at the top', (t) => `RSSFollow us on Twitter\nShareTweetEmail\n${t}`],
  ['a list of recent posts with their dates at the top', (t) => `${RECENT_POSTS.join('\n')}\n${t}`],
  ['a "Related Stories" box at the top', (t) => `${RELATED.join('\n')}\n${t}`],
  ['a comment thread after the article', (t) => `${t.trimEnd()}\n${COMMENT_THREAD.join('\n')}\n`],
];

const LABELS = ['Mining', 'Rural schools', 'Central Asia policy', 'Bridges and road safety'];

/** Bylines as other sites print them, put under the headline: the headline and summary stay. */
const BYLINES: Array<[string, string[]]> = [
  ['label, name and author link on three lines', ['Posted by', 'Jane Roe |', 'View all posts by Jane Roe']],
  ['"By:" with a dateline', ['By: Jane Roe on November 12th, 2012 at 5:30 am']],
  ['a news agency', ['The Associated Press']],
  ['a name and a dateline, then share buttons', ['Jane Roe on November 8, 2012, 12:00 AM', 'Share', 'Tweet']],
  ['an uncredited caption under it', ['The mayor (left) is pictured at the opening of the new hall']],
];
/** Template labels a "select all" copy picks up (HTML comments, hidden headings). */
const TEMPLATE_LABELS = ['jump to navigation', 'wrap starts here', 'Left Sidebar', 'article right start here'];

for (const page of pages) {
  describe(`perturbed ${page.name}`, () => {
    const base = read(page.text);

    it('has a title, a standfirst and tags to keep', () => {
      expect(base.title).toBeTruthy();
      expect(base.summary).toBeTruthy();
    });

    for (const [name, change] of LAYOUT_CHANGES) {
      it(`${name}: same title, summary and tags`, () => {
        expect(read(change(page.text))).toEqual(base);
      });
    }

    for (const [name, factor] of [['standfirst shortened by a third', 2 / 3], ['standfirst lengthened by a third', 4 / 3]] as const) {
      it(`${name}: same title and tags, the new standfirst as summary`, () => {
        const standfirst = resized(base.summary!, factor);
        const got = read(replaceLine(page.text, base.summary!, [standfirst]));
        expect(got).toEqual({ ...base, summary: standfirst });
      });
    }

    for (const [name, byline] of BYLINES) {
      it(`byline under the headline (${name}): same title and summary`, () => {
        const got = read(replaceLine(page.text, base.title!, [base.title!, ...byline]));
        expect({ title: got.title, summary: got.summary }).toEqual({ title: base.title, summary: base.summary });
      });
    }

    it('template labels around the headline: same title, summary and tags', () => {
      const [top, ...around] = TEMPLATE_LABELS;
      const got = read(`${top}\n${replaceLine(page.text, base.title!, [around[0]!, base.title!, ...around.slice(1)])}`);
      expect(got).toEqual(base);
    });

    // A page with a topic label gets labels of other lengths in its place; one without gets a label
    // above the headline and again before the body.
    const lines = page.text.split('\n').map((l) => l.trim());
    const ownLabel = base.tags.find((tag) => lines.filter((l) => l.toLowerCase() === tag).length >= 2);
    for (const label of LABELS) {
      it(`topic label of ${label.split(' ').length} word(s) above the headline and before the body: a tag, the rest unchanged`, () => {
        let text: string;
        let tags: string[];
        if (ownLabel) {
          text = page.text.split('\n').map((l) => (l.trim().toLowerCase() === ownLabel ? label : l)).join('\n');
          tags = [...base.tags.filter((t) => t !== ownLabel), label.toLowerCase()].sort();
        } else {
          text = replaceLine(replaceLine(page.text, base.title!, [label, base.title!]), base.summary!, [base.summary!, '', label, '']);
          tags = [...base.tags, label.toLowerCase()].sort();
        }
        expect(read(text)).toEqual({ ...base, tags });
      });
    }
  });
}
