/**
 * htmlparser2 keeps its open-element stack with `unshift`/`shift`, so parsing costs time
 * proportional to size × nesting depth: a page nested 60,000 levels deep takes seconds. One
 * linear scan over the tags finds the depth; only a pathological page (deeper than
 * MAX_DEPTH) is rewritten, dropping the tags (never the text) below that depth.
 */

/** Deeper than any real page; a hundred times shallower than the attack pages. */
export const MAX_DEPTH = 2000;

/** Elements that never take a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements closed implicitly by their next sibling: unclosed ones must not count as nesting. */
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);
/** Elements whose content is raw text: a `<` inside them is not a tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

const closers = new Map<string, RegExp>();
/** A case-insensitive global search for `</name` (set `lastIndex` to start). */
function closing(name: string): RegExp {
  let re = closers.get(name);
  if (!re) {
    re = new RegExp('</' + name, 'gi');
    closers.set(name, re);
  }
  return re;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Walk the tags of `html` and call `tag(start, end, delta)` for each one that opens (+1) or
 * closes (-1) a nesting level; comments, doctype and raw-text content are skipped.
 */
function scan(html: string, tag: (start: number, end: number, delta: 1 | -1) => void): void {
  const lower = (s: number, e: number) => html.slice(s, e).toLowerCase();
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const c = html.charCodeAt(i + 1);
    let end: number;
    if (c === 33 /* ! */) {
      end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) + 3 : html.indexOf('>', i) + 1;
      if (end <= 2) return;
    } else if (c === 47 /* / */ || isLetter(c)) {
      const close = c === 47;
      let n = i + (close ? 2 : 1);
      const nameStart = n;
      while (n < html.length && isLetter(html.charCodeAt(n))) n++;
      while (n < html.length && /[\w:-]/.test(html.charAt(n))) n++;
      const name = lower(nameStart, n);
      end = html.indexOf('>', n) + 1;
      if (end === 0) return;
      if (close) {
        if (name && !VOID.has(name) && !IMPLIED.has(name)) tag(i, end, -1);
      } else if (RAW.has(name)) {
        // skip the raw text up to its closing tag; the element itself does not nest
        const re = closing(name);
        re.lastIndex = end;
        end = re.exec(html)?.index ?? html.length;
      } else if (!VOID.has(name) && !IMPLIED.has(name) && html.charCodeAt(end - 2) !== 47 /* / */) tag(i, end, 1);
    } else {
      end = i + 1;
    }
    i = html.indexOf('<', end);
  }
}

/**
 * Return `html` unchanged when its nesting stays within MAX_DEPTH (every real page); else a
 * copy without the opening and closing tags below that depth, all text kept.
 */
export function limitDepth(html: string): string {
  let depth = 0;
  let max = 0;
  scan(html, (_s, _e, d) => {
    depth = Math.max(0, depth + d);
    if (depth > max) max = depth;
  });
  if (max <= MAX_DEPTH) return html;
  const out: string[] = [];
  let from = 0;
  depth = 0;
  scan(html, (s, e, d) => {
    const level = d === 1 ? depth + 1 : depth;
    depth = Math.max(0, depth + d);
    if (level > MAX_DEPTH) {
      out.push(html.slice(from, s));
      from = e;
    }
  });
  out.push(html.slice(from));
  return out.join('');
}
