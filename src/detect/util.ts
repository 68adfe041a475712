/** Small helpers shared by the detectors: node spans, word normalizing, sentence matching, tries. */
import type { Point } from 'unist';
import type { Root } from 'nlcst';
import { escapeRegExp } from '../shared/regexp.js';

/** Start and end offsets of an nlcst/unist node (0 when it has no position). */
export function span(node: { position?: { start: Point; end: Point } | undefined }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/**
 * `test` with its answer for the last text kept: the runner asks a detector's gate, then the
 * detector's check asks the same question of the same paragraph.
 */
export function lastAnswer<T>(test: (text: string) => T): (text: string) => T {
  let last: string | undefined;
  let answer: T;
  return (text) => {
    if (text !== last) {
      answer = test(text);
      last = text;
    }
    return answer!;
  };
}

/**
 * Whether one of the first `limit` runs of a-z in `text` (what /[a-z]+/g finds) passes `test`:
 * a scan of the characters, with no match object per run.
 */
export function someLetterRun(text: string, test: (run: string) => boolean, limit = Infinity): boolean {
  const n = text.length;
  let runs = 0;
  for (let i = 0; i < n && runs < limit;) {
    let c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    do c = text.charCodeAt(++i); while (i < n && c >= 97 && c <= 122);
    if (test(text.slice(start, i))) return true;
    runs++;
  }
  return false;
}

/** Lower-case a word, folding typographic apostrophes to ASCII. */
export function norm(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'");
}

/**
 * Run a global regex over each sentence of the tree and hand every match to `onMatch` with
 * its offset in `text` (the tree's text). The regex must be linear (literal alternations, no nested
 * quantifiers); `prefilter` is tested on the whole paragraph first to skip the walk.
 */
export function eachSentenceMatch(
  tree: Root, text: string, pattern: RegExp,
  onMatch: (match: RegExpExecArray, offset: number, sentence: string, sentenceStart: number) => void,
  prefilter?: RegExp,
): void {
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

/** A letter, an apostrophe or a hyphen: what may not touch a listed word (`WordList`). */
const wordEdge = /[\p{L}'’-]/u;

function isWordEdge(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  // A low surrogate: the character is the pair that ends here.
  if (c >= 0xdc00 && c <= 0xdfff) return wordEdge.test(text.slice(i - 1, i + 1));
  return wordEdge.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * A list of lower-case words (letters, ' and - only) found as whole words in a text, case-
 * insensitively: what `(?<![\p{L}'’-])(?:w1|w2|…)(?![\p{L}'’-])` with the flags "iu" finds, several
 * times faster. V8 runs such an alternation with a look-behind at every position; here a trie
 * (`trieSource`) scans the lower-cased text and the two edges of each match are checked after.
 * The longest listed word at a position is the only one that may fit there (a shorter one is
 * followed by a letter, ' or -), and no match starts inside another.
 */
export class WordList {
  readonly pattern: RegExp;
  private readonly scan: RegExp;
  constructor(words: Iterable<string>) {
    const list = [...words];
    if (list.some((w) => !/^[a-z'-]+$/.test(w))) throw new Error('WordList: lower-case letters, \' and - only');
    const alternation = list.map(escapeRegExp).join('|');
    this.pattern = new RegExp(`(?<![\\p{L}'’-])(?:${alternation})(?![\\p{L}'’-])`, 'giu');
    // A listed word can only fit where no letter, ' or - stands before it (the edges checked
    // after), and a match cannot start inside another: the look-behind lets the scan skip the
    // inside of words without walking the trie there (a third less time on news text).
    this.scan = new RegExp(`(?<![a-z'-])${trieSource(list)}`, 'g');
  }

  /** Whether a listed word stands in `text`. */
  test(text: string): boolean {
    return this.lastBefore(text, Infinity, true) >= 0;
  }

  /** Offset of the last listed word that starts before `at` (-1: none); with `first`, of the first one. */
  lastBefore(text: string, at: number, first = false): number {
    const lower = text.toLowerCase();
    let found = -1;
    if (lower.length !== text.length) {
      // Lower-casing moved offsets ("İ"): the regex itself.
      const re = this.pattern;
      re.lastIndex = 0;
      for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
        found = m.index;
        if (first) break;
      }
      return found;
    }
    const re = this.scan;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m && m.index < at; m = re.exec(lower)) {
      if (isWordEdge(lower, m.index - 1) || isWordEdge(lower, m.index + m[0].length)) continue;
      found = m.index;
      if (first) break;
    }
    return found;
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
