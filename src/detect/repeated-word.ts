/**
 * repeated-word: the same word twice in a row ("the the"), a copy or merge slip.
 *
 * Notes:
 * - "had had", "that that" ("he said that that was wrong"), "is is" and emphatic pairs
 *   ("very very", "bye bye", "knock knock") are grammatical: never reported, except
 *   "that that" followed by an article ("that that the"), which is not.
 * - Two capitalised words ("Bora Bora", "Baden Baden", "Walla Walla") are names.
 * - Numbers and symbols are not words ("10 10" in a table).
 * - A run "a a a a" is one finding, not one per pair (and stays linear).
 * - Offsets and regex prefilter are linear: the prefilter only tries word starts.
 */
import { visit } from 'unist-util-visit';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence, SentenceContent } from 'nlcst';
import type { VFile } from 'vfile';
import type { Detector } from './types.js';
import { norm, report, ruleInfo, span } from './util.js';
import { GRAMMATICAL_DOUBLES, NEVER_DOUBLED } from './lists/repeated-word.js';

const ID = 'repeated-word';
const ARTICLE = new Set(['the', 'a', 'an']);

function check(sentence: Sentence, file: VFile): void {
  const kids = sentence.children;
  let prev: { word: string; raw: string; index: number } | undefined;
  let runStart = -1;
  let i = 0;
  const flush = (endIndex: number): void => {
    if (runStart < 0 || !prev) return;
    emit(kids, runStart, endIndex, prev.word, file);
    runStart = -1;
  };
  for (; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.type === 'WhiteSpaceNode') continue;
    if (node.type !== 'WordNode') { flush(prev?.index ?? i); prev = undefined; continue; }
    const raw = toString(node);
    const word = norm(raw);
    if (!/\p{L}/u.test(word)) { flush(prev?.index ?? i); prev = undefined; continue; }
    const between = prev ? kids.slice(prev.index + 1, i) : [];
    const adjacent = prev !== undefined && between.length === 1 && /^[ \t]+$/.test(toString(between[0]!));
    if (adjacent && prev!.word === word && doubled(prev!.raw, raw, word, kids, i)) {
      if (runStart < 0) runStart = prev!.index;
    } else {
      flush(prev?.index ?? i);
    }
    prev = { word, raw, index: i };
  }
  flush(prev?.index ?? kids.length - 1);
}

function doubled(first: string, second: string, word: string, kids: SentenceContent[], i: number): boolean {
  if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) return false; // "Bora Bora"
  if (word === 'that') {
    // "that that the": an article cannot follow a demonstrative "that".
    const next = kids.slice(i + 1).find((n) => n.type !== 'WhiteSpaceNode');
    return next?.type === 'WordNode' && ARTICLE.has(norm(toString(next)));
  }
  return !GRAMMATICAL_DOUBLES.has(word);
}

function emit(kids: SentenceContent[], from: number, to: number, word: string, file: VFile): void {
  const [start] = span(kids[from]!);
  const [, end] = span(kids[to]!);
  const first = toString(kids[from]!);
  report(file, {
    ruleId: ID, start, end,
    reason: NEVER_DOUBLED.has(word) ? `Word “${first}” is repeated` : `Word “${first}” is repeated (“${first} ${first}”)`,
    expected: [first],
  });
}

/** retext plugin: report doubled words. */
function repeatedWord() {
  return (tree: Root, file: VFile): void => {
    // Prefilter: a doubled word needs "x x" somewhere; skip the walk otherwise.
    if (!/(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/iu.test(String(file.value))) return;
    visit(tree, 'SentenceNode', (sentence: Sentence) => { check(sentence, file); });
  };
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'error', true, 'the same word twice in a row ("the the"), not "had had"'),
  englishOnly: true,
  plugin: repeatedWord,
};
export default detector;
