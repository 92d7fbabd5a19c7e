import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/ingest/page/index.ts';
import { parsePage } from '../../src/ingest/page/parse-page.ts';
import { removeUnlikelyBlocks } from '../../src/ingest/page/unlikely-blocks.ts';

const sentence = (topic: string, i: number) =>
  `<p>Sentence ${i} about ${topic} explains, in plain words, what the council decided on Tuesday and why it matters.</p>`;
const prose = (topic: string, n: number) => Array.from({ length: n }, (_, i) => sentence(topic, i + 1)).join('');

describe('removeUnlikelyBlocks', () => {
  it("drops the blocks Readability's first pass calls unlikely and keeps the rest", () => {
    const document = parsePage(`<body>
      <div class="comment-list"><p>First!</p></div>
      <div id="sidebar-left"><p>Popular stories</p></div>
      <div role="complementary"><p>More</p></div>
      <div class="main-content comments"><p>kept: "content" overrides "comment"</p></div>
      <table><tr><td><div class="sidebar"><p>kept inside a table</p></div></td></tr></table>
      <a class="social" href="/s">kept: a link</a>
      <article><p>The story</p></article></body>`);
    expect(removeUnlikelyBlocks(document.body)).toBe(true);
    const text = document.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).not.toMatch(/First!|Popular stories|More/);
    expect(text).toContain('kept: "content" overrides "comment"');
    expect(text).toContain('kept inside a table');
    expect(text).toContain('kept: a link');
    expect(text).toContain('The story');
  });

  it('reports that nothing was removed from a page without such blocks', () => {
    const document = parsePage('<body><article><p>The story</p></article></body>');
    expect(removeUnlikelyBlocks(document.body)).toBe(false);
    expect(document.body.textContent).toContain('The story');
  });
});

describe('extractPage with unlikely blocks', () => {
  it('leaves the comment thread out of the article', () => {
    const page = extractPage(`<html><head><title>Bridge</title></head><body>
      <article class="post">${prose('the bridge', 8)}</article>
      <div id="comments">${prose('a reader comment', 12)}</div></body></html>`);
    expect(page.bodyHtml).toContain('about the bridge');
    expect(page.bodyHtml).not.toContain('reader comment');
  });

  it('reads the whole page again when the blocks left hold too little text, as Readability does', () => {
    // The only prose sits in a block named "extra": the first pass finds no article without it.
    const page = extractPage(`<html><head><title>Ferry</title></head><body>
      <div class="extra-story">${prose('the ferry', 6)}</div></body></html>`);
    expect(page.bodyHtml).toContain('about the ferry');
    expect(page.warnings).toEqual([]);
  });
});
