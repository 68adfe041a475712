import type { DomNode } from './dom.js';
import {
  BODY_ITEMPROP, BOILERPLATE_TOKEN, CONTENT_TOKEN, DROP_ROLES, DROP_TAGS, HEADING_TAGS, INLINE_TAGS,
  NEVER_DROP_BY_CLASS, SOFT_DROP_TAGS, WRAPPER_SHARE,
} from './selectors.js';
import { parseDirective, type Marker } from './suppress.js';
import { collapseBlock } from './text.js';

/** One paragraph candidate: the text between two block boundaries. */
export interface Block {
  text: string;
  /** Raw characters of text, and how many of them were inside links. */
  chars: number;
  linkChars: number;
  /** Index (in `Linear.elems`) of the innermost element around the paragraph. */
  owner: number;
  heading: boolean;
}

/** A kept element: its parent and the range of blocks flushed inside it. */
export interface Elem {
  name: string;
  parent: number;
  first: number;
  end: number;
  /** Its class, id or itemprop marks the article body. */
  content: boolean;
}

/** A page as a flat list of paragraphs with the element tree over them. */
export interface Linear {
  blocks: Block[];
  elems: Elem[];
  markers: Marker[];
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Text nodes at least this long count as prose for the wrapper test. */
const PROSE_NODE_CHARS = 60;

/**
 * Prose under every element (characters of long text nodes), in one iterative pass: a
 * furniture-looking element that holds much of the page's prose is a wrapper, not furniture.
 */
function proseSizes(root: DomNode): Map<DomNode, number> {
  const order: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as DomNode;
    order.push(n);
    if (n.children && n.type !== 'script' && n.type !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as DomNode);
    }
  }
  const size = new Map<DomNode, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i] as DomNode;
    let own = size.get(n) ?? 0;
    if (n.type === 'text') {
      const d = n.data ?? '';
      own = d.length >= PROSE_NODE_CHARS && d.trim().length >= PROSE_NODE_CHARS ? d.length : 0;
    }
    if (n.parent && own) size.set(n.parent, (size.get(n.parent) ?? 0) + own);
  }
  return size;
}

function tokens(a: Record<string, string>): string[] {
  const s = `${a['class'] ?? ''} ${a['id'] ?? ''}`.toLowerCase().trim();
  return s ? s.split(/\s+/) : [];
}

/**
 * Flatten a parsed page into paragraphs, skipping furniture: dropped tags, hidden elements,
 * furniture roles and class/id tokens (unless the element holds most of the page's text, as
 * a site-wide wrapper does). Records inline suppression comments as markers. Iterative.
 */
export function linearize(root: DomNode): Linear {
  const sizes = proseSizes(root);
  const pageSize = sizes.get(root) ?? 0;
  const tokenCache = new Map<string, number>(); // 1 furniture, 2 content, 0 neither
  const classify = (a: Record<string, string>): number => {
    const key = `${a['class'] ?? ''}#${a['id'] ?? ''}#${a['itemprop'] ?? ''}`;
    let v = tokenCache.get(key);
    if (v === undefined) {
      const toks = tokens(a);
      const ip = (a['itemprop'] ?? '').toLowerCase();
      if (BODY_ITEMPROP.has(ip) || toks.some((t) => CONTENT_TOKEN.test(t))) v = 2;
      else v = toks.some((t) => BOILERPLATE_TOKEN.test(t)) ? 1 : 0;
      tokenCache.set(key, v);
    }
    return v;
  };
  const isWrapper = (n: DomNode) => (sizes.get(n) ?? 0) > WRAPPER_SHARE * pageSize;

  const blocks: Block[] = [];
  const elems: Elem[] = [{ name: '#root', parent: -1, first: 0, end: 0, content: false }];
  const markers: Marker[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let hasText = false;
  let heading = false;
  let linkDepth = 0;
  let headingDepth = 0;
  let cur = 0;

  const flush = () => {
    if (!hasText) {
      parts = [];
      chars = linkChars = 0;
      heading = false;
      return;
    }
    const text = collapseBlock(parts.join(''));
    if (text) blocks.push({ text, chars, linkChars, owner: cur, heading });
    parts = [];
    chars = linkChars = 0;
    hasText = heading = false;
  };

  // Entries are nodes to enter, or numbers: the index of an element to leave.
  const stack: Array<DomNode | number> = [];
  const rootChildren = root.children ?? [];
  for (let i = rootChildren.length - 1; i >= 0; i--) stack.push(rootChildren[i] as DomNode);
  while (stack.length) {
    const entry = stack.pop() as DomNode | number;
    if (typeof entry === 'number') {
      const e = elems[entry] as Elem;
      if (!INLINE_TAGS.has(e.name)) flush();
      if (e.name === 'a') linkDepth--;
      if (HEADING_TAGS.has(e.name)) headingDepth--;
      e.end = blocks.length;
      cur = e.parent;
      continue;
    }
    const n = entry;
    if (n.type === 'text') {
      const d = n.data ?? '';
      if (!d) continue;
      parts.push(d);
      chars += d.length;
      if (linkDepth > 0) linkChars += d.length;
      if (!hasText && /\S/.test(d)) hasText = true;
      if (headingDepth > 0) heading = true;
      continue;
    }
    if (n.type === 'comment') {
      const dir = parseDirective(n.data ?? '');
      if (dir) markers.push({ ...dir, at: blocks.length + (hasText && dir.kind !== 'disable' ? 1 : 0) });
      continue;
    }
    if (n.type !== 'tag') continue; // script, style, doctype, CDATA
    const name = (n.name ?? '').toLowerCase();
    const a = n.attribs ?? {};
    const inline = INLINE_TAGS.has(name);
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    let drop = DROP_TAGS.has(name) && !(SOFT_DROP_TAGS.has(name) && isWrapper(n));
    if (!drop) {
      drop = a['hidden'] !== undefined || a['aria-hidden'] === 'true' || (a['style'] !== undefined && HIDDEN_STYLE.test(a['style'])) ||
        DROP_ROLES.has((a['role'] ?? '').toLowerCase());
    }
    let content = false;
    if (!drop && !NEVER_DROP_BY_CLASS.has(name) && (a['class'] || a['id'] || a['itemprop'])) {
      const c = classify(a);
      if (c === 1) drop = !isWrapper(n);
      content = c === 2;
    }
    if (drop) {
      if (!inline) flush();
      continue;
    }
    if (!inline) flush();
    const idx = elems.length;
    elems.push({ name, parent: cur, first: blocks.length, end: blocks.length, content });
    cur = idx;
    if (name === 'a') linkDepth++;
    if (HEADING_TAGS.has(name)) headingDepth++;
    stack.push(idx);
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i] as DomNode);
  }
  flush();
  (elems[0] as Elem).end = blocks.length;
  return { blocks, elems, markers };
}
