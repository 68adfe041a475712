/**
 * repeated-word: the same word twice in a row ("the the"), a copy or merge slip.
 *
 * Notes:
 * - "had had", "that that" ("he said that that was wrong"), "is is" and emphatic pairs
 *   ("very very", "bye bye", "knock knock") are grammatical: never reported, except
 *   "that that" followed by an article ("that that the"), which is not.
 * - Two capitalised words ("Bora Bora", "Baden Baden", "Walla Walla") are names.
 * - Numbers and symbols are not words ("10 10" in a table); words across a sentence end
 *   or a comma ("Yes. Yes", "no, no") are separated by punctuation and never compared.
 * - A run "a a a a" is one finding, not one per pair; the scan is one linear regex pass
 *   per paragraph (a back-reference tried only at word starts), and only on paragraphs where
 *   a character scan (`hasDouble`) has found a word repeated after blanks.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Detector } from './types.js';
import { norm, report, ruleInfo } from './util.js';
import { GRAMMATICAL_DOUBLES } from './lists/repeated-word.js';

const ID = 'repeated-word';
const ARTICLE = /^\s+(?:the|a|an)(?![\p{L}])/iu;

/**
 * A word, blanks, and the same word again (case-insensitive back-reference). ASCII only:
 * V8 runs it several times faster than a Unicode-property pattern, and a doubled word in
 * English text is an ASCII word.
 */
const DOUBLE = /\b([A-Za-z]+(?:['’][A-Za-z]+)?)[ \t]+\1\b(?!['’-])/gi;

function scan(file: VFile, text: string): void {
  let run: { start: number; end: number; raw: string } | undefined;
  const flush = (): void => {
    if (!run) return;
    report(file, {
      ruleId: ID, start: run.start, end: run.end,
      reason: `Word “${run.raw}” is repeated`, expected: [run.raw],
    });
    run = undefined;
  };
  DOUBLE.lastIndex = 0;
  for (let m = DOUBLE.exec(text); m; m = DOUBLE.exec(text)) {
    const raw = m[1]!;
    const second = m[0].slice(m[0].length - raw.length);
    const end = m.index + m[0].length;
    if (!doubled(raw, second, norm(raw), text.slice(end, end + 6))) { flush(); DOUBLE.lastIndex = end - raw.length; continue; }
    // "a a a": continue the run when this pair starts where the last one ended.
    if (run && run.end === m.index + raw.length) run.end = end;
    else { flush(); run = { start: m.index, end, raw }; }
    DOUBLE.lastIndex = end - raw.length; // let the second copy open the next pair
  }
  flush();
}

const SPACE = 32;
const TAB = 9;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** `\w` without the u flag: ASCII letters, digits and "_". */
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * Exactly `DOUBLE.test(text)`, without the regex: V8 tries the back-reference at every word
 * start; this pass compares only the words on either side of each run of blanks, and only
 * when their first letters agree. The first copy ends at the blanks and starts at a word
 * boundary: the letters before them, or those letters with the letters before an
 * apostrophe ("it's it's").
 */
export function hasDouble(text: string): boolean {
  const n = text.length;
  let run = -1; // start of the current run of letters (-1: not in one)
  let last = -1; // start of the run before it, when one apostrophe joins them
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      if (run < 0) {
        const b = i > 0 ? text.charCodeAt(i - 1) : -1;
        last = (b === APOSTROPHE || b === RIGHT_QUOTE) && i >= 2 && isLetter(text.charCodeAt(i - 2)) ? last : -1;
        run = i;
      }
      continue;
    }
    if (run >= 0 && (c === SPACE || c === TAB)) {
      let q = i + 1;
      while (q < n && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB)) q++;
      const next = q < n ? text.charCodeAt(q) | 32 : -1;
      if (next === (text.charCodeAt(run) | 32) && !isWordChar(run > 0 ? text.charCodeAt(run - 1) : -1) && copyAt(text, run, i, q)) return true;
      if (last >= 0 && next === (text.charCodeAt(last) | 32) && !isWordChar(last > 0 ? text.charCodeAt(last - 1) : -1) && copyAt(text, last, i, q)) return true;
      i = q - 1;
    }
    // A run that ends here may be the first half of "it's": keep its start for the next run.
    last = run >= 0 && (c === APOSTROPHE || c === RIGHT_QUOTE) ? run : -1;
    run = -1;
  }
  return false;
}

/** text[q…] repeats text[start, end) (letters case-insensitively) and ends a word there. */
function copyAt(text: string, start: number, end: number, q: number): boolean {
  const len = end - start;
  if (q + len > text.length) return false;
  for (let t = 0; t < len; t++) {
    const a = text.charCodeAt(start + t);
    const b = text.charCodeAt(q + t);
    if (a !== b && !(isLetter(a) && (a | 32) === (b | 32))) return false;
  }
  const after = q + len < text.length ? text.charCodeAt(q + len) : -1;
  return !isWordChar(after) && after !== APOSTROPHE && after !== RIGHT_QUOTE && after !== HYPHEN;
}

function doubled(first: string, second: string, word: string, after: string): boolean {
  if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) return false; // "Bora Bora"
  if (word === 'that') return ARTICLE.test(after); // "that that the" is not English
  return !GRAMMATICAL_DOUBLES.has(word);
}

/** retext plugin: report doubled words. */
function repeatedWord() {
  return (tree: Root, file: VFile): void => {
    // Words separated by blanks only are in one sentence: the paragraph is scanned whole.
    void tree;
    scan(file, String(file.value));
  };
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'error', false, 'the same word twice in a row ("the the"), not "had had"'),
  englishOnly: true,
  plugin: repeatedWord,
  textOnly: true,
  gate: hasDouble,
};
export default detector;
