// Prints, for a curated folder (default: the hostile fixtures), whether each feed parser sees
// what the catalog says: parser × format × field, agree / differ / not read, then each difference.
//   npm run --silent interop:table [-- DIR]
import { compareViews, expectedItems, readerViews, verdictTable } from './reader-views.ts';
import { HOSTILE_DIR, servedFeeds } from './hostile-feeds.ts';

const dir = process.argv[2] ?? HOSTILE_DIR;
const { catalog, base, feeds } = await servedFeeds(dir);
const cells = compareViews(expectedItems(catalog, base), await readerViews(feeds));
console.log(`${catalog.articles.length} articles from ${dir}\n`);
console.log(verdictTable(cells));
const differences = cells.filter((c) => c.verdict === 'differ');
if (differences.length) {
  console.log('\ndifferences (first item that differs: catalog → parser):');
  for (const c of differences) console.log(`- ${c.parser}, ${c.format}, ${c.field}: ${c.detail}`);
}
