/**
 * repeated-word: the same word twice or more in a row ("the the", "Monday Monday Monday",
 * "pro-government pro-government", "2021 2021"), a copy, merge or MT segmentation slip.
 *
 * Notes:
 * - Words are compared case-insensitively ("The the"); a word is letters and digits with
 *   inner hyphens and apostrophes ("pro-government", "it's"), or a number ("2021", "1,000").
 * - Only words separated by blanks are compared: "Yes. Yes", "no, no" and a line break
 *   between two words are not repeats.
 * - A run of any length is one finding, and the suggestion is the single word.
 * - A pair (two copies, not three) is quiet when English doubles the word on purpose:
 *   "had had", "is is", "very very", "bye bye" (lists/repeated-word.ts), interjections ("no
 *   no", "well well") where they open or close a clause, "that that" unless an
 *   article follows ("that that the"); a reduplicated name or term ("Bora Bora", "Sirhan
 *   Sirhan", "ylang ylang": a list with its sources); two capitalised copies inside a
 *   quotation (a title: the song “Monday Monday”). Two capitalised copies of a short word the
 *   lexicon does not know ("Lang Lang", a Chinese given name) are only a hint (`info`).
 * - A run of three or more copies is always reported.
 * - Numbers: only copies separated by one space, with no number before or after the run and
 *   nothing glued to its end ("10 10 9" is a row of a table, "1 1/2 cups" a fraction; "in
 *   2021 2021" is a slip).
 * - Two capitalised copies on a line with no lower-case word are a heading or a table header
 *   ("Last Change Change %").
 * - One linear character pass finds candidate pairs (`hasRepeat`, also the paragraph gate).
 */
import type { Reporter, TextDetector, TextUnit } from './types.js';
import { norm } from './util.js';
import { grammaticalDoubles, interjectionDoubles, reduplicated } from './lists/repeated-word.js';
import { inLexicon } from './tagger.js';

const ruleId = 'repeated-word';
const article = /^\s+(?:the|a|an)(?![\p{L}])/iu;
const letter = /\p{L}|\p{M}/u;

const space = 32;
const tab = 9;
const apostrophe = 39;
const rightQuote = 0x2019;
const hyphen = 45;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** ASCII letters and digits, by code. */
const asciiWord = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiLetter(c) || isDigit(c)) asciiWord[c] = 1;
/**
 * The answer of `letter` for each UTF-16 code unit asked about so far (0: not yet, 1: no, 2:
 * yes): curly quotes and dashes come in every paragraph, and a pattern test of a new
 * one-character string each time cost a tenth of the gate.
 */
const letterUnits = new Uint8Array(0x10000);
/** Whether the code unit `c` at `i` (inside `text`) is a letter or digit (non-ASCII letters by their Unicode property). */
function isWordUnit(text: string, i: number, c: number): boolean {
  if (c < 128) return asciiWord[c] === 1;
  let known = letterUnits[c]!;
  if (known === 0) letterUnits[c] = known = letter.test(text[i]!) ? 2 : 1;
  return known === 2;
}

interface Word { start: number; end: number }

/**
 * Walk the words of `text` and call `pair(a, b)` for every two neighbours that only blanks
 * separate and that are equal case-insensitively; stop when it returns true.
 */
