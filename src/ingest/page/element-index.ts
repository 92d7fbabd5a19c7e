// Every element of a parsed page in document order, found in one walk of the tree. linkedom walks the
// whole tree for each querySelectorAll, and the metadata reader asks for a dozen kinds of element; one
// index answers them all. It describes the tree as it was when built: build it before changing the tree.

export class ElementIndex {
  /** Every element below the root, in document order. */
  readonly all: Element[] = [];
  /** For all[i]: the position just after its last descendant. */
  private readonly ends: number[] = [];
  private readonly positions = new Map<Element, number>();
  private readonly tags = new Map<string, Element[]>();

  constructor(root: Document | Element) {
    this.walk(root);
  }

  /** Pre-order, without recursion: a malformed page may nest thousands of elements deep. */
  private walk(root: Document | Element): void {
    const open: number[] = []; // positions of the elements whose descendants are being listed
    let element = root.firstElementChild;
    while (element) {
      const at = this.all.length;
      this.all.push(element);
      this.ends.push(at + 1);
      this.positions.set(element, at);
      const sameTag = this.tags.get(element.tagName);
      if (sameTag) sameTag.push(element);
      else this.tags.set(element.tagName, [element]);
      const child = element.firstElementChild;
      if (child) {
        open.push(at);
        element = child;
        continue;
      }
      // Up to the nearest ancestor with a next sibling, closing the ancestors passed on the way.
      let next = element.nextElementSibling;
      while (!next && open.length > 0) {
        const parent = open.pop()!;
        this.ends[parent] = this.all.length;
        next = this.all[parent]!.nextElementSibling;
      }
      element = next;
    }
  }

  /** The elements with these tag names (upper-case, as tagName gives them), in document order. */
  byTag(...tags: string[]): Element[] {
    if (tags.length === 1) return this.tags.get(tags[0]!) ?? [];
    const wanted = new Set(tags);
    return this.all.filter((element) => wanted.has(element.tagName));
  }

  /** The elements inside `element` (not itself), in document order; [] for one not in the index. */
  within(element: Element | null | undefined): Element[] {
    const at = element ? this.positions.get(element) : undefined;
    return at === undefined ? [] : this.all.slice(at + 1, this.ends[at]);
  }
}
