/**
 * repeated-phrase: the same phrase of three or more words twice in one sentence ("for four
 * months, the protests … have been carried out in Belarus for four months"). MT of a
 * Russian sentence with a fronted adverbial often keeps it and adds it again at the end.
 *
 * Notes:
 * - Only adverbial phrases are reported: the phrase opens with a preposition ("for four
 *   months", "in the capital"), and one copy sits at an edge of the sentence (the first
 *   within its first six words, or the second within three words of its end). Repeats of
 *   noun phrases in mid-sentence ("native ad units … native ad units") are parallelism.
 * - A phrase with one content word ("in the capital") counts only when it opens and closes
 *   the sentence; function words only ("at the … at the") never count. Phrases with fewer
 *   than two content words elsewhere ("at the end of … at the end of") are
 *   ordinary parallelism, not reported.
 * - Names repeated in a long sentence ("in the United States … in the United States") are
 *   normal English: at least one content word must be lower-case.
 * - Only the first repeat in a sentence is reported, extended as far as the copies agree.
 * - One regex pass and a Map of trigrams keep each sentence linear in its length.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Detector } from './types.js';
import { norm, report, ruleInfo, span } from './util.js';
import { FUNCTION_WORDS } from './lists/function-words.js';

const ID = 'repeated-phrase';
const N = 3;
const EDGE = 6;
const WORD = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
/** Prepositions that open the adverbial phrases MT duplicates ("for four months"). */
const PREPOSITIONS = new Set([
  'for', 'in', 'on', 'at', 'during', 'since', 'over', 'from', 'within', 'after', 'before',
  'until', 'till', 'by', 'throughout', 'under', 'with', 'without', 'across', 'among', 'amid',
  'near', 'into', 'through', 'towards', 'toward', 'against', 'outside', 'inside', 'despite',
]);

interface Tok { word: string; raw: string; start: number; end: number }

/** Content words of a phrase (0 = function words only). */
function contentWords(toks: Tok[]): number {
  const content = toks.filter((t) => !FUNCTION_WORDS.has(t.word));
  return content.some((t) => !/^\p{Lu}/u.test(t.raw)) ? content.length : 0;
}

/** A preposition-led trigram: the only kind of phrase this rule reports. */
const LED = new RegExp(`\\b(?:${[...PREPOSITIONS].join('|')})\\s+[\\w'’-]+\\s+[\\w'’-]+`, 'gi');
/** Characters at each edge of a sentence where one copy must be (≈ EDGE words). */
const HEAD_CHARS = 60;
const TAIL_CHARS = 45;

/**
 * Cheap gate: a preposition-led trigram near the start (or end) of the sentence that
 * occurs again elsewhere in it. Only the edges are tokenised; the rest is one indexOf.
 */
function hasRepeat(sentence: string): boolean {
  if (sentence.length < 30) return false;
  const lower = sentence.toLowerCase().replace(/\s+/g, ' ');
  const probe = (from: number, to: number): boolean => {
    LED.lastIndex = from;
    for (let m = LED.exec(lower); m && m.index < to; m = LED.exec(lower)) {
      const at = lower.indexOf(m[0], m.index + 1);
      const back = lower.lastIndexOf(m[0], m.index - 1);
      if (at > 0 || back >= 0) return true;
      LED.lastIndex = m.index + 1;
    }
    return false;
  };
  return probe(0, HEAD_CHARS) || probe(Math.max(0, lower.length - TAIL_CHARS - 30), lower.length);
}

/** Paragraph gate: some preposition-led trigram occurs twice anywhere in the paragraph. */
function paragraphHasRepeat(text: string): boolean {
  const seen = new Set<string>();
  LED.lastIndex = 0;
  for (let m = LED.exec(text); m; m = LED.exec(text)) {
    const key = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return true;
    seen.add(key);
    LED.lastIndex = m.index + 2; // trigrams overlap ("in Belarus for four months")
  }
  return false;
}

function check(file: VFile, text: string, from: number, to: number): void {
  const sentence = text.slice(from, to);
  if (!hasRepeat(sentence)) return;
  const toks: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    toks.push({ word: norm(m[0]), raw: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  if (toks.length < 2 * N) return;
  const seen = new Map<string, number>();
  for (let i = 0; i + N <= toks.length; i++) {
    if (!PREPOSITIONS.has(toks[i]!.word)) continue;
    const key = toks[i]!.word + ' ' + toks[i + 1]!.word + ' ' + toks[i + 2]!.word;
    const first = seen.get(key);
    if (first === undefined) { seen.set(key, i); continue; }
    if (first + N > i) continue; // overlapping copies
    let len = N;
    while (i + len < toks.length && first + len < i && toks[first + len]!.word === toks[i + len]!.word) len++;
    const phrase = toks.slice(i, i + len);
    const content = contentWords(phrase);
    if (content === 0) continue;
    if (first > EDGE && toks.length - (i + len) > EDGE / 2) continue;
    // One content word ("in the capital"): only the strict signature, a phrase that opens
    // the sentence and closes it again.
    if (content === 1 && (first > 1 || toks.length - (i + len) > 1)) continue;
    const shown = phrase.map((t) => t.raw).join(' ');
    report(file, {
      ruleId: ID, start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end,
      reason: `Phrase “${shown}” is repeated in the same sentence`,
    });
    return;
  }
}

/** retext plugin: report an adverbial phrase repeated within one sentence. */
function repeatedPhrase() {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue;
        const [s, e] = span(sentence);
        check(file, text, s, e);
      }
    }
  };
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'warning', false, 'the same 3+ word phrase twice in one sentence ("for four months … for four months")'),
  englishOnly: true,
  plugin: repeatedPhrase,
  gate: (text) => text.length >= 30 && paragraphHasRepeat(text),
};
export default detector;
