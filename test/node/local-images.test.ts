// Images a Markdown article names by a path in curated/: published by the build under names made
// from their bytes, served with the type their bytes show, absolute in every feed, and refused
// one by one (with the article built without them) when they are missing, outside the folder,
// not images or too large.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { holdsArticles } from '../../src/build/image-names.ts';
import { listArticleFiles } from '../../src/build/list-files.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { readManifest } from '../../src/catalog/manifest.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { runAdd } from '../../src/cli/add-command.ts';
import { runShow } from '../../src/cli/show-command.ts';
import { captureConsole } from './support/console.ts';
import { png, solidPng } from './support/png.ts';
import { curatedFolder, md, publish, siteFrom } from './support/site.ts';

const FERRY = png(30, 20, (x, y) => [x * 8, y * 12, 90]);
const SHARED = solidPng([20, 120, 200]);
const LEAD = solidPng([200, 40, 40], 12, 8);
/** The smallest GIF: one transparent pixel. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const nameOf = (bytes: Uint8Array, ext = 'png') => `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${ext}`;
let bodies = 0;
/** A body with a picture on its third line; each one a different article. */
const BODY = (ref: string, about = `harbour number ${++bodies}`) => `A paragraph about the ${about}, long enough to be an article body, with several words in it.\n\n![Ferry at the quay](${ref})\n\nAnother paragraph after the picture, with more words about the quay.\n`;

