// The lead image: its media type from the address, and never shown twice.
import { describe, expect, it } from 'vitest';
import { imageType } from '../../src/feeds/image-types.ts';
import { bodyHasImage, bodyWithImage } from '../../src/feeds/lead-image.ts';

describe('imageType', () => {
  it('reads the extension of the path, whatever the case, query or fragment', () => {
    expect(imageType('https://x.example/a/photo.JPG?w=800#top')).toBe('image/jpeg');
    expect(imageType('https://x.example/chart.png')).toBe('image/png');
    expect(imageType('https://x.example/anim.gif')).toBe('image/gif');
    expect(imageType('https://x.example/p.webp')).toBe('image/webp');
  });

  it('says nothing rather than guess', () => {
    expect(imageType('https://x.example/image?id=42')).toBeNull();
    expect(imageType('https://x.example/photo.jpg.php')).toBeNull();
    expect(imageType('https://x.example/jpg')).toBeNull();
  });
});

describe('bodyWithImage', () => {
  const item = (contentHtml: string, url = 'https://x.example/img/ferry.jpg', caption: string | null = 'The ferry & "her" crew') => ({
    contentHtml,
    image: { url, caption },
    title: 'Title',
  });

  it('puts the lead image with its caption as alt text and figcaption above the body', () => {
    const out = bodyWithImage(item('<p>Text</p>'));
    expect(out).toBe(
      '<figure><img src="https://x.example/img/ferry.jpg" alt="The ferry &amp; &quot;her&quot; crew" /><figcaption>The ferry &amp; &quot;her&quot; crew</figcaption></figure><p>Text</p>',
    );
  });

  it('uses the title as alt text when there is no caption', () => {
    expect(bodyWithImage(item('<p>Text</p>', 'https://x.example/a.png', null))).toContain('alt="Title"');
  });

  it('leaves the body alone when it already shows the same file under another address', () => {
    for (const src of [
      'https://x.example/img/ferry.jpg',
      'https://cdn.example/resized/ferry.jpg?w=640&amp;q=80',
      'https://x.example/img/ferry-1200x800.jpg',
      'https://x.example/img/ferry_w640.jpg',
    ]) {
      expect(bodyHasImage(`<p>a</p><img alt="" src="${src}">`, 'https://x.example/img/ferry.jpg'), src).toBe(true);
      expect(bodyWithImage(item(`<img src="${src}">`)), src).toBe(`<img src="${src}">`);
    }
  });

  it('compares an address with a stray % as written, rather than failing the feed', () => {
    expect(bodyHasImage('<img src="https://x.example/img/100%.jpg">', 'https://x.example/img/100%.jpg')).toBe(true);
    expect(bodyHasImage('<img src="https://x.example/img/a.jpg">', '%')).toBe(false);
  });

  it('still adds it when the body shows other pictures only', () => {
    expect(bodyHasImage('<img src="https://x.example/img/harbour.jpg">', 'https://x.example/img/ferry.jpg')).toBe(false);
    expect(bodyWithImage(item('<img src="https://x.example/img/harbour.jpg">'))).toMatch(/^<figure><img src="https:\/\/x.example\/img\/ferry.jpg"/);
  });
});
