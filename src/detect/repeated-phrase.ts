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
 * - Parallel structure is quiet: when each copy has a verb of its own, one before the first
 *   copy and one between the copies ("met him for the first time … heard him speak for the
 *   first time"); the tagger (tagger.ts) finds the verbs, only for sentences with a repeat.
 * - A copy right after the first (two words or fewer and no punctuation between: "for the
 *   first time for the first time") is reported wherever it is.
 * - Only the first repeat in a sentence is reported, extended as far as the copies agree.
 * - One regex pass and a Map of trigrams keep each sentence linear in its length.
 */
import type { Reporter, TreeDetector, TreeUnit } from './types.js';
import { norm, span } from './util.js';
import { functionWords } from './lists/function-words.js';
import { type Term, tag } from './tagger.js';

const ruleId = 'repeated-phrase';
const phraseWords = 3;
const edge = 6;
const wordPattern = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
/** Prepositions that open the adverbial phrases MT duplicates ("for four months"). */
const prepositions = new Set([
  'for', 'in', 'on', 'at', 'during', 'since', 'over', 'from', 'within', 'after', 'before',
  'until', 'till', 'by', 'throughout', 'under', 'with', 'without', 'across', 'among', 'amid',
  'near', 'into', 'through', 'towards', 'toward', 'against', 'outside', 'inside', 'despite',
]);

interface Tok { word: string; raw: string; start: number; end: number }

/** Content words of a phrase (0 = function words only). */
function contentWords(toks: Tok[]): number {
  const content = toks.filter((t) => !functionWords.has(t.word));
  return content.some((t) => !/^\p{Lu}/u.test(t.raw)) ? content.length : 0;
}

/** A preposition-led trigram: the only kind of phrase this rule reports. */
const led = new RegExp(`\\b(?:${[...prepositions].join('|')})\\s+[\\w'’-]+\\s+[\\w'’-]+`, 'gi');

/**
 * Cheap gate: a preposition-led trigram of the sentence that occurs again elsewhere in it
 * (one indexOf each; the paragraph gate has already found a repeat).
 */
function hasRepeat(sentence: string): boolean {
  if (sentence.length < 30) return false;
  const lower = sentence.toLowerCase().replace(/\s+/g, ' ');
  const probe = (from: number, to: number): boolean => {
    led.lastIndex = from;
    for (let m = led.exec(lower); m && m.index < to; m = led.exec(lower)) {
      const at = lower.indexOf(m[0], m.index + 1);
      const back = lower.lastIndexOf(m[0], m.index - 1);
      if (at > 0 || back >= 0) return true;
      led.lastIndex = m.index + 1;
    }
    return false;
  };
  // Anywhere: a copy right after the first may sit in mid-sentence.
  return probe(0, lower.length);
}

/**
 * A trigram's key: lower case, each run of blanks one space. The pattern's words hold ASCII
 * letters, digits, _ ' ’ and -, so a trigram whose only blanks are single spaces and that holds
 * no other character beyond ASCII but ’ is its own key in lower case (no replace: the gate
 * reads every trigram of every paragraph).
 */
function trigramKey(raw: string): string {
  let previous = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 32 ? c !== 32 || previous === 32 : c >= 0x80 && c !== 0x2019) return raw.toLowerCase().replace(/\s+/g, ' ');
    previous = c;
  }
  return raw.toLowerCase();
}

/** Paragraph gate: some preposition-led trigram occurs twice anywhere in the paragraph. */
function paragraphHasRepeat(text: string): boolean {
  const seen = new Set<string>();
  led.lastIndex = 0;
  for (let m = led.exec(text); m; m = led.exec(text)) {
    const key = trigramKey(m[0]);
    if (seen.has(key)) return true;
    seen.add(key);
    led.lastIndex = m.index + 2; // trigrams overlap ("in Belarus for four months")
  }
  return false;
}

