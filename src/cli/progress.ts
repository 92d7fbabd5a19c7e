// Progress for long builds: a line that updates in place on a terminal, a few plain lines in logs.
export const PROGRESS_FROM = 300;

export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  const started = performance.now();
  let lastShown = 0;
  let lastPercent = -1;
  return (done, total) => {
    if (total < PROGRESS_FROM) return;
    const percent = Math.floor((done / total) * 100);
    const now = performance.now();
    if (stream.isTTY) {
      if (done < total && now - lastShown < 100) return;
      lastShown = now;
      stream.write(`\r${label} ${done}/${total} files (${percent}%)${done === total ? '\n' : ''}`);
    } else if (done === total || (percent >= lastPercent + 25 && now - started > 500)) {
      lastPercent = percent - (percent % 25);
      stream.write(`${label} ${done}/${total} files (${percent}%)\n`);
    }
  };
}
