/** Small helpers shared by the cleaning rules. */
import type { Change, CleanContext } from '../types.js';

/**
 * `build(list)` once per configured list: the lists of a CleanContext live as long as the
 * worker's settings, so what a rule derives from them is not derived again for each document.
 */
export function perList<T>(build: (list: readonly string[]) => T): (list: readonly string[]) => T {
  const built = new WeakMap<readonly string[], T>();
  return (list) => {
    let value = built.get(list);
    if (value === undefined) built.set(list, (value = build(list)));
    return value;
  };
}

/** What /\s/ matches, without a regex call per character. */
export function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A copy of a change with exactly its four fields, and its reason when it has one. Changes come
 * from many places; a spread (`{ ...c }`) of objects of so many shapes takes V8's slow generic path.
 */
export function copyChange(c: Change): Change {
  return { rule: c.rule, start: c.start, end: c.end, replacement: c.replacement, ...(c.reason ? { reason: c.reason } : {}) };
}

/** Inline blanks the whitespace rule turns into " ": tab, CR, no-break and the odd spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

/** Line breaks: "\n", and "\v", "\f", NEL, U+2028, U+2029, which the whitespace rule turns into "\n". */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Line breaks other than "\n": where a text has none, its lines are found with indexOf. */
const rareBreak = /[\v\f\u0085\u2028\u2029]/;

/** The end of each line of `text` (the offset of its break, or the text's length for the last line). */
export function lineEnds(text: string): number[] {
  const ends: number[] = [];
  if (rareBreak.test(text)) {
    for (let i = 0; i < text.length; i++) if (isLineBreak(text.charCodeAt(i))) ends.push(i);
  } else {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
  }
  ends.push(text.length);
  return ends;
}

/** A blank other than a space or a line break. */
const rareBlank = /[^\S \n]/;

/**
 * Whether `text` may hold a run of blanks or a blank other than a space: one that the whitespace
 * rule changes. Most texts hold none, and skip the scans for them.
 */
export function mayHoldOddBlanks(text: string): boolean {
  return text.includes('  ') || rareBlank.test(text);
}

/**
 * The matches of `re` (flag `y`), a pattern whose every match begins with one of `firsts`, in
 * order and not overlapping, as matchAll finds them: it is tried only where one of them occurs.
 * (A pattern with the `i` flag, or beginning with a look-behind, is otherwise tried at every
 * position of the text.)
 */
export function matchesAt(re: RegExp, text: string, firsts: readonly string[]): RegExpExecArray[] {
  const starts: number[] = [];
  for (const first of firsts) for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) starts.push(i);
  starts.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) {
      found.push(m);
      from = at + m[0].length;
    }
  }
  return found;
}

/** Where the matches of a global `re` in `text` start. */
export function matchStarts(re: RegExp, text: string): number[] {
  const starts: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts;
}

/** Whether `page-furniture` reads the text's lines: a document's own (plain text, a piece of one) or a Markdown document's. */
export function readsLines(ctx: CleanContext): boolean {
  return ctx.plain === true || ctx.markdown === true || ctx.piece === true;
}
