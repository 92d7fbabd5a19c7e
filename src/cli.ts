// The curate command: the editor's tools around the build.
import { parseArgs } from 'node:util';
import { version } from '../package.json';
// Each command loads only what it needs (the server, the feed writers, the readers).

const COMMANDS: Record<string, { usage: string; what: string }> = {
  add: {
    usage: 'add FILE|- [--title T] [--tags "a, b"] [--url U] [--date D] [--note "…"] [--summary-only] [--collection NAME]',
    what: 'copy an article (or a paste from standard input) into curated/ (curated/NAME/ with --collection) under a name made from its title, and show what the build reads; refused when the folder already holds the same article',
  },
  check: { usage: 'check', what: 'every problem of curated/ (or CURATED_DIR) as FILE:LINE: reason' },
  build: {
    usage: 'build [--allow-errors] [--allow-empty] [--no-cache] [--deploy]',
    what: 'curated/ -> .catalog/; fails on any error and keeps the last good catalog; refuses to replace a catalog that had articles with one of none unless --allow-empty; --deploy also refuses a site.yaml without `url`',
  },
  dev: { usage: 'dev', what: 'build, serve on PORT (8787), rebuild whenever curated/ changes' },
  show: { usage: 'show FILE [--json]', what: 'what the build reads from one file' },
  extract: { usage: 'extract DIR --out FILE.json', what: 'every article file of DIR, as { STEM: { title, summary, tags, articleBody } }' },
};

const usageOf = (name: string) => `  curate ${COMMANDS[name]!.usage}\n      ${COMMANDS[name]!.what}`;
const USAGE = `usage: curate <command> [options]   (curate <command> --help for one command)\n\n${Object.keys(COMMANDS).map(usageOf).join('\n')}\n\n  curate --help | --version`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (['--help', '-h', 'help'].includes(command)) {
    console.log(USAGE);
    return 0;
  }
  if (['--version', '-v', 'version'].includes(command)) {
    console.log(`curate ${version}`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    console.error(`curate: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'allow-errors': { type: 'boolean' },
        'allow-empty': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        deploy: { type: 'boolean' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        title: { type: 'string' },
        tags: { type: 'string' },
        url: { type: 'string' },
        date: { type: 'string' },
        note: { type: 'string' },
        'summary-only': { type: 'boolean' },
        collection: { type: 'string' },
      },
    });
  } catch (err) {
    console.error(`curate ${command}: ${(err as Error).message}\nusage:\n${usageOf(command)}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(`usage:\n${usageOf(command)}`);
    return 0;
  }
  const [first] = positionals;
  switch (command) {
    case 'add': {
      if (!first) break;
      const { title, tags, url, date, note, collection } = values;
      const { runAdd } = await import('./cli/add-command.ts');
      return runAdd({
        source: first,
        ...(title !== undefined && { title }),
        ...(tags !== undefined && { tags }),
        ...(url !== undefined && { url }),
        ...(date !== undefined && { date }),
        ...(note !== undefined && { note }),
        ...(values['summary-only'] && { summaryOnly: true }),
        ...(collection !== undefined && { collection }),
      }).status;
    }
    case 'check':
      return (await import('./cli/check-command.ts')).runCheck();
    case 'build':
      return (await import('./cli/build-command.ts')).runBuild({
        allowErrors: values['allow-errors'] ?? false,
        allowEmpty: values['allow-empty'] ?? false,
        noCache: values['no-cache'] ?? false,
        deploy: values.deploy ?? false,
      });
    case 'dev':
      return (await import('./cli/dev-command.ts')).runDev();
    case 'show':
      if (!first) break;
      return (await import('./cli/show-command.ts')).runShow(first, values.json ?? false);
    case 'extract':
      if (!first || !values.out) break;
      return (await import('./cli/extract-command.ts')).runExtract(first, values.out);
  }
  console.error(`curate ${command}: missing arguments\nusage:\n${usageOf(command)}`);
  return 2;
}

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
