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
 *   per paragraph (a back-reference tried only at word starts).
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
  gate: (text) => { DOUBLE.lastIndex = 0; return DOUBLE.test(text); },
};
export default detector;
