// Synthetic curated folders for the build benchmark: N Markdown articles of 600 words, 2 tags,
// front matter, generated deterministically so every run and every builder reads the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'the of and a to in is that it was for on are as with his they at be this from have or by one had not but what all were when we ' +
  'there can an your which their said if do will each about how up out them then she many some so these would other into has more ' +
  'her two like him see time could no make than first been its who now people my made over did down only way find use may water ' +
  'long little very after words called just where most know city council harbour market river station bakery library museum ' +
  'festival railway energy tidal garden school teacher doctor nurse farmer engineer painter writer editor reader morning evening'
).split(' ');
const TAGS = ['Food', 'Travel', 'Energy', 'Cities', 'Science', 'Books', 'Music', 'Health', 'Trains', 'Farming', 'Art', 'Weather'];

/** A small seeded generator (mulberry32) so the folder is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const n = 8 + Math.floor(next() * 10);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** One article: front matter (title, date, tags) and a body of exactly `words` words in paragraphs. */
export function syntheticArticle(index: number, words = 600): { name: string; text: string } {
  const next = random(index + 1);
  const body: string[] = [];
  let paragraph: string[] = [];
  let count = 0;
  while (count < words) {
    let s = sentence(next);
    const n = s.split(' ').length;
    if (count + n > words) s = `${s.split(' ').slice(0, words - count).join(' ').replace(/\.?$/, '.')}`;
    paragraph.push(s);
    count += Math.min(n, words - count);
    if (paragraph.length >= 5 || count >= words) {
      body.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  const tagA = TAGS[index % TAGS.length]!;
  const tagB = TAGS[(index * 7 + 3) % TAGS.length]!;
  const tags = tagA === tagB ? [tagA, TAGS[(index + 1) % TAGS.length]!] : [tagA, tagB];
  // Ten minutes apart, so even 100,000 articles end years before today (no future dates).
  const day = new Date(Date.UTC(2020, 0, 1) + index * 600_000);
  const title = `Article ${index}: ${sentence(next).slice(0, 40).replace(/[.\s]+$/, '')}`;
  const text = [
    '---',
    `title: "${title}"`,
    `date: ${day.toISOString().replace(/\.000Z$/, 'Z')}`,
    `tags: [${tags.join(', ')}]`,
    '---',
    '',
    ...body.flatMap((p) => [p, '']),
  ].join('\n');
  return { name: `article-${String(index).padStart(5, '0')}.md`, text };
}

/** Writes articles [from, to) into `dir`. */
export function writeSyntheticArticles(dir: string, from: number, to: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) {
    const { name, text } = syntheticArticle(i);
    writeFileSync(join(dir, name), text);
  }
}
