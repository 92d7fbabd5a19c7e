// Paragraph HTML for the body. Lines marked as Markdown bullets ("- ", "* ", "• ") make a list.

export function escapeHtml(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const BULLET = /^[-*•]\s+(?=\S)/u;

export function paragraphsHtml(paragraphs: string[]): string {
  const out: string[] = [];
  let items: string[] = [];
  const closeList = () => {
    if (items.length > 0) out.push(`<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`);
    items = [];
  };
  for (const p of paragraphs) {
    const bullet = BULLET.exec(p);
    if (bullet) items.push(p.slice(bullet[0].length));
    else {
      closeList();
      out.push(`<p>${escapeHtml(p)}</p>`);
    }
  }
  closeList();
  return out.join('\n');
}