function pairs(text: string, pair: (a: Word, b: Word) => boolean): void {
  const n = text.length;
  // The previous word's span (-1: none); numbers, not objects: this runs on every paragraph.
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (!isWordUnit(text, i, first)) {
      // Only blanks may lie between two compared words.
      if (first !== space && first !== tab) prevStart = -1;
      i++;
      continue;
    }
    const start = i;
    const digits = isDigit(first);
    i++;
    for (;;) {
      while (i < n && isWordUnit(text, i, text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      // Inner joiners: ' ’ - in words, , . between digits ("1,000", "3.5").
      const joins = c === apostrophe || c === rightQuote || c === hyphen
        ? i + 1 < n && isWordUnit(text, i + 1, text.charCodeAt(i + 1))
        : (c === 44 || c === 46) && digits && i + 1 < n && isDigit(text.charCodeAt(i + 1));
      if (!joins) break;
      i += 2;
    }
    if (prevStart >= 0 && same(text, prevStart, prevEnd, start, i) && pair({ start: prevStart, end: prevEnd }, { start, end: i })) return;
    prevStart = start;
    prevEnd = i;
  }
}

/** Two words (spans [aStart, aEnd) and [bStart, bEnd)) with the same letters, case-insensitively. */
function same(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const len = aEnd - aStart;
  if (bEnd - bStart !== len) return false;
  for (let t = 0; t < len; t++) {
    const x = text.charCodeAt(aStart + t);
    const y = text.charCodeAt(bStart + t);
    if (x === y) continue;
    if (x < 128 && y < 128) { if (!(isAsciiLetter(x) && (x | 32) === (y | 32))) return false; continue; }
    if (text[aStart + t]!.toLowerCase() !== text[bStart + t]!.toLowerCase()) return false;
  }
  return true;
}

/** Cheap gate: some word is followed, after blanks only, by itself. */
export function hasRepeat(text: string): boolean {
  let found = false;
  pairs(text, () => (found = true));
  return found;
}

/** True when the offset `at` lies inside an open quotation of the paragraph `text`. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const curly = (before.match(/[“«„]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

const capital = /^\p{Lu}/u;
/** How a run of `copies` copies of `raw` is reported: not at all, as a hint, or as a finding. */
function verdict(text: string, first: Word, last: Word, copies: number): 'quiet' | 'info' | 'report' {
  const raw = text.slice(first.start, first.end);
  if (isDigit(raw.charCodeAt(0))) {
    // A row of numbers, not a slip: copies apart by more than one space, or more numbers around.
    if (text.slice(first.start, last.end).replace(/\d|[.,]/g, '').replace(/ /g, '').length > 0) return 'quiet';
    if (/\d[.,]?\s*$/.test(text.slice(Math.max(0, first.start - 8), first.start))) return 'quiet';
    if (/^\s*\d/.test(text.slice(last.end, last.end + 8))) return 'quiet';
    // "1 1/2 cups", "1 1%": a number expression, not a repeat.
    if (!/^(?:$|[\s.,;:!?)”"’])/.test(text.slice(last.end, last.end + 1))) return 'quiet';
    if (/\s{2,}/.test(text.slice(first.start, last.end))) return 'quiet';
    return 'report';
  }
  if (copies >= 3) return 'report';
  const word = norm(raw);
  if (word === 'that') return article.test(text.slice(last.end, last.end + 6)) ? 'report' : 'quiet';
  if (grammaticalDoubles.has(word) || reduplicated.has(word)) return 'quiet';
  if (interjectionDoubles.has(word)) {
    const opens = /(?:^|[.!?,;:—–(“"‘]\s*)$/.test(text.slice(Math.max(0, first.start - 3), first.start));
    const ends = /^\s*(?:[.!?,;:—–)”"’]|$)/.test(text.slice(last.end, last.end + 3));
    if (opens || ends) return 'quiet';
  }
  const second = text.slice(last.start, last.end);
  if (capital.test(raw) && capital.test(second)) {
    if (quoted(text, first.start)) return 'quiet'; // a title: “Monday Monday”
    // A line with no lower-case word is a heading or a table row ("Last Change Change %").
    const lineStart = text.lastIndexOf('\n', first.start) + 1;
    const lineEnd = text.indexOf('\n', last.end);
    if (!/\b\p{Ll}{3,}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return 'quiet';
    if (word.length <= 4 && !word.includes('-') && !inLexicon(word)) return 'info'; // "Lang Lang"
  }
  return 'report';
}

/** Report repeated words: words separated by blanks only are in one sentence, so the paragraph is scanned whole. */
function check({ text }: TextUnit, report: Reporter): void {
  let run: { first: Word; last: Word; copies: number } | undefined;
  const flush = (): void => {
    if (!run) return;
    const { first, last, copies } = run;
    run = undefined;
    const v = verdict(text, first, last, copies);
    if (v === 'quiet') return;
    const raw = text.slice(first.start, first.end);
    report({
      start: first.start, end: last.end, info: v === 'info',
      message: copies > 2 ? `Word “${raw}” is repeated ${copies} times` : `Word “${raw}” is repeated`,
      suggestion: raw,
    });
  };
  pairs(text, (a, b) => {
    if (run && run.last.start === a.start) { run.last = b; run.copies++; } else { flush(); run = { first: a, last: b, copies: 2 }; }
    return false;
  });
  flush();
}

const detector: TextDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'error', fixable: false, summary: 'the same word twice or more in a row ("the the", "2021 2021"), not "had had"', languages: ['en'] },
  needs: 'text',
  check,
  gate: hasRepeat,
};
export default detector;