describe('images named by a path', () => {
  const { built, get, out } = siteFrom({
    'site.yaml': 'title: T\nurl: https://mine.example\n',
    // PNG bytes under a .jpg name: the bytes decide the type and the published name.
    'images/ferry.jpg': FERRY,
    'shared.png': SHARED,
    'harbour/lead.png': LEAD,
    'ferry.md': md({ title: 'Ferry', date: '2024-05-01', url: 'https://paper.example/news/ferry' }, BODY('images/ferry.jpg')),
    'harbour/quay.md': md({ title: 'Quay', date: '2024-05-02', image: { url: 'lead.png', caption: 'The quay at dawn' } }, BODY('../shared.png', 'the quay')),
    'harbour/again.md': md({ title: 'Again', date: '2024-05-03' }, BODY('../images/ferry.jpg', 'the ferry again')),
    'images/pixel at dawn.png': GIF,
    'pixel.md': md({ title: 'Pixel', date: '2024-05-04' }, BODY('<images/pixel at dawn.png>')),
    'images/summary-body.png': solidPng([9, 9, 9]),
    'summary.md': md({ title: 'Summary', date: '2024-05-05', full_text: false, url: 'https://paper.example/s', image: 'images/pixel at dawn.png' }, BODY('images/summary-body.png')),
  });
  const ferry = `https://mine.example/images/${nameOf(FERRY)}`;
  const lead = `https://mine.example/images/${nameOf(LEAD)}`;

  it('builds without a problem and publishes each distinct file once, named by its bytes', () => {
    expect(built.problems.filter((p) => !p.file.endsWith('site.yaml'))).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/images\/summary-body\.png$/), message: expect.stringMatching(/^is an image nothing published shows, so it is not published/) }),
    ]);
    // A summary-only article's body is not published, nor are the images only it shows.
    expect(readdirSync(join(out, 'images')).sort()).toEqual([nameOf(FERRY), nameOf(SHARED), nameOf(LEAD), nameOf(GIF, 'gif')].sort());
    expect(readFileSync(join(out, 'images', nameOf(FERRY)))).toEqual(FERRY);
    const manifest = readManifest(out);
    expect(manifest.files[`images/${nameOf(FERRY)}`]).toMatchObject({ size: FERRY.length, hash: createHash('sha256').update(FERRY).digest('hex') });
  });

  it('are absolute in every feed (never against the original article), with their size on the page', async () => {
    const json = (await (await get('/feed.json')).json()) as { items: { id: string; content_html: string; image?: string }[] };
    const byTitle = (slug: string) => json.items.find((i) => i.id.endsWith(slug))!;
    expect(byTitle('ferry').content_html).toContain(`<img src="${ferry}" alt="Ferry at the quay" width="30" height="20" />`);
    expect(byTitle('again').content_html).toContain(`src="${ferry}"`);
    expect(byTitle('quay').content_html).toContain(`src="https://mine.example/images/${nameOf(SHARED)}"`);
    expect(byTitle('quay').image).toBe(lead);
    // GIF bytes under a .png name, found by a name with spaces: published as what they are.
    expect(byTitle('pixel').content_html).toContain(`<img src="https://mine.example/images/${nameOf(GIF, 'gif')}" alt="Ferry at the quay" width="1" height="1" />`);
    const gif = await get(`/images/${nameOf(GIF, 'gif')}`);
    expect(gif.headers.get('content-type')).toBe('image/gif');
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/articles/ferry', '/articles/quay']) {
      const text = await (await get(path)).text();
      expect(text, path).not.toMatch(/paper\.example\/news\/images|src=(\\?"|&quot;)\/images\/|ferry\.jpg|shared\.png|lead\.png/);
    }
  });

  it('a relative image: is the enclosure with its type and length, media:content, Atom enclosure and JSON image', async () => {
    const rss = await (await get('/feed.xml')).text();
    expect(rss).toContain(`<enclosure url="${lead}" type="image/png" length="${LEAD.length}"/>`);
    expect(rss).toContain(`<media:content url="${lead}" medium="image" type="image/png" fileSize="${LEAD.length}">`);
    const atom = await (await get('/atom.xml')).text();
    expect(atom).toContain(`<link rel="enclosure" type="image/png" href="${lead}" title="The quay at dawn" length="${LEAD.length}"/>`);
    const page = await (await get('/articles/quay')).text();
    expect(page).toContain(`<meta property="og:image" content="${lead}">`);
    expect(page.match(new RegExp(nameOf(LEAD), 'g'))!.length).toBe(3); // og:image, twitter:image and the body, once
  });

  it('are served with the type found in their bytes, cached for good, with an ETag, 304 and HEAD', async () => {
    const res = await get(`/images/${nameOf(FERRY)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-length')).toBe(String(FERRY.length));
    const etag = res.headers.get('etag')!;
    expect(etag).toBe(`"${nameOf(FERRY).slice(0, 20)}"`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(FERRY);
    const again = await get(`/images/${nameOf(FERRY)}`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await siteHead(`/images/${nameOf(FERRY)}`);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(FERRY.length));
  });

  async function siteHead(path: string) {
    const { app } = siteFrom({ 'images/ferry.jpg': FERRY, 'ferry.md': md({ title: 'Ferry', date: '2024-05-01' }, BODY('images/ferry.jpg')) });
    return app.request(`http://reader.test${path}`, { method: 'HEAD' });
  }

  it('nothing else is served from /images/: other names, other files, paths out of it are 404', async () => {
    for (const path of [`/images/${nameOf(FERRY).replace('.png', '.jpg')}`, `/images/${'0'.repeat(20)}.png`, '/images/ferry.jpg', '/images/..%2Fcatalog.json', '/images/%2e%2e%2fmanifest.json', '/images/']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
    }
  });
});

describe('without a site url', () => {
  const { get } = siteFrom({ 'images/ferry.png': FERRY, 'ferry.md': md({ title: 'Ferry', date: '2024-05-01' }, BODY('images/ferry.png')) });

  it('the feeds name images at the address asked for, and the image itself stays cacheable', async () => {
    const json = (await (await get('/feed.json')).json()) as { items: { content_html: string }[] };
    expect(json.items[0]!.content_html).toContain(`src="http://reader.test/images/${nameOf(FERRY)}"`);
    const image = await get(`/images/${nameOf(FERRY)}`);
    expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});

describe('bad image references, as a hostile editor writes them', () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'secret.png'), solidPng([1, 2, 3]));
  const dir = curatedFolder({
    'site.yaml': 'title: T\nurl: https://mine.example\n',
    'images/ok.png': FERRY,
    'images/notes.png': 'These are my notes, not a picture at all.\n',
    'images/drawing.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    'images/big.png': FERRY,
    'missing.md': md({ title: 'Missing', date: '2024-01-01' }, BODY('images/nope.png')),
    'escape.md': md({ title: 'Escape', date: '2024-01-02' }, BODY('../../etc/passwd')),
    'absolute.md': md({ title: 'Absolute', date: '2024-01-03' }, BODY('/etc/passwd')),
    'file-scheme.md': md({ title: 'File scheme', date: '2024-01-04' }, BODY('file:///etc/passwd')),
    'link-out.md': md({ title: 'Link out', date: '2024-01-05' }, BODY('images/secret.png')),
    'not-image.md': md({ title: 'Not an image', date: '2024-01-06' }, BODY('images/notes.png')),
    'svg.md': md({ title: 'Svg', date: '2024-01-07' }, BODY('images/drawing.svg')),
    'oversized.md': md({ title: 'Oversized', date: '2024-01-08' }, BODY('images/big.png')),
    'front-escape.md': md({ title: 'Front escape', date: '2024-01-09', image: '../../../etc/hostname' }, BODY('https://elsewhere.example/a.png')),
    'backslash.md': md({ title: 'Backslash', date: '2024-01-12' }, BODY('images\\ok.png')),
    'encoded-escape.md': md({ title: 'Encoded escape', date: '2024-01-13' }, BODY('%2e%2e/%2e%2e/etc/passwd')),
    'folder.md': md({ title: 'Folder', date: '2024-01-14' }, BODY('images/')),
    'root.md': md({ title: 'Root', date: '2024-01-15' }, BODY('.')),
    'raw-html.md': md({ title: 'Raw HTML', date: '2024-01-11' }, BODY('x').replace('![Ferry at the quay](x)', '<img src="../../../etc/shadow" onerror="alert(1)">')),
    'good.md': md({ title: 'Good', date: '2024-01-10' }, BODY('images/ok.png')),
  });
  symlinkSync(join(outside, 'secret.png'), join(dir, 'images', 'secret.png'));
  // 26 MiB, most of it a hole: a real PNG header and then nothing.
  truncateSync(join(dir, 'images', 'big.png'), 26 * 1024 * 1024);
  const built = buildCatalog(dir);
  const { out, reader } = publish(built);
  const app = createApp(() => reader);
  const warning = (file: string) => built.problems.filter((p) => p.file.endsWith(`/${file}`));
  // Every body puts its picture on line 9: front matter of 2 keys (lines 1–4), a blank, the lead paragraph, a blank.
  const PICTURE_LINE = 8;

  it.each([
    ['missing.md', /^image "images\/nope\.png" was not found \(looked for .*images\/nope\.png\); check the file's name, its case and its folder; the article is built without it$/],
    ['escape.md', /^image "\.\.\/\.\.\/etc\/passwd" points outside the curated folder .*; put the image inside it \(e\.g\. in .*\/images\/\) and write its path relative to the article; the article is built without it$/],
    ['absolute.md', /^image "\/etc\/passwd" is an absolute path; write the path of the image relative to the article file, e\.g\. images\/ferry\.jpg; the article is built without it$/],
    ['file-scheme.md', /^image "file:\/\/\/etc\/passwd" is a file: address; write the path of the image relative to the article file/],
    ['link-out.md', /^image "images\/secret\.png" is a symlink to .*outside-.*secret\.png, outside the curated folder; copy the file into the folder instead of linking it/],
    ['not-image.md', /^image "images\/notes\.png" is not an image: its bytes are not PNG, JPEG, GIF, WebP or AVIF, whatever its name says .*; export it as PNG, JPEG or WebP/],
    ['svg.md', /^image "images\/drawing\.svg" is an SVG, which is not published because it can carry scripts; export it as PNG, JPEG or WebP/],
    ['raw-html.md', /^image "\.\.\/\.\.\/\.\.\/etc\/shadow" points outside the curated folder/],
    ['backslash.md', /^image "images(%5C|\\\\)ok\.png" has backslashes; write the path with forward slashes/],
    ['encoded-escape.md', /^image "%2e%2e\/%2e%2e\/etc\/passwd" points outside the curated folder/],
    ['folder.md', /^image "images\/" is a folder \(.*images\), not an image file/],
    ['root.md', /^image "\." is a folder \(.*\), not an image file/],
    ['oversized.md', /^image "images\/big\.png" is 26\.0 MiB, over the 25\.0 MiB a published file may have on Workers; make it smaller/],
  ])('%s: a warning naming the file, the line and the fix; the article is built without the image', async (file, message) => {
    expect(warning(file)).toEqual([{ file: expect.stringMatching(new RegExp(`${file}$`)), line: PICTURE_LINE, severity: 'warning', message: expect.stringMatching(message) }]);
    const slug = file.replace('.md', '');
    const page = await (await app.request(`http://reader.test/articles/${slug}`)).text();
    expect(page).toContain('Another paragraph after the picture');
    expect(page).not.toMatch(/<img /);
  });

  it('a relative `image:` out of the folder: a warning at its front matter line', () => {
    expect(warning('front-escape.md')).toEqual([
      { file: expect.stringMatching(/front-escape\.md$/), line: 4, severity: 'warning', message: expect.stringMatching(/^image "\.\.\/\.\.\/\.\.\/etc\/hostname" points outside the curated folder/) },
    ]);
    expect(built.catalog.articles.find((a) => a.slug === 'front-escape')!.image).toBeNull();
  });

  it('every article builds; the good one has its image; nothing from outside or refused is published', () => {
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(built.catalog.articleCount).toBe(15);
    expect(readdirSync(join(out, 'images'))).toEqual([nameOf(FERRY)]);
    const secret = solidPng([1, 2, 3]);
    for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
      const path = join(out, name);
      if (statSync(path).isFile()) expect(readFileSync(path).includes(secret), name).toBe(false);
    }
  });

  it('images nothing published shows are listed as not published', () => {
    for (const file of ['images/notes.png', 'images/drawing.svg', 'images/big.png', 'images/secret.png']) {
      expect(warning(file), file).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^is an image nothing published shows, so it is not published/) })]);
    }
    expect(warning('images/ok.png')).toEqual([]);
  });
});

