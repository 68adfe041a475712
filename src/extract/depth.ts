/**
 * Preparing a page for the parser, in one linear scan over its tags:
 * - htmlparser2 keeps its open-element stack with `unshift`/`shift`, so parsing costs time
 *   proportional to size × nesting depth: a page nested 60,000 levels deep takes seconds. Only a
 *   pathological page (deeper than maxDepth) is rewritten, dropping the tags (never the text)
 *   below that depth.
 * - Scripts and style sheets are half the bytes of a news page and none of its text: their
 *   content is dropped before parsing (the elements stay, empty), except JSON scripts, which
 *   hold the JSON-LD metadata.
 */

/** Deeper than any real page; a hundred times shallower than the attack pages. */
export const maxDepth = 2000;

/** Elements that never take a closing tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements closed implicitly by their next sibling: unclosed ones must not count as nesting. */
const implied = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);
/** Elements whose content is raw text: a `<` inside them is not a tag. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

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
/** [\w:-] */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45;

/**
 * One past the '>' that ends the opening tag whose name ends at `n`, or 0. As in htmlparser2, a
 * '>' inside a quoted attribute value does not end it: `<a title="<script>">` opens no script.
 */
function openTagEnd(html: string, n: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let k = n; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) {
      return k + 1;
    } else if (c === 61 /* = */) {
      afterEquals = true;
    } else if (c > 32) {
      if (afterEquals && (c === 34 || c === 39)) quote = c;
      afterEquals = false;
    }
  }
  return 0;
}

/**
 * Walk the tags of `html` and call `tag(start, end, delta)` for each one that opens (+1) or
 * closes (-1) a nesting level, and `raw(start, end)` with the content of each script or style
 * sheet that is not JSON; comments, doctype and raw-text content are skipped.
 */
function scan(html: string, tag: (start: number, end: number, delta: 1 | -1) => void, raw: (start: number, end: number) => void): void {
  const lower = (s: number, e: number) => html.slice(s, e).toLowerCase();
  // The next quote of each kind after the scan point, found once and kept until passed: most
  // tags hold no quote before their '>', and their end is then a plain indexOf.
  let double = -2;
  let single = -2;
  const quoteBefore = (from: number, gt: number): boolean => {
    if (double !== -1 && double < from) double = html.indexOf('"', from);
    if (single !== -1 && single < from) single = html.indexOf("'", from);
    return (double >= 0 && double < gt) || (single >= 0 && single < gt);
  };
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
      while (n < html.length && isNameChar(html.charCodeAt(n))) n++;
      const name = lower(nameStart, n);
      end = html.indexOf('>', n) + 1;
      if (!close && end > 0 && quoteBefore(n, end)) end = openTagEnd(html, n);
      if (end === 0) return;
      if (close) {
        if (name && !voidElements.has(name) && !implied.has(name)) tag(i, end, -1);
      } else if (rawTextElements.has(name)) {
        // skip the raw text up to its closing tag; the element itself does not nest
        const re = closing(name);
        re.lastIndex = end;
        const contentStart = end;
        end = re.exec(html)?.index ?? html.length;
        if ((name === 'style' || (name === 'script' && !/json/i.test(html.slice(i, contentStart)))) && end > contentStart) raw(contentStart, end);
      } else if (!voidElements.has(name) && !implied.has(name) && html.charCodeAt(end - 2) !== 47 /* / */) tag(i, end, 1);
    } else {
      end = i + 1;
    }
    i = html.indexOf('<', end);
  }
}

/**
 * `html` without the content of its scripts and style sheets (JSON scripts kept) and, when its
 * nesting goes deeper than maxDepth, without the opening and closing tags below that depth;
 * all text kept.
 */
export function prepareHtml(html: string): string {
  return prepareHtmlCut(html).html;
}

/**
 * {@link prepareHtml}, and the way back: `original(p)` is the offset in `html` of offset `p` of
 * the prepared text (text is never cut, so a text node's offsets map back exactly).
 */
export function prepareHtmlCut(html: string): { html: string; original: (p: number) => number } {
  const cuts = cutsOf(html);
  if (cuts.length === 0) return { html, original: (p) => p };
  const out: string[] = [];
  /** For each cut, where it starts in the prepared text and how much was cut up to its end. */
  const at: number[] = [];
  const removed: number[] = [];
  let from = 0;
  let total = 0;
  for (const [s, e] of cuts) {
    out.push(html.slice(from, s));
    at.push(s - total);
    total += e - s;
    removed.push(total);
    from = e;
  }
  out.push(html.slice(from));
  const original = (p: number): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? p : p + removed[lo - 1]!;
  };
  return { html: out.join(''), original };
}

/** The ranges `prepareHtml` cuts, in order. */
function cutsOf(html: string): Array<[number, number]> {
  let depth = 0;
  let max = 0;
  const cuts: Array<[number, number]> = [];
  scan(html, (_s, _e, d) => {
    depth = Math.max(0, depth + d);
    if (depth > max) max = depth;
  }, (s, e) => cuts.push([s, e]));
  if (max > maxDepth) {
    // Again, with the deep tags cut too: both kinds arrive in the order of the page.
    cuts.length = 0;
    depth = 0;
    scan(html, (s, e, d) => {
      const level = d === 1 ? depth + 1 : depth;
      depth = Math.max(0, depth + d);
      if (level > maxDepth) cuts.push([s, e]);
    }, (s, e) => cuts.push([s, e]));
  }
  return cuts;
}
