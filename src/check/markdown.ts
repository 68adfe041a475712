import { decodeHTML } from 'entities';
import type { UnscrapeRecord } from '../types.js';

/**
 * `--fix` on Markdown. The record's offsets point into the decoded file (the extractor's
 * source map put them there): a span covers the markup inside it (emphasis, a link's address,
 * a line break with its quote marker, tags and character references of an HTML body). A change
 * is applied where the file says exactly what the record says:
 * - an edit whose span is verbatim its `before`;
 * - a removal whose lines hold nothing else (its line or lines, markup and all, read as its
 *   text): the lines go, with one blank line after them;
 * - a removal inside a line whose span, read as text, is its text and whose markup is balanced
 *   (emphasis opened and closed inside it; else the marks just before or after it are taken
 *   too, or the HTML tags that close just after it or open just before it).
 * Every other change is reported, not applied.
 */

/** A span of the file read as text: comments, tags, link addresses, emphasis and quote marks dropped, references decoded, no whitespace. */
export function readsAs(s: string): string {
  return decodeHTML(
    s
      .replace(/<!--[^]*?(?:-->|$)/g, '')
      .replace(/<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']')
      .replace(/\]\[[^\]]*\]/g, ']')
      .replace(/^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/gm, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  ).replace(/[\s*_~`#>|[\]\\]+/gu, '');
}

/** Tags that never close. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Removing `s` leaves the markup around it well formed: every tag it opens it closes, every emphasis run and bracket it opens too. */
export function balanced(s: string): boolean {
  const open = new Map<string, number>();
  for (const m of s.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (voidElements.has(name) || m[3]) continue;
    const n = (open.get(name) ?? 0) + (m[1] ? -1 : 1);
    if (n < 0) return false;
    open.set(name, n);
  }
  if ([...open.values()].some((n) => n !== 0)) return false;
  const text = s.replace(/<[^<>]*>/g, '').replace(/\\./g, '').replace(/^[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]+/gm, '');
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  if (count(/`/g) % 2 !== 0 || count(/\[/g) !== count(/\]/g) || count(/\(/g) !== count(/\)/g)) return false;
  // Emphasis and strike-through runs: an opener (followed by text) needs its closer (preceded by text) inside.
  const stack: string[] = [];
  for (const m of text.matchAll(/\*+|~+|_+/g)) {
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    const word = /[\p{L}\p{N}]/u;
    // An underscore inside a word ("ad_1") is no emphasis.
    if (m[0][0] === '_' && word.test(before) && word.test(after)) continue;
    const opens = !/\s/u.test(after);
    const closes = !/\s/u.test(before);
    if (closes && stack[stack.length - 1] === m[0]) stack.pop();
    else if (opens) stack.push(m[0]);
    else return false;
  }
  return stack.length === 0;
}

interface FileChange {
  start: number;
  end: number;
  after: string;
}

/** The file with every change that maps exactly applied, and the changes that do not map. */
export function fixMarkdown(file: string, record: Pick<UnscrapeRecord, 'removed' | 'edits'>): { text: string; unmapped: string[] } {
  const chars = [...file];
  const body = bodyStart(chars);
  const changes = [
    ...record.removed.map((r) => ({ start: r.start, end: r.end, before: r.text, after: '' })),
    ...record.edits.map((e) => ({ start: e.start, end: e.end, before: e.before, after: e.after })),
  ];
  const fixes: FileChange[] = [];
  const unmapped: string[] = [];
  for (const c of changes) {
    const fix = c.start >= body && c.end <= chars.length ? mapped(chars, c) : undefined;
    if (fix) fixes.push(fix);
    else unmapped.push(c.before);
  }
  // Removals that overlap (a change inside lines that go whole) are one; an edit that overlaps another change is not applied.
  fixes.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: FileChange[] = [];
  for (const f of fixes) {
    if (f.start === f.end && f.after === '') continue;
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      if (last.after === '' && f.after === '') last.end = Math.max(last.end, f.end);
      else unmapped.push(chars.slice(f.start, f.end).join(''));
      continue;
    }
    merged.push({ ...f });
  }
  for (let i = merged.length - 1; i >= 0; i--) {
    const f = merged[i]!;
    chars.splice(f.start, f.end - f.start, f.after);
  }
  return { text: chars.join(''), unmapped };
}

