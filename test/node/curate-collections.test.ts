// The editor's commands for collections: curate add --collection, curate show, curate check.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './support/console.ts';
import { runAdd } from '../../src/cli/add-command.ts';
import { runCheck } from '../../src/cli/check-command.ts';
import { runShow } from '../../src/cli/show-command.ts';

const source = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'curate-src-')), 'story.md');
  writeFileSync(path, text);
  return path;
};
const story = (title: string) => source(`---\ntitle: ${title}\ndate: 2024-05-07\nurl: https://example.org/${title.toLowerCase().replace(/\W+/g, '-')}\n---\n\n${title}: a Markdown article with enough words in it to count as a real body for the feed readers out there.\n`);

describe('curate add --collection', () => {
  const { printed, clearOutput } = captureConsole();

  it('puts the file in curated/NAME/, making the folder, and shows the collection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    const added = runAdd({ source: story('Tidal turbines'), dir, collection: 'climate', cacheDir: null });
    expect(added).toEqual({ status: 0, path: join(dir, 'climate', 'tidal-turbines.md') });
    expect(readdirSync(join(dir, 'climate'))).toEqual(['tidal-turbines.md']);
    expect(printed()).toMatch(/^collection: climate \(Climate; \/collections\/climate\)$/m);
  });

  it("reads the article with the collection's full_text default and title", () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    mkdirSync(join(dir, 'paywalled'));
    writeFileSync(join(dir, 'paywalled', 'collection.yaml'), 'title: Behind paywalls\nfull_text: false\n');
    expect(runAdd({ source: story('A paid story'), dir, collection: 'paywalled', cacheDir: null }).status).toBe(0);
    expect(printed()).toMatch(/^full text: no, summary only/m);
    expect(printed()).toMatch(/^collection: paywalled \(Behind paywalls; \/collections\/paywalled\)$/m);
  });

  it('never gives a new file a slug another collection has: the page address is one for the whole site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    expect(runAdd({ source: story('Night ferry'), dir, cacheDir: null }).path).toBe(join(dir, 'night-ferry.md'));
    const second = runAdd({ source: story('Night Ferry'), dir, collection: 'boats', cacheDir: null });
    expect(second.path).toBe(join(dir, 'boats', 'night-ferry-2.md'));
    expect(printed()).toMatch(/night-ferry\.md was taken/);
    clearOutput();
    expect(runCheck({ dir, cacheDir: null })).toBe(0);
    expect(printed()).toMatch(/^checked: 2 files, 2 articles, 0 tags, 1 collections, 0 drafts, /m);
  });

  it('refuses a name that is not a collection address, adding nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    expect(runAdd({ source: story('Tides'), dir, collection: 'Climate Change', cacheDir: null })).toEqual({ status: 1, path: null });
    expect(printed()).toContain('--collection "Climate Change" is not a collection name; write it as climate-change; nothing was added');
    expect(runAdd({ source: story('Tides'), dir, collection: '../elsewhere', cacheDir: null }).status).toBe(1);
    expect(runAdd({ source: story('Tides'), dir, collection: '%%', cacheDir: null }).status).toBe(1);
    expect(printed()).toContain('--collection "%%" is not a collection name: use letters, digits and hyphens, e.g. climate');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('curate show and check', () => {
  const { printed } = captureConsole();

  it('show prints the collection of a file in a collection folder, and none for one at the top', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-show-'));
    mkdirSync(join(dir, 'climate'));
    writeFileSync(join(dir, 'site.yaml'), 'title: Reading\n');
    writeFileSync(join(dir, 'climate', 'collection.yaml'), 'title: Climate and energy\n');
    writeFileSync(join(dir, 'climate', 'tides.md'), readFileSync(story('Tides')));
    writeFileSync(join(dir, 'loose.md'), readFileSync(story('Loose')));
    expect(runShow(join(dir, 'climate', 'tides.md'), false)).toBe(0);
    expect(printed()).toMatch(/^collection: climate \(Climate and energy; \/collections\/climate\)$/m);
    expect(runShow(join(dir, 'loose.md'), false)).toBe(0);
    expect(printed()).toMatch(/^collection: \(none: at the top of the curated folder\)$/m);
    expect(runShow(join(dir, 'climate', 'tides.md'), true)).toBe(0);
    expect(printed()).toContain('"collection": "climate"');
  });

  it('check lists what is wrong in a collection.yaml at its line, and fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-check-'));
    mkdirSync(join(dir, 'climate'));
    writeFileSync(join(dir, 'climate', 'collection.yaml'), 'title: Climate\nfull_text: "no"\n');
    writeFileSync(join(dir, 'climate', 'tides.md'), readFileSync(story('Tides')));
    expect(runCheck({ dir, cacheDir: null })).toBe(1);
    expect(printed()).toMatch(/climate\/collection\.yaml:2: `full_text` must be true or false, without quotes/);
  });
});
