// `curate add --note … --summary-only` writes the two keys; `curate show` prints them back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './support/console.ts';
import { runAdd } from '../../src/cli/add-command.ts';
import { runShow } from '../../src/cli/show-command.ts';
import { splitFrontMatter } from '../../src/ingest/front-matter.ts';

const ARTICLE = `---
title: Tide tables for beginners
date: 2024-05-07
url: https://tides.example/beginners
---

Tide tables look forbidding, but they answer two questions only: when the water is highest and how high it gets, twice a day.
`;

const sourceFile = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'curate-src-')), 'tides.md');
  writeFileSync(path, ARTICLE);
  return path;
};

describe('curate add --note --summary-only and curate show', () => {
  const { printed, clearOutput } = captureConsole();

  it('writes note: and full_text: false into the front matter, and show prints both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    const note = 'Read it before your first sail: "high water" is *not* the same every day.';
    const added = runAdd({ source: sourceFile(), dir, note, summaryOnly: true });
    expect(added).toEqual({ status: 0, path: join(dir, 'tide-tables-for-beginners.md') });
    const front = splitFrontMatter(readFileSync(added.path!, 'utf8')).data;
    expect(front).toMatchObject({ title: 'Tide tables for beginners', note, full_text: false });
    expect(printed()).toMatch(/^full text: no, summary only/m);
    clearOutput();
    expect(runShow(added.path!, false)).toBe(0);
    expect(printed()).toMatch(/^full text: no, summary only \(feeds and the page carry the summary, the note and a link to the original\)$/m);
    expect(printed()).toMatch(/^note: +Read it before your first sail: "high water" is not the same every day\.$/m);
  });

  it('leaves the keys out without the flags, and show says full text and no note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    const added = runAdd({ source: sourceFile(), dir });
    expect(readFileSync(added.path!, 'utf8')).toBe(ARTICLE);
    expect(printed()).toMatch(/^full text: yes/m);
    expect(printed()).toMatch(/^note: +\(none\)$/m);
  });

  it('refuses an empty --note and adds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    expect(runAdd({ source: sourceFile(), dir, note: '  ' })).toEqual({ status: 1, path: null });
    expect(printed()).toMatch(/--note is empty; write --note "Why this matters"; nothing was added/);
  });
});

describe('the curate command line', () => {
  it('takes --note and --summary-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-add-'));
    const bin = resolve(import.meta.dirname, '../../bin/curate.mjs');
    const printedOut = execFileSync(process.execPath, [bin, 'add', sourceFile(), '--note', 'Short and *useful*.', '--summary-only'], { env: { ...process.env, CURATED_DIR: dir }, encoding: 'utf8' });
    expect(printedOut).toMatch(/^note: +Short and useful\.$/m);
    expect(splitFrontMatter(readFileSync(join(dir, 'tide-tables-for-beginners.md'), 'utf8')).data).toMatchObject({ note: 'Short and *useful*.', full_text: false });
  });
});
