import { describe, expect, it } from 'vitest';
import { streamingHtmlToText, textByScan } from '../../src/ingest/streaming-html-text.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';
import { sanitizeBody } from '../../src/ingest/sanitize.ts';

const samples = [
  '<p>One &amp; two &lt;three&gt; "four"</p><p>Five<br />six</p>',
  '<h2>Head</h2><ul><li>a <em>b</em></li><li>c</li></ul><blockquote><p>q</p></blockquote>',
  '<table><tr><th>A</th><td>1</td></tr><tr><td>2</td><td>3</td></tr></table>after',
  '<p>a</p>\n\n<pre><code class="language-js">let x = 1;\n  x++;</code></pre><hr /><p>\u00a0 spaced \u2003 out \u2003</p>',
  '<figure><img src="https://x.test/a.png" alt="A" /><figcaption>Cap</figcaption></figure>',
  // Shapes the scan refuses (implicit closes, unknown entities, comments): the DOM path answers.
  '<p>a<ul><li>b</li></ul>c</p>',
  '<td>a<td>b</td>c</td>',
  '<p>caf&eacute; &#233; &copy</p>',
  '<p>x<!-- note -->y</p>',
  '<li>one<li>two',
  '<div><span><p>nested</p></span></div>',
];

describe('streamingHtmlToText', () => {
  it('gives exactly what htmlToText gives, on regular and irregular markup', () => {
    for (const html of samples) expect(streamingHtmlToText(html), html).toBe(htmlToText(html));
  });

  it('scans sanitised bodies itself and leaves irregular markup to the DOM', () => {
    expect(textByScan(sanitizeBody('<p>Hello <b>world</b> &amp; <i>more</i></p><script>x</script>', null))).toBe('Hello world & more');
    expect(textByScan('<td>a<td>b</td>c</td>')).toBeNull();
    expect(textByScan('<p>caf&eacute;</p>')).toBeNull();
  });
});