/** Words that open a clause of their own. */
const clauseOpeners = new Set(['that', 'which', 'who', 'whom', 'because', 'when', 'while', 'and', 'but', 'if', 'although', 'though', 'since', 'as', 'where', 'whether']);

/** A verb of a clause: a finite verb or an auxiliary, not an -ing form or a participle used as an adjective. */
function isVerb(t: Term): boolean {
  return t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Participle');
}

/**
 * True when both copies have a verb of their own: one between the sentence start (or the
 * last clause break) and the first copy, and one between the copies.
 */
function parallel(text: string, sentenceStart: number, firstStart: number, firstEnd: number, secondStart: number): boolean {
  const terms = tag(text.slice(sentenceStart, secondStart));
  // The first copy's clause starts after the last comma, colon or subordinating word before it
  // ("It should be recalled that for four months, …": no verb of its own).
  let clause = 0;
  terms.forEach((t, k) => {
    if (sentenceStart + t.offset.start >= firstStart) return;
    if (clauseOpeners.has(t.normal)) clause = k + 1;
    else if (/[,;:—–]/.test(t.post)) clause = k + 1;
  });
  const before = terms.slice(clause).filter((t) => sentenceStart + t.offset.start < firstStart);
  const between = terms.filter((t) => sentenceStart + t.offset.start >= firstEnd);
  return before.some(isVerb) && between.some(isVerb);
}

function checkSentence(report: Reporter, text: string, from: number, to: number): void {
  const sentence = text.slice(from, to);
  if (!hasRepeat(sentence)) return;
  const toks: Tok[] = [];
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(sentence); m; m = wordPattern.exec(sentence)) {
    toks.push({ word: norm(m[0]), raw: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  if (toks.length < 2 * phraseWords) return;
  const seen = new Map<string, number>();
  for (let i = 0; i + phraseWords <= toks.length; i++) {
    if (!prepositions.has(toks[i]!.word)) continue;
    const key = toks[i]!.word + ' ' + toks[i + 1]!.word + ' ' + toks[i + 2]!.word;
    const first = seen.get(key);
    if (first === undefined) { seen.set(key, i); continue; }
    if (first + phraseWords > i) continue; // overlapping copies
    let len = phraseWords;
    while (i + len < toks.length && first + len < i && toks[first + len]!.word === toks[i + len]!.word) len++;
    const phrase = toks.slice(i, i + len);
    const content = contentWords(phrase);
    if (content === 0) continue;
    const last = toks[first + len - 1]!;
    // "for the first time for the first time": the copy right after the first (at most two
    // words and no punctuation between) is a slip whatever the sentence around it.
    const near = i - (first + len) <= 2 && !/[,;:.!?()—–"“”]/.test(text.slice(last.end, phrase[0]!.start));
    if (!near) {
      if (first > edge && toks.length - (i + len) > edge / 2) continue;
      // One content word ("in the capital"): only the strict signature, a phrase that opens
      // the sentence and closes it again.
      if (content === 1 && (first > 1 || toks.length - (i + len) > 1)) continue;
      // Parallel structure: each copy has a verb of its own ("met him for the first time …
      // heard him speak for the first time"). A fronted adverbial and its copy at the end
      // share the one verb between them.
      if (parallel(text, from, toks[first]!.start, last.end, phrase[0]!.start)) continue;
    }
    const shown = phrase.map((t) => t.raw).join(' ');
    report({
      start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end,
      message: `Phrase “${shown}” is repeated in the same sentence`,
    });
    return;
  }
}

/** Report an adverbial phrase repeated within one sentence. */
function check({ tree, text }: TreeUnit, report: Reporter): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const [s, e] = span(sentence);
      checkSentence(report, text, s, e);
    }
  }
}

const detector: TreeDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'the same 3+ word phrase twice in one sentence ("for four months … for four months")', languages: ['en'] },
  needs: 'tree',
  check,
  gate: (text) => text.length >= 30 && paragraphHasRepeat(text),
};
export default detector;