describe('rebuilding', () => {
  it('a changed image gives the article a new address; the old file goes from the published folder', async () => {
    const dir = curatedFolder({ 'images/ferry.png': FERRY, 'ferry.md': md({ title: 'Ferry', date: '2024-05-01' }, BODY('images/ferry.png')), 'other.md': md({ title: 'Other', date: '2024-05-02' }) });
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    const out = mkdtempSync(join(tmpdir(), 'published-'));
    const build = () => {
      const result = buildCatalog(dir, { cacheDir });
      writeCatalog(out, result.catalog);
      result.cache?.close();
      return result;
    };
    const bodyOf = () => readFileSync(join(out, 'bodies', readdirSync(join(out, 'bodies'))[0]!), 'utf8');
    expect(build()).toMatchObject({ read: 2 });
    expect(build()).toMatchObject({ read: 0, cached: 2 });

    const changed = png(30, 20, (x, y) => [x * 8, y * 12, 91]);
    writeFileSync(join(dir, 'images/ferry.png'), changed);
    const second = build();
    expect(second).toMatchObject({ read: 1, cached: 1 });
    expect(bodyOf()).toContain(`src="/images/${nameOf(changed)}"`);
    const served = await createApp(() => new PublishedReader(fileSource(out))).request('http://reader.test/feed.json');
    const items = ((await served.json()) as { items: { content_html: string }[] }).items;
    expect(items.map((i) => i.content_html).join()).toContain(`src="http://reader.test/images/${nameOf(changed)}"`);
    expect(readdirSync(join(out, 'images'))).toEqual([nameOf(changed)]);
    expect(Object.keys(readManifest(out).files).filter((f) => f.startsWith('images/'))).toEqual([`images/${nameOf(changed)}`]);

    // The image goes: the article is read again and built without it; then it comes back.
    const saved = readFileSync(join(dir, 'images/ferry.png'));
    writeFileSync(join(dir, 'images/ferry.png'), 'not a png');
    const broken = build();
    expect(broken).toMatchObject({ read: 1 });
    expect(broken.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^image "images\/ferry\.png" is not an image/));
    expect(readdirSync(out)).not.toContain('images');
    writeFileSync(join(dir, 'images/ferry.png'), saved);
    expect(build()).toMatchObject({ read: 1 });
    expect(readdirSync(join(out, 'images'))).toEqual([nameOf(changed)]);
  });

  it('a published image cut short is written again', () => {
    const dir = curatedFolder({ 'images/ferry.png': FERRY, 'ferry.md': md({ title: 'Ferry', date: '2024-05-01' }, BODY('images/ferry.png')) });
    const out = mkdtempSync(join(tmpdir(), 'published-'));
    writeCatalog(out, buildCatalog(dir).catalog);
    const published = join(out, 'images', nameOf(FERRY));
    truncateSync(published, 10);
    const repaired: string[] = [];
    writeCatalog(out, buildCatalog(dir).catalog, { onRepair: (path) => repaired.push(path) });
    expect(readFileSync(published)).toEqual(FERRY);
    expect(repaired).toEqual([`images/${nameOf(FERRY)}`]);
  });
});

