// What a person, a search engine and a link preview see of the site's pages and files.
import { describe, expect, it } from 'vitest';
import { md, siteFrom } from './support/site.ts';
import { all, childText, parseXml } from './support/xml.ts';

const { get } = siteFrom({
  'site.yaml': 'title: Share test\ndescription: Pages to share\nauthor: Desk\nurl: https://share.example\nlogo: /logo.png\n',
  'pictured.md': md({
    title: 'Ferries & "boats"',
    date: '2024-04-12T06:45:00Z',
    tags: ['Small business', 'Islands'],
    summary: 'The ferry is back.',
    url: 'https://gazette.example/news/ferry',
    source: { name: 'The Gazette', url: 'https://gazette.example/' },
    image: { url: 'https://gazette.example/img/ferry-1200x800.jpg', caption: 'The ferry in dock' },
  }),
  'plain.md': md({ title: 'Plain', date: '2024-01-01', url: 'https://www.elsewhere.example/plain' }),
  'own.md': md({ title: 'Our own', date: '2023-06-01' }),
  'twice.md': md(
    { title: 'Twice', date: '2023-01-01', image: 'https://pics.example/lead.jpg?w=1200' },
    '<figure><img src="https://pics.example/lead.jpg" alt="Lead"></figure>\n\nA paragraph of text long enough to be an article body, with several words in it for the build.',
  ),
});

const page = async (path: string) => (await get(path)).text();

