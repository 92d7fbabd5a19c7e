#!/usr/bin/env node
// Reads `curate check` output (FILE:LINE: reason, FILE:LINE: warning: reason) on standard input,
// passes every line through, and adds a GitHub Actions annotation for each problem so that a pull
// request shows it on the file and line it names (an annotation, not a comment).
import { createInterface } from 'node:readline';

const problem = /^(.+?):(\d+): (warning: )?(.*)$/;
// Workflow commands end at a newline and treat % specially: escape them (GitHub's documented rules).
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(line) {
  const m = problem.exec(line);
  if (!m) return null;
  const [, file, lineNo, warning, reason] = m;
  return `::${warning ? 'warning' : 'error'} file=${escapeProperty(file)},line=${lineNo}::${escapeData(reason)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for await (const line of createInterface({ input: process.stdin })) {
    console.log(line);
    const note = annotation(line);
    if (note) console.log(note);
  }
}
