/**
 * pronoun-number's text-level gate: the tests the rule makes before it tags anything,
 * evaluated without the retext tree, so that only the few paragraphs where the rule can
 * report are parsed. A paragraph with "he/his/her" is common; one where that pronoun opens a
 * sentence after a plural subject is rare.
 *
 * Each test below is implied by one of the rule's own (the comment says which), so a
 * paragraph the gate rejects never gets a finding. The one fact about retext it relies on:
 * parse-latin starts a sentence only after a terminal marker (. ! ? … ‽) or a line break,
 * with no letter between that character and the sentence's first token (its later passes
 * only merge sentences), and the rule's own extra split (`lastBoundary`) also follows a
 * [.!?]. So every sentence the rule looks at begins at the paragraph start or after a split
 * character followed by no letter.
 */
import { WordList, lastAnswer, norm, someLetterRun } from './util.js';
import { humanPlurals, leadWords, singularPersons, titles } from './lists/pronoun-number.js';
import { lexicon } from './lists/lexicon.js';

/** A singular third-person pronoun as a whole word; the rule checks the first one only. */
export const pronounWord = /(?<![\p{L}'’-])(he|his|him|she|her|himself|herself)(?![\p{L}'’-])/giu;
/** Any such pronoun (cheap test, also used on the paragraph before). */
export const pronounGate = /\b(?:he|his|him|she|her|himself|herself)\b/i;
/** What may make `pronounWord` find a word before `pronounGate` does (see `firstPronoun`). */
const quirk = /[0-9_\u017f]/;
/**
 * The paragraph's first singular personal pronoun (`pronounWord`), when `pronounGate` finds one:
 * what pronoun-number's and pronoun-gender's gates and checks all start from, found once.
 */
