/**
 * Small helpers shared by the detectors: reporting a span of a paragraph as a VFile
 * message with the fields the registry promises (ruleId, source, url, actual, expected).
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { escapeRegExp } from '../shared/regexp.js';

/** Base of every rule's documentation link. */
export const DOCS_URL = 'https://github.com/unscrape/unscrape/blob/main/docs/rules.md#';

/**
 * Point at a UTF-16 offset. Only `offset` is read downstream (the wrapper adds the
 * paragraph's start); line/column stay nominal so a message costs O(1), not O(offset).
 */
function pointAt(offset: number): Point {
  return { line: 1, column: offset + 1, offset };
}

/** What a detector says about one span. */
export interface Report {
  ruleId: string;
  reason: string;
  start: number;
  end: number;
  /** The text found (defaults to the span). */
  actual?: string;
  /** Suggested replacements, best first. */
  expected?: string[];
  /** A weak hint: reported as `info` whatever the rule's level. */
  info?: boolean;
}

/** Emit one finding on `file` (offsets into `file.value`). */
export function report(file: VFile, r: Report): void {
  const text = String(file.value);
  const place = { start: pointAt(r.start), end: pointAt(r.end) };
  const options = { place, ruleId: r.ruleId, source: 'unscrape' };
  const message = r.info ? file.info(r.reason, options) : file.message(r.reason, options);
  message.actual = r.actual ?? text.slice(r.start, r.end);
  if (r.expected) message.expected = r.expected;
  message.url = DOCS_URL + r.ruleId;
}

/** Start and end offsets of an nlcst/unist node (0 when it has no position). */
export function span(node: { position?: { start: Point; end: Point } | undefined }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** Lower-case a word, folding typographic apostrophes to ASCII. */
export function norm(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'");
}

/** Registry metadata for a detector with the documentation link filled in. */
export function ruleInfo<S extends 'detect' | 'both'>(
  id: string, stage: S, severity: 'error' | 'warning' | 'info', fixable: boolean, summary: string,
): { id: string; stage: S; severity: 'error' | 'warning' | 'info'; fixable: boolean; summary: string; url: string } {
  return { id, stage, severity, fixable, summary, url: DOCS_URL + id };
}

/**
 * Run a global regex over each sentence of the tree and hand every match to `onMatch` with
 * its offset in `file.value`. The regex must be linear (literal alternations, no nested
 * quantifiers); `prefilter` is tested on the whole paragraph first to skip the walk.
 */
export function eachSentenceMatch(
  tree: import('nlcst').Root, file: VFile, pattern: RegExp,
  onMatch: (match: RegExpExecArray, offset: number, sentence: string, sentenceStart: number) => void,
  prefilter?: RegExp,
): void {
  const text = String(file.value);
  if (prefilter && !prefilter.test(text)) return;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const [s, e] = span(sentence);
      const value = text.slice(s, e);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
        onMatch(m, s + m.index, value, s);
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
  }
}

/**
 * Regex source matching exactly one of `strings`, as a character trie: "allow|allows|
 * allowed" becomes "allow(?:s|ed)?". V8 tries a flat alternation's branches one after the
 * other at every position of the text; the trie decides on the first character, which
 * makes a prefilter over a long list several times faster. `unit` turns one character
 * into its regex source (escaping it, or widening " " to "\s+").
 */
export function trieSource(strings: Iterable<string>, unit: (ch: string) => string = escapeRegExp): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const s of strings) {
    let node = root;
    for (const ch of s) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const alts = [...node.next].map(([ch, child]) => unit(ch) + source(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 && !node.end ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `${body}?` : body;
  };
  return `(?:${source(root)})`;
}