describe('pages fit for sharing', () => {
  it('puts a subscribe block with the three feeds near the top of every page, the tag\'s own on a tag page', async () => {
    for (const path of ['/', '/articles/plain', '/tags/islands']) {
      const body = await page(path);
      const block = /<nav class="subscribe"[^]*?<\/nav>/.exec(body)?.[0] ?? '';
      expect(body.indexOf(block), path).toBeLessThan(body.indexOf('<main>'));
      const prefix = path.startsWith('/tags/') ? 'https://share.example/tags/islands' : 'https://share.example';
      for (const file of ['feed.xml', 'atom.xml', 'feed.json']) expect(block, path).toContain(`href="${prefix}/${file}"`);
    }
  });

  it('gives every page a canonical address, the icon, OpenGraph and Twitter card metadata', async () => {
    const article = await page('/articles/pictured');
    expect(article).toContain('<link rel="canonical" href="https://share.example/articles/pictured">');
    expect(article).toContain('<link rel="icon" type="image/svg+xml" href="https://share.example/favicon.svg">');
    expect(article).toContain('<meta property="og:type" content="article">');
    expect(article).toContain('<meta property="og:title" content="Ferries &amp; &quot;boats&quot; · Share test">');
    expect(article).toContain('<meta property="og:description" content="The ferry is back.">');
    expect(article).toContain('<meta property="og:image" content="https://gazette.example/img/ferry-1200x800.jpg">');
    expect(article).toContain('<meta property="og:image:alt" content="The ferry in dock">');
    expect(article).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(article).toContain('<meta property="article:tag" content="Small business">');
    const home = await page('/');
    expect(home).toContain('<link rel="canonical" href="https://share.example/">');
    expect(home).toContain('<meta name="twitter:card" content="summary">');
    expect(home).toContain('<meta property="og:type" content="website">');
    expect(await page('/nowhere')).not.toContain('rel="canonical"');
  });

  it('says where an article first appeared, linking the original', async () => {
    expect(await page('/articles/pictured')).toContain('<p class="attribution">Originally published in <a href="https://gazette.example/news/ferry">The Gazette</a></p>');
    expect(await page('/articles/plain')).toContain('<p class="attribution">Originally published in <a href="https://www.elsewhere.example/plain">elsewhere.example</a></p>');
    expect(await page('/articles/own')).not.toContain('Originally published');
  });

  it('shows the lead image once, with its caption as alt text, even when the body has it under another address', async () => {
    const article = await page('/articles/pictured');
    expect(article.match(/<img /g)).toHaveLength(1);
    expect(article).toContain('alt="The ferry in dock"');
    const twice = await page('/articles/twice');
    expect(twice.match(/<img /g)).toHaveLength(1);
    const json = (await (await get('/feed.json')).json()) as any;
    const item = json.items.find((i: { title: string }) => i.title === 'Twice');
    expect(item.content_html.match(/<img /g)).toHaveLength(1);
  });

  it('serves sitemap.xml with every page and robots.txt pointing at it', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const locs = all(parseXml(await sitemap.text()), 'loc').map((l) => l.text);
    expect(locs).toEqual(expect.arrayContaining(['https://share.example/', 'https://share.example/tags/small-business', 'https://share.example/articles/twice']));
    expect(locs).toHaveLength(1 + 2 + 4);
    const robots = await get('/robots.txt');
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toContain('Sitemap: https://share.example/sitemap.xml');
  });

  it('serves the favicon and names the feed icon and logo from site.yaml in all three formats', async () => {
    const icon = await get('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await icon.text()).toContain('<svg');
    const atom = parseXml(await page('/atom.xml'));
    expect(childText(atom, 'icon')).toBe('https://share.example/favicon.svg');
    expect(childText(atom, 'logo')).toBe('https://share.example/logo.png');
    const rss = parseXml(await page('/feed.xml'));
    expect(childText(all(rss, 'image')[0]!, 'url')).toBe('https://share.example/logo.png');
    const json = (await (await get('/feed.json')).json()) as any;
    expect(json.icon).toBe('https://share.example/favicon.svg');
    expect(json.favicon).toBe('https://share.example/favicon.svg');
  });

  it('gives RSS an <image> only for an icon or logo site.yaml names (RSS images cannot be SVG)', async () => {
    const rssOf = async (yaml: string) => parseXml(await (await siteFrom({ 'site.yaml': yaml, 'a.md': md({ title: 'A', date: '2024-01-01' }) }).get('/feed.xml')).text());
    expect(all(await rssOf('title: T\nurl: https://s.example\n'), 'image')).toEqual([]);
    const withIcon = await rssOf('title: T\nurl: https://s.example\nicon: https://cdn.example/icon.png\n');
    expect(childText(all(withIcon, 'image')[0]!, 'url')).toBe('https://cdn.example/icon.png');
    const atom = parseXml(await (await siteFrom({ 'site.yaml': 'title: T\nurl: https://s.example\n', 'a.md': md({ title: 'A', date: '2024-01-01' }) }).get('/atom.xml')).text());
    expect(childText(atom, 'icon')).toBe('https://s.example/favicon.svg');
    expect(childText(atom, 'logo')).toBeUndefined();
  });

  it('no page or stylesheet carries a script', async () => {
    for (const path of ['/', '/articles/pictured', '/tags/islands', '/feed.xsl', '/nowhere']) expect(await page(path), path).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  });
});

describe('feeds in the browser', () => {
  const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

  it('link the XSL stylesheet and serve it as XSL', async () => {
    for (const path of ['/feed.xml', '/atom.xml', '/tags/islands/atom.xml']) expect(await page(path)).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    const xsl = await get('/feed.xsl');
    expect(xsl.headers.get('content-type')).toBe('text/xsl; charset=utf-8');
    const sheet = parseXml(await xsl.text());
    expect(sheet.name).toBe('xsl:stylesheet');
  });

  it('give browsers application/xml (so they apply the stylesheet) and readers the feed types, varying on Accept', async () => {
    const inBrowser = await get('/feed.xml', { Accept: browserAccept });
    expect(inBrowser.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(inBrowser.headers.get('vary')).toBe('Accept, Accept-Encoding');
    const reader = await get('/feed.xml', { Accept: 'application/rss+xml, application/xml;q=0.9, text/html;q=0.5' });
    expect(reader.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect((await get('/atom.xml')).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(inBrowser.headers.get('etag')).not.toBe(reader.headers.get('etag'));
    expect(await inBrowser.text()).toBe(await reader.text());
  });
});
