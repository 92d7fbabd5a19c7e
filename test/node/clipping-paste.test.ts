// Pastes in other shapes than a browser's "select all" read the same; paragraphs about code stay.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { normalizePaste } from '../../src/ingest/clipping/normalize-paste.ts';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const wire = readFileSync(path.join(shared, 'fixtures/clippings/wire-bridge.txt'), 'utf8');

function paragraphs(bodyHtml: string): string[] {
  return [...bodyHtml.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** Wraps every line longer than `width` at spaces, as mail clients and terminals do. */
function hardWrap(text: string, width = 72): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out.join('\n');
  }).join('\n');
}

describe('paste normalisation', () => {
  it('re-joins text hard-wrapped at 72 columns', () => {
    const article = [
      'Night trains return to the timetables of Europe',
      '',
      'Operators are adding sleeper services on routes that were cut a decade ago, and travellers are filling them faster than expected across the continent.',
      '',
      'The first new service left Brussels on Monday evening with every couchette sold, the operator said, and two more routes will open before the summer holidays begin.',
      '',
      'Rail companies say the demand comes from travellers who want to avoid short flights, and from families who find a night in a cabin cheaper than a hotel room.',
      '',
      'Tickets for the summer are already scarce, and the operators have asked the manufacturers to deliver the next sleeping cars sooner than planned.',
    ].join('\n');
    const wrapped = hardWrap(article);
    expect(wrapped.split('\n').every((l) => l.length <= 72)).toBe(true);
    const read = extractClipping(wrapped);
    const plain = extractClipping(article);
    expect(read.title).toBe('Night trains return to the timetables of Europe');
    expect(paragraphs(read.bodyHtml)).toEqual(paragraphs(plain.bodyHtml));
    expect(paragraphs(read.bodyHtml).length).toBeGreaterThanOrEqual(3);
  });

  it('property: re-wrapping an article at any width from 50 to 100 columns gives the same paragraphs', () => {
    const sentences = [
      'Operators are adding sleeper services on routes that were cut a decade ago.',
      'Travellers are filling them faster than expected, from Brussels to Vienna and beyond.',
      'The first new service left on Monday evening with every couchette sold, the operator said.',
      'Rail companies say the demand comes from travellers who want to avoid short flights.',
      'Families find a night in a cabin cheaper than a hotel room and a morning flight together.',
      'Tickets for the summer are already scarce across most of the network this year.',
      'Manufacturers have been asked to deliver the next sleeping cars sooner than planned.',
      'Some routes will run every night, others three times a week until the autumn timetable.',
      'Cabins sleep up to six people.',
    ];
    // A paragraph of running text has a sentence longer than a line (a text of one short sentence a
    // line, each ending at the margin, reads the same wrapped or not: there is nothing to re-join).
    const long = [
      'The longest route, from Amsterdam to Zurich by way of Cologne and Basel, takes thirteen hours and stops at nine stations along the Rhine before dawn.',
      'Critics point out that the trains are slower than planes and more expensive than buses, but the operators say the passengers they carry care more about arriving rested in the centre of a city than about the price of the ticket.',
    ];
    const paragraph = fc.tuple(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }), fc.constantFrom(...long), fc.nat(3))
      .map(([short, longOne, at]) => [...short.slice(0, at), longOne, ...short.slice(at)].join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 4, maxLength: 7 }), fc.integer({ min: 50, max: 100 }), (paras, width) => {
        const article = ['Night trains return to the timetables of Europe', '', ...paras.flatMap((p) => [p, ''])].join('\n');
        const wrapped = hardWrap(article, width);
        expect(normalizePaste(wrapped).split('\n').filter((l) => l !== '')).toEqual(article.split('\n').filter((l) => l !== ''));
      }),
      { numRuns: 60 },
    );
  });

  it('splits a one-line paste into paragraphs', () => {
    const sentence = (n: number) => `Sentence ${n} of the story tells the reader something new about the harbour ferry and the people who use it every day.`;
    const oneLine = Array.from({ length: 24 }, (_, i) => sentence(i + 1)).join(' ');
    expect(oneLine.includes('\n')).toBe(false);
    const body = paragraphs(extractClipping(oneLine).bodyHtml);
    expect(body.length).toBeGreaterThanOrEqual(3);
    expect(body.join(' ')).toBe(oneLine);
  });

  it('reads Markdown-style headings and bullets', () => {
    const text = [
      '# Four ways to keep a sourdough starter alive in winter',
      '',
      'A cold kitchen slows the yeast, but a few small changes keep a starter lively until spring comes back.',
      '',
      'Most starters slow down when the kitchen drops below twenty degrees, and bakers often blame the flour before they look at the thermometer.',
      '',
      '## What to change',
      '',
      '- Move the jar to a warm shelf near the oven',
      '- Feed it twice a day instead of once',
      '- Use water at room temperature',
      '',
      'With these changes most starters recover within a week, and the bread rises again as it did in the summer months.',
    ].join('\n');
    const read = extractClipping(text);
    expect(read.title).toBe('Four ways to keep a sourdough starter alive in winter');
    expect(read.bodyHtml).toContain('<ul>\n<li>Move the jar to a warm shelf near the oven</li>\n<li>Feed it twice a day instead of once</li>\n<li>Use water at room temperature</li>\n</ul>');
    expect(read.bodyHtml).not.toContain('#');
  });

  it('halves blank lines when every line is followed by one', () => {
    expect(normalizePaste('a\n\nb\n\nc\n\n\n\nd\n\ne\n\nf\n\ng')).toBe('a\nb\nc\n\nd\ne\nf\ng');
  });

  it('leaves a select-all copy as it is', () => {
    expect(normalizePaste(wire)).toBe(wire);
  });
});

describe('paragraphs that mention code', () => {
  it('keeps a paragraph that names <em> or {}', () => {
    const code = 'To stress a word, wrap it in <em> and </em>; an empty object in JavaScript is written {} and an empty list [].';
    const text = wire.replace('Replacement bearings have been ordered', `${code}\n\nReplacement bearings have been ordered`);
    const body = paragraphs(extractClipping(text).bodyHtml);
    expect(body).toContain(code);
  });

  it('drops page source left in the text', () => {
    const source = '<li><a href="https://example.org/tag/bridges" title="All about bridges" style="color: #99BBFF;">Bridges</a></li>';
    const script = "if (typeof ord=='undefined') {ord=Math.random()*10000000000000000;} document.write('<script src=x></script>');";
    const text = wire.replace('Replacement bearings have been ordered', `${source}\n\n${script}\n\nReplacement bearings have been ordered`);
    const body = paragraphs(extractClipping(text).bodyHtml).join('\n');
    expect(body).not.toContain('href=');
    expect(body).not.toContain('Math.random');
    expect(body).toContain('Replacement bearings have been ordered');
  });
});
