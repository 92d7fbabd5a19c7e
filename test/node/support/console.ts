// What a command prints, for tests of the command line: console.log and console.error are
// silenced around each test of the enclosing describe, and what they were given is kept.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

export function captureConsole() {
  let out: MockInstance<typeof console.log>;
  let err: MockInstance<typeof console.error>;
  beforeEach(() => {
    out = vi.spyOn(console, 'log').mockImplementation(() => {});
    err = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    out.mockRestore();
    err.mockRestore();
  });
  return {
    /** Standard output's lines, then standard error's, as one text. */
    printed: () => [...out.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('\n'),
    /** Forgets what was printed to standard output so far. */
    clearOutput: () => out.mockClear(),
  };
}
