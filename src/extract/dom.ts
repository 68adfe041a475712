/**
 * The few fields of htmlparser2/domhandler nodes the extractor reads, so that no module
 * depends on domhandler's classes. Every walk over these nodes is iterative: pages nested
 * tens of thousands of levels deep must not overflow the stack.
 */
export interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
  parent: DomNode | null;
  /** Offsets of the node's first and last character in the parsed text, when the parser was asked for them. */
  startIndex?: number | null;
  endIndex?: number | null;
}

/** The text of a subtree (scripts and styles skipped), without recursion. */
export function textOf(root: DomNode): string {
  const out: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as DomNode;
    if (n.type === 'text') out.push(n.data ?? '');
    else if (n.children && n.type !== 'script' && n.type !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as DomNode);
    }
  }
  return out.join('');
}
