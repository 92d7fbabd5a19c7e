// What a person sees in a browser: Debian's Chromium, driven by playwright-core, opens the index,
// an article, a tag page and /feed.xml (turned into a page by the XSL stylesheet). Requests are
// answered by the app itself through Playwright's routing, so no port is needed. No script may run.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from './support/png.ts';
import { md, siteFrom } from './support/site.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ORIGIN = 'http://site.test';
/** Screenshots for a person to look at, outside the repository. */
const SCREENSHOTS = join(tmpdir(), 'curated-feeds-screenshots');

const { app } = siteFrom({
  'site.yaml': 'title: Browser & reading\ndescription: Seen in a browser\nauthor: Desk\nurl: null\n',
  'ferry.md': md(
    { title: 'Ferries & <boats> return', date: '2024-04-12T06:45:00Z', tags: ['Small business'], source: { name: 'The Gazette', url: 'https://gazette.example/' }, url: 'https://gazette.example/ferry' },
    'A paragraph of text about Ferries & <boats> return, long enough to be an article body, with several words in it.\n\n![The deck of the ferry](images/deck.png)\n',
  ),
  // Wider than a phone: the page must scale it down.
  'images/deck.png': png(800, 300, (x, y) => [(x * 7) & 255, 90 + (y % 60), 160]),
  'trains.md': md({ title: 'Night trains 🚆', date: '2024-03-01', tags: ['Small business', 'Transport'] }),
});

let browser: Browser;
let context: BrowserContext;
let noScriptContext: BrowserContext;
/** Every request the pages made, and every script the browser was asked to run. */
const requested: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the .ci/run script does)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const serve = async (c: BrowserContext) =>
    c.route('**/*', async (route) => {
      const request = route.request();
      requested.push(request.url());
      if (!request.url().startsWith(ORIGIN)) return route.abort();
      const res = await app.request(request.url(), { headers: request.headers() });
      await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
    });
  // A phone-sized window.
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  noScriptContext = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  await serve(context);
  await serve(noScriptContext);
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, inContext = context): Promise<Page> {
  const page = await inContext.newPage();
  const res = await page.goto(`${ORIGIN}${path}`);
  expect(res?.status(), path).toBe(200);
  await page.screenshot({ path: join(SCREENSHOTS, `${path.replace(/\W+/g, '_') || 'index'}.png`), fullPage: true });
  return page;
}

/** No script element, no event handler attribute, no javascript: link in what the browser built. */
async function scriptsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const s of Array.from(document.querySelectorAll('script'))) found.push(`script ${s.src || s.textContent?.slice(0, 40)}`);
    for (const el of Array.from(document.querySelectorAll('*')))
      for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}`);
    return found;
  });
}

describe('in Chromium', () => {
  it('the index shows the site title, the subscribe block near the top and the articles', async () => {
    const page = await open('/');
    expect(await page.title()).toBe('Browser & reading');
    await expect(page.locator('h1').innerText()).resolves.toBe('Browser & reading');
    const subscribe = page.locator('nav.subscribe');
    expect(await subscribe.innerText()).toMatch(/Follow Browser & reading in a feed reader: RSS\s*Atom\s*JSON Feed/);
    expect(await subscribe.isVisible()).toBe(true);
    const box = await subscribe.boundingBox();
    expect(box!.y).toBeLessThan(844);
    expect(await page.locator('ul.articles li a').allInnerTexts()).toEqual(['Ferries & <boats> return', 'Night trains 🚆']);
    expect(await scriptsIn(page)).toEqual([]);
    await page.close();
  });

  it('an article page shows its title and where it first appeared, and fits a phone screen', async () => {
    const page = await open('/articles/ferry');
    await expect(page.locator('h1').innerText()).resolves.toBe('Ferries & <boats> return');
    await expect(page.locator('.attribution').innerText()).resolves.toBe('Originally published in The Gazette');
    expect(await page.locator('.attribution a').getAttribute('href')).toBe('https://gazette.example/ferry');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // The picture from curated/ was loaded and decoded (it has its own pixel size) and fits the screen.
    const image = page.locator('article img[alt="The deck of the ferry"]');
    await expect(image.getAttribute('src')).resolves.toMatch(/^http:\/\/site\.test\/images\/[0-9a-f]{20}\.png$/);
    const shown = await image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { natural: [img.naturalWidth, img.naturalHeight], width: img.getBoundingClientRect().width };
    });
    expect(shown.natural).toEqual([800, 300]);
    expect(shown.width).toBeLessThanOrEqual(390);
    expect(await scriptsIn(page)).toEqual([]);
    await page.close();
  });

  it("a tag page offers the tag's own feeds", async () => {
    const page = await open('/tags/small-business');
    await expect(page.locator('h1').innerText()).resolves.toBe('Tagged “Small business”');
    const hrefs = await page.locator('nav.subscribe a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual([`${ORIGIN}/tags/small-business/feed.xml`, `${ORIGIN}/tags/small-business/atom.xml`, `${ORIGIN}/tags/small-business/feed.json`]);
    expect(await scriptsIn(page)).toEqual([]);
    await page.close();
  });

  for (const feed of ['/feed.xml', '/atom.xml']) {
    it(`${feed} shows the XSL view: heading, how to subscribe, the address to copy, the latest items`, async () => {
      const page = await open(feed);
      await expect(page.locator('h1').innerText()).resolves.toBe('Browser & reading');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('.about').innerText()).toContain('This is a web feed');
      expect(await page.locator('input[readonly]').inputValue()).toBe(`${ORIGIN}${feed}`);
      const items = page.locator('main li a');
      expect(await items.allInnerTexts()).toEqual(['Ferries & <boats> return', 'Night trains 🚆']);
      expect(await items.first().getAttribute('href')).toBe(`${ORIGIN}/articles/ferry`);
      expect(await scriptsIn(page)).toEqual([]);
      await page.close();
    });
  }

  it('shows the same pages with JavaScript switched off', async () => {
    for (const path of ['/articles/ferry', '/feed.xml']) {
      const [withScript, without] = [await open(path), await open(path, noScriptContext)];
      expect(await without.locator('body').innerText(), path).toBe(await withScript.locator('body').innerText());
      await withScript.close();
      await without.close();
    }
  });

  it('asked for nothing but the site itself', () => {
    expect(requested.filter((u) => !u.startsWith(ORIGIN))).toEqual([]);
    expect(requested).toContain(`${ORIGIN}/feed.xsl`);
  });
});
