// What a command prints, for tests of the command line: console.log and console.error are
// silenced around each test of the enclosing describe (or file), and what they were given is
// kept. Environment variables a test sets (CURATED_DIR, CATALOG_DIR...) are put back after it.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

export function captureConsole() {
  let out: MockInstance<typeof console.log>;
  let err: MockInstance<typeof console.error>;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    env = { ...process.env };
    out = vi.spyOn(console, 'log').mockImplementation(() => {});
    err = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    out.mockRestore();
    err.mockRestore();
    process.env = env;
  });
  return {
    /** Standard output's lines, then standard error's, as one text. */
    printed: () => [...out.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('\n'),
    /** What went to standard error, a string per call. */
    errorLines: () => err.mock.calls.map((c) => String(c[0])),
    /** Forgets what was printed to standard output so far. */
    clearOutput: () => out.mockClear(),
    /** Forgets what was printed to standard error so far. */
    clearErrors: () => err.mockClear(),
  };
}
