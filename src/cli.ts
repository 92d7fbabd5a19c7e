// The curate command: build, show, extract (and the editor's tools around them).
import { runBuild } from './cli/build-command.ts';
import { runExtract } from './cli/extract-command.ts';
import { runShow } from './cli/show-command.ts';

const USAGE = `usage: curate <command>
  build [--allow-errors] [--no-cache]
                               curated/ (or CURATED_DIR) -> .catalog/; fails on any error
  show FILE [--json]           what the build reads from one file
  extract DIR --out FILE.json  every article file of DIR, as { STEM: { title, summary, tags, articleBody } }`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const flag = (name: string) => rest.includes(name);
  const positional = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--out');
  switch (command) {
    case 'build':
      return runBuild({ allowErrors: flag('--allow-errors'), noCache: flag('--no-cache') });
    case 'show':
      if (!positional[0]) break;
      return runShow(positional[0], flag('--json'));
    case 'extract': {
      const out = rest[rest.indexOf('--out') + 1];
      if (!positional[0] || !flag('--out') || !out) break;
      return runExtract(positional[0], out);
    }
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
