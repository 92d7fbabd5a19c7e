// Readability's first pass drops the blocks whose class, id or role says they cannot hold the article
// (comments, menus, sidebars, footers). Dropping them before Readability starts gives the same first pass
// and spares it most of its work: it serialises the whole page for its later passes and walks it
// several times, and those blocks are often most of a page.
import { readability } from '../lazy-module.ts';

/** What Readability's first pass tests, read from the library itself so the two cannot drift apart. */
interface FirstPassRules {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
}

/** Readability looks this many ancestors up for a table or code block that protects an element. */
const PROTECTING_ANCESTORS = 4;

function isProtected(element: Element): boolean {
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor && depth < PROTECTING_ANCESTORS; depth++, ancestor = ancestor.parentElement) {
    if (ancestor.tagName === 'TABLE' || ancestor.tagName === 'CODE') return true;
  }
  return false;
}

function isUnlikely(element: Element, rules: FirstPassRules): boolean {
  const role = element.getAttribute('role');
  if (role && rules.UNLIKELY_ROLES.includes(role)) return true;
  if (element.tagName === 'A') return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return (
    rules.REGEXPS.unlikelyCandidates.test(names) &&
    !rules.REGEXPS.okMaybeItsACandidate.test(names) &&
    !isProtected(element)
  );
}

/** Removes the unlikely blocks below `root` (never `root` itself); true when any was removed. */
export function removeUnlikelyBlocks(root: Element): boolean {
  const rules = readability().Readability.prototype as unknown as FirstPassRules;
  let removed = false;
  let element = root.firstElementChild;
  while (element && element !== root) {
    if (isUnlikely(element, rules)) {
      const next = nextOutside(element, root);
      element.remove();
      removed = true;
      element = next;
    } else element = element.firstElementChild ?? nextOutside(element, root);
  }
  return removed;
}

/** The element after `element` and its descendants, in document order; null past `root`'s end. */
function nextOutside(element: Element, root: Element): Element | null {
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