/** Where the body starts: after the front matter, which is never changed. */
function bodyStart(chars: readonly string[]): number {
  const head = chars.slice(0, 65536).join('');
  const fm = /^---[ \t]*\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  return fm ? [...fm[0]].length : 0;
}

const isBlank = (chars: readonly string[], from: number, to: number) => {
  for (let i = from; i < to; i++) if (chars[i] !== ' ' && chars[i] !== '\t' && chars[i] !== '\r') return false;
  return true;
};

function mapped(chars: readonly string[], c: { start: number; end: number; before: string; after: string }): FileChange | undefined {
  const slice = chars.slice(c.start, c.end).join('');
  const want = readsAs(c.before);
  if (c.after !== '') return slice === c.before ? c : undefined;
  // A removal that is all of its lines: they go, with one blank line after (or, at the end, before) them.
  let ls = c.start;
  while (ls > 0 && chars[ls - 1] !== '\n') ls--;
  let le = c.end;
  while (le < chars.length && chars[le] !== '\n') le++;
  const lines = chars.slice(ls, le).join('');
  if (want !== '' && readsAs(lines) === want && balanced(lines)) {
    let start = ls;
    let end = le;
    if (chars[end] === '\n') {
      end++;
      let next = end;
      while (next < chars.length && chars[next] !== '\n') next++;
      if (next < chars.length && isBlank(chars, end, next)) end = next + 1;
    } else if (start > 0) {
      // the last line: the line break before it, and a blank line before that
      start--;
      let prev = start;
      while (prev > 0 && chars[prev - 1] !== '\n') prev--;
      if (prev > 0 && isBlank(chars, prev, start)) start = prev - 1;
    }
    return { start, end, after: '' };
  }
  if (readsAs(slice) !== want) return undefined;
  if (balanced(slice)) return { start: c.start, end: c.end, after: '' };
  // Emphasis that closes inside the span and opened just before it ("**Ad** text" without "Ad** "): the marks go too.
  let start = c.start;
  while (start > 0 && '*_~'.includes(chars[start - 1]!)) start--;
  if (start < c.start && balanced(chars.slice(start, c.end).join(''))) return { start, end: c.end, after: '' };
  let end = c.end;
  while (end < chars.length && '*_~'.includes(chars[end]!)) end++;
  if (end > c.end && balanced(chars.slice(c.start, end).join(''))) return { start: c.start, end, after: '' };
  // An HTML element that closes just after the span or opens just before it ("— Name <a href=…>July 17</a>"
  // with the span ending at the link's text): its tags go too, as few as balance it.
  for (const s of tagsBefore(chars, c.start)) {
    for (const e of tagsAfter(chars, c.end)) {
      if ((s < c.start || e > c.end) && balanced(chars.slice(s, e).join(''))) return { start: s, end: e, after: '' };
    }
  }
  return undefined;
}

/** `at`, then the end of each closing tag in the run right after it. */
function tagsAfter(chars: readonly string[], at: number): number[] {
  const ends = [at];
  for (let end = at; ends.length < 8; ) {
    const m = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/.exec(chars.slice(end, end + 64).join(''));
    if (!m) break;
    end += m[0].length;
    ends.push(end);
  }
  return ends;
}

/** `at`, then the start of each opening tag in the run right before it. */
function tagsBefore(chars: readonly string[], at: number): number[] {
  const starts = [at];
  for (let start = at; starts.length < 8; ) {
    const m = /<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?>$/.exec(chars.slice(Math.max(0, start - 512), start).join(''));
    if (!m) break;
    start -= [...m[0]].length;
    starts.push(start);
  }
  return starts;
}
