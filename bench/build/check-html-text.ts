// Proves streamingHtmlToText(html) === htmlToText(html) on every body the build makes from the
// given folders (usage: tsx bench/build/check-html-text.ts DIR...). Exits non-zero on any difference.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mtimeDates } from '../../src/build/file-dates.ts';
import { streamingHtmlToText, textByScan } from '../../src/ingest/streaming-html-text.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { kindOf } from '../../src/ingest/kinds.ts';
import { DEFAULT_SITE } from '../../src/site.ts';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (kindOf(name)) yield path;
  }
}

let bodies = 0;
let differ = 0;
let scanned = 0;
for (const dir of process.argv.slice(2)) {
  for (const path of files(dir)) {
    const outcome = ingestFile({ path, bytes: readFileSync(path), dates: mtimeDates(path) }, DEFAULT_SITE);
    const html = outcome.article?.contentHtml;
    if (html === undefined) continue;
    bodies++;
    if (textByScan(html) !== null) scanned++;
    if (streamingHtmlToText(html) !== htmlToText(html)) {
      differ++;
      console.error(`${path}: streamingHtmlToText differs from htmlToText`);
    }
  }
}
console.log(`${bodies} bodies compared (${scanned} by the scan, ${bodies - scanned} by the DOM fallback), ${differ} differ`);
process.exitCode = differ ? 1 : 0;