export const firstPronoun = lastAnswer((text: string): { index: number; word: string } | undefined => {
  const gate = text.search(pronounGate);
  if (gate < 0) return undefined;
  // `pronounWord` finds no word before the gate's first one unless a digit, an underscore or a
  // long s stands before it: a word the gate misses there has a digit or _ next to it (the
  // gate's \b, not the word's edges) or a ſ in it (case folding under the u flag). So the
  // search starts where the gate's did, not at 0.
  pronounWord.lastIndex = quirk.test(text.slice(0, gate)) ? 0 : gate;
  const m = pronounWord.exec(text);
  return m ? { index: m.index, word: m[1]! } : undefined;
});
/** A singular person noun in the two sentences: a nearer antecedent ("a retired colonel"). */
export const personWord = new WordList(singularPersons);
/** A capitalised word inside a sentence: a possible name the rule will not tag. */
export const capitalisedInside = /[\p{Ll},;:]\s+["“]?\p{Lu}/u;
/** Agent-noun plurals ("drivers", "cyclists", "tenants") that the tagger may tag as actors. */
const agentPlural = /(?:ers|ors|ists|ants|ents|ians|ees|men)$/;
/** Subject words: the rule's subject words hold at most this many words in this many characters. */
const subjectWords = 12;
const subjectChars = 160;

/**
 * What the gates of pronoun-gender and of the clause check (pronoun-clause.ts) both ask of the
 * text before the paragraph's first pronoun, answered once: a title there, a singular person
 * noun there.
 */
export const titleBeforePronoun = lastAnswer((text: string): boolean => {
  const m = firstPronoun(text);
  return m !== undefined && titles.test(text.slice(0, m.index));
});
export const personBeforePronoun = lastAnswer((text: string): boolean => {
  const m = firstPronoun(text);
  return m !== undefined && personWord.test(text.slice(0, m.index));
});

/** Plurals of nationalities the lexicon knows ("americans", "ukrainians"): people. */
const demonymPlurals = new Set((lexicon['Demonym,Plural'] ?? '').split(' '));

/** "they", a listed person/group plural, an agent-noun plural or a plural of a nationality. */
function pluralWord(w: string): boolean {
  return w === 'they' || humanPlurals.has(w) || agentPlural.test(w) || demonymPlurals.has(w);
}

/**
 * The first words of a sentence (where its subject is) hold a plural person/group word.
 * The tagger then decides whether it is the plural head of the subject.
 */
export function pluralGate(sentence: string): boolean {
  const lower = sentence.slice(0, subjectChars).toLowerCase();
  return someLetterRun(lower, pluralWord, subjectWords);
}

/**
 * The quotation marks counted so far: the rules ask about one paragraph at several offsets (every
 * gate about its first pronoun, then each "its"), so the count moves from the last offset asked
 * about, forwards or back, instead of starting again at 0.
 */
const quotes = { text: undefined as string | undefined, at: 0, curly: 0, straight: 0 };

/** +1 for an opening curly mark (“ « „), -1 for a closing one (” »), 0 else. */
function curlyStep(c: number): number {
  return c === 0x201c || c === 0xab || c === 0x201e ? 1 : c === 0x201d || c === 0xbb ? -1 : 0;
}

/** True when the offset `at` lies inside an open quotation of `text`. */
export function insideQuote(text: string, at: number): boolean {
  const end = Math.max(0, Math.min(at, text.length));
  if (text !== quotes.text) {
    quotes.text = text;
    quotes.at = 0;
    quotes.curly = 0;
    quotes.straight = 0;
  }
  let { curly, straight } = quotes;
  for (let i = quotes.at; i < end; i++) {
    const c = text.charCodeAt(i);
    curly += curlyStep(c);
    if (c === 34) straight++; // "
  }
  for (let i = quotes.at - 1; i >= end; i--) {
    const c = text.charCodeAt(i);
    curly -= curlyStep(c);
    if (c === 34) straight--;
  }
  quotes.at = end;
  quotes.curly = curly;
  quotes.straight = straight;
  return curly > 0 || straight % 2 === 1;
}

const wordPattern = /[\p{L}'’]+/gu;
const hasLetter = /\p{L}/u;

/** A character after which parse-latin may start a sentence: . ! ? … ‽ and line breaks. */
function isSplit(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203d || c === 10 || c === 13;
}

/**
 * Offset of the last split character before `at` (-1 when none). One pass back from `at` (not a
 * lastIndexOf per character, which read the whole text for each one it does not hold).
 */
function lastSplit(text: string, at: number): number {
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) if (isSplit(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * False when pronoun-number cannot report on `text` (whatever retext makes of it).
 * It mirrors the rule up to its tagger call, with every unknown sentence start
 * replaced by all the places one may be.
 */
export const mayReport = lastAnswer((text: string): boolean => {
  const m = firstPronoun(text);
  if (!m) return false;
  const at = m.index;
  // The rule: no earlier sentence -> quiet; the words between the sentence start and the
  // pronoun are at most four lead words. A sentence start lies after some split character
  // b with no letter up to it, so all the words after b are lead words; any earlier b adds
  // words, so only the last one before the pronoun can qualify.
  const b1 = lastSplit(text, at);
  if (b1 < 0) return false;
  // Tokens before the sentence's first letter may sit before its start: skip them, and the
  // apostrophes a start may cut off ("’In his view" can start at "In"). Read word by word:
  // the first word that is not a lead word (most often the first) decides.
  const lead = text.slice(b1 + 1, at);
  wordPattern.lastIndex = 0;
  let words = 0;
  for (let w = wordPattern.exec(lead); w; w = wordPattern.exec(lead)) {
    let word = w[0];
    if (words === 0) {
      if (!hasLetter.test(word)) continue;
      word = word.replace(/^['’]+/, '');
    }
    if (++words > 4 || !leadWords.has(norm(word))) return false;
  }
  if (insideQuote(text, at)) return false; // the rule's own test, on the same offset
  if (titles.test(text)) return false; // the rule's first line, the costlier test last
  return plausibleSubject(text, at, b1);
});

/**
 * The sentence before (start c, ending before b1) holds a plural word among its first
 * words, no singular person noun lies between c and the pronoun, and no capitalised word
 * lies inside a sentence before c: the rule's tests before tagging, for every c where a
 * sentence may start.
 */
function plausibleSubject(text: string, at: number, b1: number): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return true; // case mapping moved offsets: let the rule decide
  // The rule quits on a capitalised word inside text.slice(0, start): its first match ends
  // the range of starts that can go on (the regex has no look-around).
  const cap = capitalisedInside.exec(text);
  const capEnd = cap ? cap.index + cap[0].length : Infinity;
  // The rule quits on a singular person noun in its two sentences: a start must follow the
  // last one before the pronoun (a match in the whole text is a match in any slice of it).
  const personAt = personWord.lastBefore(text, at);
  // Candidate starts, nearest first: just after each split character before b1, and 0.
  for (let b0 = lastSplit(text, b1); ; b0 = lastSplit(text, b0)) {
    const c = b0 + 1;
    if (c <= personAt) return false; // and so for every earlier start
    if (c < capEnd && subjectWord(lower, c, b1)) return true;
    if (b0 < 0) return false;
  }
}

/**
 * pluralGate on a sentence starting at c (or after non-letters following c) and ending
 * before `end`: one of its first words is plural. A word the rule's character limit may cut
 * counts when a prefix of it does.
 */
function subjectWord(lower: string, c: number, end: number): boolean {
  const run = /[a-z]+/g;
  run.lastIndex = c;
  for (let k = 0, w = run.exec(lower); k < subjectWords && w && w.index < end; k++, w = run.exec(lower)) {
    const word = w[0];
    if (pluralWord(word)) return true;
    if (w.index + word.length > c + subjectChars) {
      for (let n = word.length - 1; n > 0; n--) if (pluralWord(word.slice(0, n))) return true;
    }
  }
  return false;
}

const sentenceBreak = /[.!?…]["”’»)]*\s+(?=["“«]?\p{Lu})/gu;

/** Start of the sentence of `text` holding `at`, and of the one before it (-1: none in `text`). */
export function sentenceStarts(text: string, at: number): { start: number; previous: number } {
  let start = 0;
  let previous = -1;
  sentenceBreak.lastIndex = 0;
  for (let m = sentenceBreak.exec(text); m && m.index + m[0].length <= at; m = sentenceBreak.exec(text)) {
    previous = start;
    start = m.index + m[0].length;
  }
  return { start, previous };
}