describe('folders of pictures', () => {
  it('hold no article, so they are not collections; a folder with an article in it, however deep, does', () => {
    const dir = curatedFolder({ 'images/a.png': FERRY, 'harbour/photos/b.png': SHARED, 'harbour/deep/quay.md': md({ title: 'Quay', date: '2024-05-02' }) });
    const { files, images } = listArticleFiles(dir);
    expect(images.map((f) => f.slice(dir.length))).toEqual(['/harbour/photos/b.png', '/images/a.png']);
    expect(holdsArticles(join(dir, 'images'), files)).toBe(false);
    expect(holdsArticles(join(dir, 'harbour'), files)).toBe(true);
    expect(holdsArticles(join(dir, 'harbour', 'photos'), files)).toBe(false);
    expect(holdsArticles(join(dir, 'harb'), files)).toBe(false);
  });
});

describe('curate add and curate show', () => {
  const { printed } = captureConsole();

  it('add looks for the images where the article will be, and says which are missing', () => {
    const dir = curatedFolder({ 'images/ferry.png': FERRY });
    const source = join(mkdtempSync(join(tmpdir(), 'curate-src-')), 'story.md');
    writeFileSync(source, md({ title: 'Story', date: '2024-05-01' }, `${BODY('images/ferry.png')}\n![Left behind](images/left-behind.png)\n`));
    expect(runAdd({ source, dir }).status).toBe(0);
    expect(printed()).toMatch(/story\.md:12: warning: image "images\/left-behind\.png" was not found \(looked for .*images\/left-behind\.png\)/);
    expect(printed()).not.toMatch(/ferry\.png/);
  });

  it('show prints the published address of an image in curated/', () => {
    const dir = curatedFolder({ 'images/ferry.png': FERRY, 'story.md': md({ title: 'Story', date: '2024-05-01' }, BODY('images/ferry.png')) });
    expect(runShow(join(dir, 'story.md'), true)).toBe(0);
    expect(printed()).toContain(`src=\\"/images/${nameOf(FERRY)}\\"`);
  });
});

