// Removes what Readability keeps but is not article text.

export function cleanBody(content: Element): void {
  void content;
}
