// The curate command: the editor's tools around the build.
import { parseArgs } from 'node:util';
// Each command loads only what it needs (the server, the feed writers, the readers).

const USAGE = `usage: curate <command>
  add FILE|- [--title T] [--tags "a, b"] [--url U] [--date D] [--note "…"] [--summary-only]
                               copy an article (or a paste from standard input) into curated/
                               under a name made from its title, and show what the build reads
  check                        every problem of curated/ (or CURATED_DIR) as FILE:LINE: reason
  build [--allow-errors] [--no-cache]
                               curated/ -> .catalog/; fails on any error, keeps the last good catalog
  dev                          build, serve on PORT (8787), rebuild whenever curated/ changes
  show FILE [--json]           what the build reads from one file
  extract DIR --out FILE.json  every article file of DIR, as { STEM: { title, summary, tags, articleBody } }`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        'allow-errors': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        title: { type: 'string' },
        tags: { type: 'string' },
        url: { type: 'string' },
        date: { type: 'string' },
        note: { type: 'string' },
        'summary-only': { type: 'boolean' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const [first] = positionals;
  switch (command) {
    case 'add': {
      if (!first) break;
      const { title, tags, url, date, note } = values;
      const { runAdd } = await import('./cli/add-command.ts');
      return runAdd({
        source: first,
        ...(title !== undefined && { title }),
        ...(tags !== undefined && { tags }),
        ...(url !== undefined && { url }),
        ...(date !== undefined && { date }),
        ...(note !== undefined && { note }),
        ...(values['summary-only'] && { summaryOnly: true }),
      }).status;
    }
    case 'check':
      return (await import('./cli/check-command.ts')).runCheck();
    case 'build':
      return (await import('./cli/build-command.ts')).runBuild({ allowErrors: values['allow-errors'] ?? false, noCache: values['no-cache'] ?? false });
    case 'dev':
      return (await import('./cli/dev-command.ts')).runDev();
    case 'show':
      if (!first) break;
      return (await import('./cli/show-command.ts')).runShow(first, values.json ?? false);
    case 'extract':
      if (!first || !values.out) break;
      return (await import('./cli/extract-command.ts')).runExtract(first, values.out);
  }
  console.error(USAGE);
  return 2;
}

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
