// Images published from curated/ (the repository's café picture) as the Worker serves them from
// its static assets: the same type, cache policy, ETag and bytes as Node.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const BASE = 'https://reader.example';

async function cafeImage(): Promise<string> {
  const page = await (await SELF.fetch(`${BASE}/articles/cafe-owners-reopen`)).text();
  const src = /<img src="([^"]+)" alt="Six red stools at the counter of a small café" width="240" height="140"/.exec(page)?.[1];
  expect(src).toMatch(/^https:\/\/reader\.example\/images\/[0-9a-f]{20}\.png$/);
  return src!;
}

describe('images from curated/ in workerd', () => {
  it('the article page names the picture at an absolute address, and the feeds do too', async () => {
    const src = await cafeImage();
    const feed = (await (await SELF.fetch(`${BASE}/feed.json`)).json()) as { items: { content_html: string }[] };
    expect(feed.items.some((item) => item.content_html.includes(`src="${src}"`))).toBe(true);
  });

  it('is a PNG of its own bytes, cached for good, with an ETag; 304 and HEAD read nothing', async () => {
    const src = await cafeImage();
    const res = await SELF.fetch(src);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = res.headers.get('etag')!;
    expect(src).toContain(`/images/${etag.slice(1, -1)}.png`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    expect([...digest].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 20)).toBe(etag.slice(1, -1));

    const again = await SELF.fetch(src, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await SELF.fetch(src, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    await head.arrayBuffer();
  });

  it('serves nothing else from /images/', async () => {
    for (const path of ['/images/catalog.json', `/images/${'0'.repeat(20)}.png`, '/images/..%2Fmanifest.json', '/images/']) {
      const res = await SELF.fetch(`${BASE}${path}`);
      expect(res.status, path).toBe(404);
      await res.arrayBuffer();
    }
  });
});
