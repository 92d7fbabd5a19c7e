// The sample folder's summary-only article (curated/community-fridges-winter.md), as the Worker
// serves it: every feed carries its note and summary, never its body, and its body pack slot is empty.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { assetsSource, type AssetsBinding } from '../../src/catalog/asset-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';

const BASE = 'https://reader.example';
const SLUG = 'community-fridges-winter';
const TITLE = 'The community fridges that kept a city fed through winter';
// A sentence of that file's body.
const BODY_WORDS = 'outside a launderette on Ferry Road';

const between = (text: string, from: string, to: string) => {
  const start = text.indexOf(from);
  return start < 0 ? '' : text.slice(start, text.indexOf(to, start));
};

describe('a summary-only article in workerd', () => {
  it('has no body in RSS, Atom or JSON Feed, only the note, the summary and the link to the original', async () => {
    const entries = {
      rss: between(await (await SELF.fetch(`${BASE}/feed.xml`)).text(), `${TITLE}</title>`, '</item>'),
      atom: between(await (await SELF.fetch(`${BASE}/atom.xml`)).text(), `${TITLE}</title>`, '</entry>'),
      json: JSON.stringify((await (await SELF.fetch(`${BASE}/feed.json`)).json() as { items: { url: string }[] }).items.find((i) => i.url.endsWith(`/articles/${SLUG}`))),
    };
    for (const [format, entry] of Object.entries(entries)) {
      expect(entry, format).toContain('Editor’s note');
      expect(entry, format).toContain('(The editors): A rare piece that counts the');
      expect(entry, format).toContain('Read the full article at The Example Gazette');
      expect(entry, format).not.toContain(BODY_WORDS);
    }
  });

  it('has an empty body in the published packs and none on its page', async () => {
    const reader = new PublishedReader(assetsSource((env as unknown as { ASSETS: AssetsBinding }).ASSETS));
    const entry = (await reader.article(SLUG))!;
    expect(entry.fullText).toBe(false);
    expect(await reader.body(entry)).toBe('');
    const page = await (await SELF.fetch(`${BASE}/articles/${SLUG}`)).text();
    expect(page).toContain('class="editor-note"');
    expect(page).not.toContain(BODY_WORDS);
  });
});
