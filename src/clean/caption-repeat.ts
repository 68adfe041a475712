/**
 * In-document repetition for `caption`: a short stand-alone line that repeats a sentence found
 * in another paragraph of the same document is a photo caption or a pull quote ("The minister,
 * 54, arrives at the summit in Brussels on Monday" above the paragraph that says "The minister,
 * 54, arrived at the summit in Brussels on Monday, officials said.").
 *
 * Notes:
 * - Content words are the words of four letters or more (and numbers), compared by their first
 *   six letters, case and digits folded: "arrives" and "arrived" are one word, and no language's
 *   stop-word list is needed. A line needs five of them (`minContent`).
 * - The line repeats the sentence when its content words are the sentence's, in order, or a run
 *   of them covering 70% of the sentence's: a caption drops a clause, not the sentence's matter.
 *   A quotation inside a sentence counts as a sentence: a pull quote leaves out "she said".
 * - The sentence must be in a paragraph that says more than it: two identical paragraphs are a
 *   duplicate (reported by `duplicate-paragraph`), not a caption.
 * - The title and the lead (the first paragraph) are never taken: a lead repeated in the body,
 *   or a title restated, is the article's own text.
 * - A line that ends with a full stop (or ! ? …) is a paragraph, unless it is all a quotation: a
 *   caption has no final full stop, a pull quote is quoted. "Police suspect the body was dumped
 *   over the weekend." above a paragraph that says so is the article told twice.
 * - More than two such lines in one document: the page holds its body twice (a summary and the
 *   paragraphs, a teaser and the text), and none is taken.
 */
import type { Change, CleanContext, TextLine } from '../types.js';

/** A caption or pull quote is at most this many words. */
const maxWords = 25;
/** More repeating lines than this in one document: the text holds its body twice (a summary and the paragraphs), not captions. */
const maxRepeats = 2;
/**
 * A line needs this many content words to be compared at all: "Read more" repeats nothing, and
 * a subheading that names the matter of a sentence above it ("Feather Duvet Lung disease" below
 * "Taylor had Feather Duvet Lung disease.", "My fears have been realized" above the quotation)
 * has four; a caption says more.
 */
const minContent = 5;
/** A near repeat covers at least this share of the sentence's content words. */
const minCover = 0.7;

/** Content words of a text: words of 4 letters or more (first 6 letters) and numbers, lower case. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = m[0];
    if (/^\p{N}+$/u.test(w)) out.push('0');
    else if (w.length >= 4) out.push(w.slice(0, 6));
  }
  return out;
}

/** Sentences of a paragraph: cut after . ! ? … (and a closing quote) before a capital, a digit or an opening quote. */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?…]["”’»)]?)\s+(?=[\p{Lu}\p{N}"“‘«])/u);
}

/** Most places of one run of four words that are compared with a line (a text that repeats a phrase everywhere stays linear). */
const maxPlaces = 16;
/** Lines are skimmed for the candidates' first words when there are at most this many of them. */
const maxSkimmed = 16;

/** The removals of lines (a text's `lines`) that repeat a sentence of another paragraph, each with its reason. */
export function repeatedCaptions(textLines: readonly TextLine[], ctx: CleanContext): Change[] {
  const lines = textLines.filter((l) => l.trimEnd > l.trimStart);
  if (lines.length < 3) return [];
  const title = ctx.title !== undefined ? contentWords(ctx.title).join(' ') : undefined;
  // Candidates: short lines after the lead, with enough content words, that are not the title.
  const candidates: Array<{ index: number; words: string[] }> = [];
  lines.forEach((line, index) => {
    if (index === 0 || line.text.split(/\s+/u).length > maxWords) return;
    // A line that ends as a sentence ends is a paragraph of the article, unless it is all a quotation (a pull quote).
    if (/[.!?…]$/u.test(line.text) && !/^["“„«‘‚].*["”“»’‘]$/u.test(line.text)) return;
    const words = contentWords(line.text);
    if (words.length >= minContent && words.join(' ') !== title) candidates.push({ index, words });
  });
  if (candidates.length === 0) return [];
  // Every content word of the text, with its sentence and paragraph; runs of four indexed by their words.
  const tokens: string[] = [];
  const sentenceOf: number[] = [];
  const paragraphOf: number[] = [];
  const sentenceSize: number[] = [];
  const sentencesIn: number[] = [];
  const places = new Map<string, number[]>();
  // Only runs that start a candidate are ever looked up: the others are not indexed, and a line
  // without a candidate's first word (its letters, lower case) is not read at all: a run matches
  // within one sentence. With many candidates, testing each one's word costs more than reading.
  const firstWords = new Set(candidates.map((c) => c.words[0]!));
  const skimmed = firstWords.size <= maxSkimmed && !firstWords.has('0') ? [...firstWords] : undefined;
  lines.forEach((line, p) => {
    let inParagraph = 0;
    if (skimmed !== undefined) {
      const lower = line.text.toLowerCase();
      if (!skimmed.some((w) => lower.includes(w))) {
        sentencesIn.push(0);
        return;
      }
    }
    for (const sentence of sentences(line.text)) {
      let any = false;
      // A quotation inside a sentence is compared as a sentence of its own (a pull quote leaves out "she said").
      for (const piece of sentence.split(/[“”"«»„]/u)) {
        const words = contentWords(piece);
        if (words.length === 0) continue;
        any = true;
        const id = sentenceSize.length;
        sentenceSize.push(words.length);
        for (const w of words) {
          tokens.push(w);
          sentenceOf.push(id);
          paragraphOf.push(p);
          const at = tokens.length - 4;
          if (at >= 0 && sentenceOf[at] === id && firstWords.has(tokens[at]!)) {
            const key = tokens.slice(at, at + 4).join(' ');
            const list = places.get(key) ?? [];
            if (list.length < maxPlaces) list.push(at);
            places.set(key, list);
          }
        }
      }
      if (any) inParagraph++;
    }
    sentencesIn.push(inParagraph);
  });
  const changes: Change[] = [];
  for (const { index, words } of candidates) {
    for (const at of places.get(words.slice(0, 4).join(' ')) ?? []) {
      const p = paragraphOf[at]!;
      const s = sentenceOf[at]!;
      if (p === index || sentencesIn[p]! < 2) continue;
      if (!words.every((w, k) => tokens[at + k] === w && sentenceOf[at + k] === s)) continue;
      if (words.length < minCover * sentenceSize[s]!) continue;
      const other = lines[p]!;
      changes.push({ rule: 'caption', start: lines[index]!.trimStart, end: lines[index]!.trimEnd, replacement: '', reason: `repeats a sentence of the paragraph ${p > index ? 'below' : 'above'} (“${sentenceExcerpt(other.text, words[0]!)}”)` });
      break;
    }
  }
  return changes.length > maxRepeats ? [] : changes;
}

/** The first words of the sentence of `paragraph` that holds `word` (a content word's first letters). */
function sentenceExcerpt(paragraph: string, word: string): string {
  const found = sentences(paragraph).find((s) => contentWords(s).includes(word)) ?? paragraph;
  const ws = found.split(/\s+/u);
  return ws.length > 8 ? ws.slice(0, 8).join(' ') + ' …' : found;
}
