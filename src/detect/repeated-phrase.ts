/**
 * repeated-phrase: the same phrase of three or more words twice in one sentence ("have
 * been carried out for four months … for four months"). Machine translation of a Russian
 * sentence with a fronted adverbial often keeps it and adds it again at the end.
 *
 * Notes:
 * - Phrases of function words only ("one of the … one of the", "in the … in the") and
 *   phrases with a single content word ("at the end of … at the end of") are ordinary
 *   parallelism, not reported: at least two content words are required.
 * - Names repeated in a long sentence ("the United States … the United States") are
 *   normal English: at least one content word must be lower-case.
 * - Only adverbial phrases are reported: the phrase opens with a preposition ("for four
 *   months", "in the capital"), and one copy sits at an edge of the sentence (the first
 *   within its first six words, or the second within three words of its end). Repeats of
 *   noun phrases in mid-sentence ("native ad units … native ad units") are parallelism.
 * - Only the first repeat in a sentence is reported, with the longest span it extends to.
 * - A Map of trigrams keeps each sentence linear in its length.
 */
import { visit } from 'unist-util-visit';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import type { Detector } from './types.js';
import { norm, report, ruleInfo, span } from './util.js';
import { FUNCTION_WORDS } from './lists/function-words.js';

const ID = 'repeated-phrase';
const N = 3;

interface Tok { word: string; raw: string; start: number; end: number }

function words(sentence: Sentence): Tok[] {
  const out: Tok[] = [];
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    const raw = toString(node);
    if (!/\p{L}|\d/u.test(raw)) continue;
    const [start, end] = span(node);
    out.push({ word: norm(raw), raw, start, end });
  }
  return out;
}

/** Prepositions that open the adverbial phrases MT duplicates ("for four months"). */
const PREPOSITIONS = new Set([
  'for', 'in', 'on', 'at', 'during', 'since', 'over', 'from', 'within', 'after', 'before',
  'until', 'till', 'by', 'throughout', 'under', 'with', 'without', 'across', 'among', 'amid',
  'near', 'into', 'through', 'towards', 'toward', 'against', 'outside', 'inside', 'despite',
]);
/** How close to a sentence edge one copy must be (words). */
const EDGE = 6;

function worthy(toks: Tok[]): boolean {
  const content = toks.filter((t) => !FUNCTION_WORDS.has(t.word));
  return content.length >= 2 && content.some((t) => !/^\p{Lu}/u.test(t.raw));
}

function check(sentence: Sentence, file: VFile): void {
  const toks = words(sentence);
  if (toks.length < 2 * N) return;
  const seen = new Map<string, number>();
  for (let i = 0; i + N <= toks.length; i++) {
    const key = toks[i]!.word + ' ' + toks[i + 1]!.word + ' ' + toks[i + 2]!.word;
    const first = seen.get(key);
    if (first === undefined) { seen.set(key, i); continue; }
    if (first + N > i) continue; // overlapping ("a b a b a b")
    // The earliest repeated trigram starts the match; grow it forwards while words agree.
    let len = N;
    while (i + len < toks.length && first + len < i && toks[first + len]!.word === toks[i + len]!.word) len++;
    const phrase = toks.slice(i, i + len);
    if (!worthy(phrase) || !PREPOSITIONS.has(phrase[0]!.word)) continue;
    // The MT pattern: a fronted adverbial repeated at the end of the sentence (or the
    // reverse); two copies in mid-sentence are parallelism ("native ad units … native ad
    // units").
    if (first > EDGE && toks.length - (i + len) > EDGE / 2) continue;
    const text = phrase.map((t) => t.raw).join(' ');
    report(file, {
      ruleId: ID, start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end,
      reason: `Phrase “${text}” is repeated in the same sentence`,
    });
    return;
  }
}

/** retext plugin: report a phrase repeated within one sentence. */
function repeatedPhrase() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'SentenceNode', (sentence: Sentence) => { check(sentence, file); });
  };
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'warning', false, 'the same 3+ word phrase twice in one sentence ("for four months … for four months")'),
  englishOnly: true,
  plugin: repeatedPhrase,
};
export default detector;