describe('a relative `image:` in a clipping or a saved page', () => {
  it('is a file of the folder too, published and named in full', async () => {
    const clipping = `---\nimage: images/lead.png\ndate: 2024-05-01\n---\nQuay reopens after the storm\n\nThe quay reopened on Monday after three weeks of repairs, and the first boats came in before dawn with the tide.\n\nFishermen said the new stones were higher than the old ones and should keep the water out next winter.\n`;
    const page = `---\nimage: {url: ../images/lead.png, caption: The quay}\ndate: 2024-05-02\n---\n<!doctype html><html><head><title>Boats return</title><meta property="og:image" content="https://paper.example/og.jpg"></head><body><article><h1>Boats return</h1><p>The boats returned to the harbour on Tuesday, a week later than planned, after the storm had passed.</p><p>Crews said the crossing was calm and that the new quay made landing easier than it had been for years.</p></article></body></html>\n`;
    const { get, built } = siteFrom({ 'site.yaml': 'url: https://mine.example\n', 'images/lead.png': LEAD, 'quay.txt': clipping, 'pages/boats.html': page });
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const json = (await (await get('/feed.json')).json()) as { items: { title: string; image?: string }[] };
    expect(json.items.map((i) => i.image)).toEqual([`https://mine.example/images/${nameOf(LEAD)}`, `https://mine.example/images/${nameOf(LEAD)}`]);
  });

  it('a symlink to another picture inside the folder is that picture', () => {
    const dir = curatedFolder({ 'images/ferry.png': FERRY, 'ferry.md': md({ title: 'Ferry', date: '2024-05-01' }, BODY('images/alias.png')) });
    symlinkSync(join(dir, 'images', 'ferry.png'), join(dir, 'images', 'alias.png'));
    const built = buildCatalog(dir);
    expect(built.problems.filter((p) => !p.file.endsWith('site.yaml'))).toEqual([]);
    expect([...built.catalog.images.keys()]).toEqual([nameOf(FERRY)]);
  });
});

