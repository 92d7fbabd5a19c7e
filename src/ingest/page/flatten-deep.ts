// Malformed pages (thousands of unclosed <div>s) nest so deep that Readability slows to minutes:
// below a depth no real article reaches, the nesting is dropped and the content kept.

const MAX_DEPTH = 100;

/** Replaces every element below `element` that has element children by those children. */
function unwrapDescendants(element: Element): void {
  let child = element.firstElementChild;
  while (child) {
    if (child.firstElementChild) {
      const first = child.firstChild;
      child.replaceWith(...child.childNodes);
      child = first && first.nodeType === 1 ? (first as Element) : (first?.nextSibling as Element | null);
      while (child && child.nodeType !== 1) child = child.nextSibling as Element | null;
    } else child = child.nextElementSibling;
  }
}

export function flattenDeepNesting(root: Element): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) unwrapDescendants(element);
    // Sibling links, not `children`: linkedom builds that list anew on every read.
    else for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}
