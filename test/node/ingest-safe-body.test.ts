// The body an article publishes carries no character a feed may not: C1 controls become what
// Windows-1252 meant by them, other controls go, lone surrogates become U+FFFD.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { DEFAULT_SITE } from '../../src/site.ts';

const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-01T00:00:00Z'), origin: 'git' as const };
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('safe article bodies', () => {
  it('a clipping body with control characters and a lone surrogate is published clean', () => {
    const paragraph = 'The harbour ferry returns to service on Monday after four months of repairs, the operator said on Friday';
    const text = `Ferry returns to the harbour\n\n${paragraph} \u0093at last\u0094.\n\n${paragraph}, with a bell\u0007 and a wave \ud83c.\n`;
    const { article } = ingestFile({ path: 'ferry.txt', bytes: new TextEncoder().encode(text), dates }, DEFAULT_SITE);
    expect(article).not.toBeNull();
    for (const body of [article!.contentHtml, article!.contentText]) {
      expect(body).not.toMatch(UNSAFE);
      expect(body).toContain('“at last”.');
      expect(body).toContain('with a bell and a wave \ufffd.');
    }
  });
});