describe('where the warning points', () => {
  it('at the definition of a reference-style image, and at the first of two uses', () => {
    const body = `A paragraph about the lines of warnings, long enough to be an article body, with several words.\n\n![One][pic] and ![Two](images/gone.png)\n\nMore text.\n\n![Again](images/gone.png)\n\n[pic]: images/lost.png\n`;
    const built = buildCatalog(curatedFolder({ 'lines.md': md({ title: 'Lines', date: '2024-05-01' }, body) }));
    const found = built.problems.filter((p) => p.file.endsWith('/lines.md')).map((p) => [p.line, p.message.slice(0, 26)]);
    expect(found).toEqual([
      [14, 'image "images/lost.png" wa'],
      [8, 'image "images/gone.png" wa'],
    ]);
  });
});

describe('rebuilding when a picture becomes a link', () => {
  it('a file replaced by a symlink out of the folder is refused at the next build, even with the same bytes', () => {
    const dir = curatedFolder({ 'images/ferry.png': FERRY, 'ferry.md': md({ title: 'Ferry', date: '2024-05-01' }, BODY('images/ferry.png')) });
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'ferry.png');
    writeFileSync(outside, FERRY);
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    const first = buildCatalog(dir, { cacheDir });
    first.cache?.close();
    expect([...first.catalog.images.keys()]).toEqual([nameOf(FERRY)]);
    rmSync(join(dir, 'images/ferry.png'));
    symlinkSync(outside, join(dir, 'images/ferry.png'));
    const second = buildCatalog(dir, { cacheDir });
    second.cache?.close();
    expect(second.read).toBe(1);
    expect(second.catalog.images.size).toBe(0);
    expect(second.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^image "images\/ferry\.png" is a symlink to .*, outside the curated folder/));
  });
});
