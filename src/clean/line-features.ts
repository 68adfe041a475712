/**
 * The features of the line classifier (see line-classifier.ts), shared with its training script
 * (scripts/train.mjs, which imports the built copy): what a careful reader sees in a line of a
 * scraped page before reading it. Length in words, final punctuation, capitalized words,
 * function words of the document's language, digits, dates, times, handles, links, cue words
 * by kind, place in the document, the lines around it, length against the document's median.
 * No parse: a few regex tests and one pass over the words of each line.
 */
import { months } from '../shared/months.js';
import { cueWords, stopWords } from './lists/line-words.js';
import { sentenceEnd } from '../shared/regexp.js';

/** One feature: its name in the model, and how a reason reads it. */
export interface FeatureInfo {
  name: string;
  /** Said in a removal's reason when the feature's value (above its mean) pushed towards removal. */
  says: string;
  /** Said when its value below the mean did. */
  low: string;
}

const f = (name: string, says: string, low: string): FeatureInfo => ({ name, says, low });

/** Every feature, in the order of the vectors `lineFeatures` returns. */
export const features: readonly FeatureInfo[] = [
  f('words1', 'one word', 'more than one word'),
  f('words2to3', 'two or three words', 'not two or three words'),
  f('words4to6', 'four to six words', 'not four to six words'),
  f('words7to12', 'seven to twelve words', 'not seven to twelve words'),
  f('words13to25', '13 to 25 words', 'not 13 to 25 words'),
  f('logWords', 'few words', 'many words'),
  f('endsSentence', 'ends a sentence', 'no sentence end'),
  f('endsQuestion', 'ends with a question mark', 'no question mark'),
  f('endsColon', 'ends with a colon', 'no final colon'),
  f('endsEllipsis', 'ends with an ellipsis', 'no ellipsis'),
  f('noFinalPunct', 'no final punctuation', 'final punctuation'),
  f('capShare', 'capitalized words', 'few capitalized words'),
  f('allCaps', 'all capitals', 'not all capitals'),
  f('stopShare', 'function words', 'few function words'),
  f('noStopWords', 'no function words', 'some function words'),
  f('digitShare', 'digits', 'no digits'),
  f('date', 'a date', 'no date'),
  f('time', 'a time of day', 'no time of day'),
  f('handle', 'an @handle', 'no @handle'),
  f('url', 'a link', 'no link'),
  f('cueMedia', 'a photo/video word', 'no photo/video word'),
  f('cueSocial', 'a subscribe/follow/share word', 'no subscribe/follow/share word'),
  f('cueRelated', 'a related/read-more word', 'no related/read-more word'),
  f('cueComments', 'a comments word', 'no comments word'),
  f('cueAd', 'an advertising word', 'no advertising word'),
  f('cueByline', 'a byline word', 'no byline word'),
  f('cueDateline', 'an updated/published word', 'no updated/published word'),
  f('cueCopyright', 'a copyright word', 'no copyright word'),
  f('cueFirst', 'begins with a cue word', 'no cue word first'),
  f('keyValue', 'a "key: value" label', 'no "key: value" label'),
  f('separator', 'separators (| • » /)', 'no separators'),
  f('noLetters', 'no letters', 'letters'),
  f('bullet', 'begins with a bullet or dash', 'no bullet'),
  f('quoteStart', 'begins with a quote', 'no opening quote'),
  f('startsLower', 'begins in lower case', 'begins with a capital or a digit'),
  f('innerStop', 'a sentence end inside', 'no sentence end inside'),
  f('position', 'late in the document', 'early in the document'),
  f('first3', 'among the first lines', 'not among the first lines'),
  f('last3', 'among the last lines', 'not among the last lines'),
  f('relLength', 'short for this document', 'long for this document'),
  f('prevHeadline', 'after a headline-like line', 'not after a headline-like line'),
  f('nextHeadline', 'before a headline-like line', 'not before a headline-like line'),
  f('headlineRun', 'in a run of headline-like lines', 'not in a run of headline-like lines'),
  f('prevSentence', 'after a sentence', 'not after a sentence'),
  f('nextSentence', 'before a sentence', 'not before a sentence'),
  f('beforeProse', 'above the first sentence of prose', 'not above the prose'),
  f('afterProse', 'below the last sentence of prose', 'not below the prose'),
  f('proseGap', 'far from a sentence of prose', 'next to a sentence of prose'),
  f('repeated', 'said twice in the document', 'said once'),
  f('runLength', 'in a long run of lines that are not prose', 'in a short run of lines that are not prose'),
  f('afterColon', 'below a heading that ends with a colon', 'not below a heading that ends with a colon'),
  f('prevJunk', 'after a line judged not article text', 'after article text'),
  f('nextJunk', 'before a line judged not article text', 'before article text'),
  f('aroundJunk', 'among lines judged not article text', 'among article text'),
  f('runJunk', 'in a run of lines judged not article text', 'in a run of article text'),
  f('nearJunk', 'near lines judged not article text', 'near article text'),
];

/**
 * Whether a line is prose the rule never removes, whatever the model says (see `protectedLines`).
 * - A sentence (final stop, question or exclamation mark, ellipsis) of three words or more, a
 *   fifth of them the language's function words, cue words or not: "EBay declined to
 *   comment.", "Subscribers complained about the price." ("Subscribe to our channel." too: the
 *   boilerplate rule's lists take those).
 * - Twelve words or more, a tenth function words, and a sentence end somewhere in it
 *   ("… will stream 10 games for free, the NFL said in a statement. (bit.ly/1N6ttP3)").
 * - Fourteen words or more, a quarter function words, with or without its final stop.
 * - A line that goes on a sentence in lower case, six words or more, a fifth function words.
 *
 * `scale` reads the line's share of function words as the training pages' prose has them: a
 * language whose list covers less of its prose (Ukrainian, Polish) writes sentences with fewer
 * of them (see `proseScale`).
 */
export function isProtected(v: Float64Array, scale = 1): boolean {
  const I = featureIndex;
  const words = Math.round(Math.expm1(-v[I['logWords']!]!));
  const stop = Math.min(1, v[I['stopShare']!]! * scale);
  const ends = v[I['endsSentence']!] === 1 || v[I['endsEllipsis']!] === 1;
  if (words >= 14 && stop >= 0.25) return true;
  if (words >= 12 && stop >= 0.1 && (ends || v[I['innerStop']!] === 1)) return true;
  if (words >= 6 && stop >= 0.2 && v[I['startsLower']!] === 1) return true;
  return ends && words >= 3 && stop >= 0.2;
}

/**
 * How much more of a line's words a document's language would give its function words if its
 * list covered its prose as the training pages' lists cover theirs: the training pages' median
 * share in a line of prose (`proseShare`) over this document's, the median over its lines of ten
 * words or more, when that is below `thinList` of it (else 1, and 1 when it has fewer than three
 * such lines; at most `maxProseScale`).
 * Ukrainian news prose is a fourth function words by its list where English is two fifths.
 */
export function proseScale(vectors: readonly Float64Array[], proseShare: number): number {
  const I = featureIndex;
  const shares = vectors.filter((v) => Math.round(Math.expm1(-v[I['logWords']!]!)) >= 10).map((v) => v[I['stopShare']!]!);
  if (shares.length < 3) return 1;
  shares.sort((a, b) => a - b);
  const median = shares[shares.length >> 1]!;
  return median > 0 && median < thinList * proseShare ? Math.min(maxProseScale, proseShare / median) : 1;
}

const maxProseScale = 2;
/**
 * Below this share of the training pages' (a tenth of English pages are), a document's list
 * covers its prose thinly: only then is it read at a scale, so that the guard keeps no more of a
 * list language's lines than the model was shown.
 */
const thinList = 0.8;

/**
 * The lines the rule never removes: `isProtected` ones (read at the document's `proseScale`); a subheading between two of them (up to
 * eight words, no final punctuation, no cue word, handle, link, separator, date or time); and a list inside
 * the article: a run of three or more other lines with prose both before and after it and no
 * cue word in any of its lines (tour dates, product specifications, a list of trades); a line of
 * punctuation alone is neither. A run of
 * related headlines under "More from …" has its cue; one at the end has no prose after it.
 */
export function protectedLines(vectors: readonly Float64Array[], scale = 1): boolean[] {
  const I = featureIndex;
  const own = vectors.map((v) => isProtected(v, scale));
  const noCue = vectors.map((v) => cueNames.every((name) => v[I[name]!] === 0));
  // A line of punctuation alone ("___", ")."), no letter or digit in it, is neither a subheading nor a list item.
  const bare = vectors.map((v) => v[I['noLetters']!] === 1 && v[I['digitShare']!] === 0);
  const result = vectors.map((v, i) => {
    if (own[i]) return true;
    if (bare[i]) return false;
    if (!own[i - 1] || !own[i + 1]) return false;
    const words = Math.round(Math.expm1(-v[I['logWords']!]!));
    if (words > 8 || v[I['noFinalPunct']!] !== 1) return false;
    if (v[I['handle']!] === 1 || v[I['url']!] === 1 || v[I['separator']!] === 1) return false;
    // A date or a time of day between two paragraphs is a timestamp, not a subheading; a line
    // said again elsewhere in the document ("Article content" between each two paragraphs) is
    // a widget's label: a subheading is said once.
    if (v[I['date']!] === 1 || v[I['time']!] === 1 || v[I['repeated']!] === 1) return false;
    return noCue[i]!;
  });
  const first = own.indexOf(true);
  const last = own.lastIndexOf(true);
  for (let i = first + 1; i < last; ) {
    let j = i;
    while (j < last && !result[j]) j++;
    if (j - i >= 3 && noCue.slice(i, j).every(Boolean)) for (let k = i; k < j; k++) result[k] = !bare[k];
    i = j + 1;
  }
  return result;
}

const cueNames = ['cueMedia', 'cueSocial', 'cueRelated', 'cueComments', 'cueAd', 'cueByline', 'cueDateline', 'cueCopyright'];

/** The features read from the first stage's scores of the lines around (the model's second stage). */
export const stacked: readonly string[] = ['prevJunk', 'nextJunk', 'aroundJunk', 'runJunk', 'nearJunk'];

/**
 * Fill in the stacked features of each line's vector from the first stage's scores `p` of all
 * lines: the previous and next line's; the mean of the two lines on each side; the mean of the
 * other lines of its run of lines that are not prose (`runLength`; for a line alone, or a line
 * of prose, its two neighbours'); the mean of the four lines on each side. A headline among
 * headlines under "You might also like:" reads as its run reads, whatever it says itself.
 */
export function stackedFeatures(vectors: readonly Float64Array[], p: ArrayLike<number>): void {
  const at = (k: number) => (k >= 0 && k < p.length ? p[k]! : 0.5);
  const I = featureIndex;
  const n = vectors.length;
  for (let i = 0; i < n; ) {
    // A run: lines with a runLength, or one line of prose.
    let j = i + 1;
    if (vectors[i]![I['runLength']!]! > 0) while (j < n && vectors[j]![I['runLength']!]! > 0) j++;
    let sum = 0;
    for (let k = i; k < j; k++) sum += at(k);
    for (let k = i; k < j; k++) {
      const v = vectors[k]!;
      v[I['prevJunk']!] = at(k - 1);
      v[I['nextJunk']!] = at(k + 1);
      v[I['aroundJunk']!] = (at(k - 2) + at(k - 1) + at(k + 1) + at(k + 2)) / 4;
      v[I['runJunk']!] = j - i > 1 ? (sum - at(k)) / (j - i - 1) : (at(k - 1) + at(k + 1)) / 2;
      let near = 0;
      for (let d = 1; d <= 4; d++) near += at(k - d) + at(k + d);
      v[I['nearJunk']!] = near / 8;
    }
    i = j;
  }
}

/** Index of each feature by name. */
export const featureIndex: Readonly<Record<string, number>> = Object.fromEntries(features.map((x, i) => [x.name, i]));

/** Word -> bit set of the languages whose function word it is. */
const languages = Object.keys(stopWords);
const stopBits = new Map<string, number>();
languages.forEach((lang, k) => {
  for (const w of stopWords[lang]!.split(' ')) stopBits.set(w, (stopBits.get(w) ?? 0) | (1 << k));
});
const anyLanguage = (1 << languages.length) - 1;

const cueKinds = Object.keys(cueWords);
/** The index in `features` of each cue kind's feature ("cueByline" for "byline"), in `cueKinds` order. */
const cueFeature = cueKinds.map((kind) => featureIndex['cue' + kind[0]!.toUpperCase() + kind.slice(1)]!);
const cueExact = new Map<string, number>();
const cuePrefixes: Array<[string, number]> = [];
cueKinds.forEach((kind, k) => {
  for (const w of cueWords[kind]!.split(' ')) {
    if (w.endsWith('*')) cuePrefixes.push([w.slice(0, -1), 1 << k]);
    else cueExact.set(w, (cueExact.get(w) ?? 0) | (1 << k));
  }
});
/** Prefix entries by their first two letters: a word tests only the few that can match. */
const prefixesByStart = new Map<string, Array<[string, number]>>();
for (const entry of cuePrefixes) {
  const key = entry[0].slice(0, 2);
  const list = prefixesByStart.get(key) ?? [];
  list.push(entry);
  prefixesByStart.set(key, list);
}

/** The cue kinds of a lower-case word, as bits in `cueKinds` order. */
function cueBits(word: string): number {
  let bits = cueExact.get(word) ?? 0;
  const candidates = prefixesByStart.get(word.slice(0, 2));
  if (candidates) for (const [prefix, bit] of candidates) if (word.startsWith(prefix)) bits |= bit;
  return bits;
}

/**
 * What `ownFeatures` reads of one word, as bits: whether it has cased letters, begins with a
 * capital, is a month; its function-word languages and its cue kinds (of its lower case).
 * Computed once per distinct word: a corpus repeats its words, and a word's bits are the same
 * wherever it stands.
 */
function wordInfo(word: string): number {
  let info = wordInfos.get(word);
  if (info === undefined) {
    const lower = word.toLowerCase();
    info = 0;
    if (lower !== word.toUpperCase()) {
      info |= casedBit;
      if (word[0] !== lower[0]) info |= capitalBit;
    }
    if (months.has(lower)) info |= monthBit;
    info |= (stopBits.get(lower) ?? 0) << stopShift;
    info |= cueBits(lower) << cueShift;
    // A longer word is a view of its line to V8, and would keep the whole document alive.
    if (word.length <= maxKeptWord) {
      if (wordInfos.size >= maxWordInfos) wordInfos.clear();
      wordInfos.set(word, info);
    }
  }
  return info;
}

const casedBit = 1;
const capitalBit = 2;
const monthBit = 4;
const stopShift = 3;
const cueShift = stopShift + languages.length;
const cueMask = (1 << cueKinds.length) - 1;
/** The words whose bits are kept (a corpus's vocabulary is larger; the commonest come back first). */
const maxWordInfos = 100_000;
const wordInfos = new Map<string, number>();
/** Longer words are not kept (they are rare, and V8 makes a substring of 13 characters or more a view of its string). */
const maxKeptWord = 12;
if (cueShift + cueKinds.length > 31) throw new Error('line-features: too many languages and cue kinds for a word\'s bits');

/** A word is a run of letters and digits: what /[\p{L}\p{N}]+/gu matches, read by `eachWord`. */
const wordChar = /^[\p{L}\p{N}]$/u;
/** Whether each UTF-16 code unit (not a surrogate) is a letter or digit: 1 yes, 2 no, 0 not asked yet. */
const wordUnits = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) wordUnits[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Whether code point `c` is a letter or a digit (\p{L} or \p{N}). */
function isWordPoint(c: number): boolean {
  if (c < 0x10000 && (c < 0xd800 || c > 0xdfff)) {
    let known = wordUnits[c]!;
    if (known === 0) wordUnits[c] = known = wordChar.test(String.fromCharCode(c)) ? 1 : 2;
    return known === 1;
  }
  return c >= 0x10000 && wordChar.test(String.fromCodePoint(c));
}

/**
 * Call `each` with every word of `text` (its runs of letters and digits, as /[\p{L}\p{N}]+/gu
 * matches them, surrogate pairs read as one code point), in order, until it returns false. A
 * scan of code units, without a match object per word.
 */
export function eachWord(text: string, each: (word: string) => boolean | void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    let c = text.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    if (isWordPoint(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (each(text.slice(start, i)) === false) return;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) each(text.slice(start));
}
const ellipsisEnd = /(?:\.\.\.|…|\[…\]|\[\.\.\.\])["'”’»)\]]*$/u;
const numericDate = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/u;
const timeOfDay = /\b\d{1,2}[:.]\d{2}\b(?![.,]\d)|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)/iu;
const handle = /(?:^|[\s(])@[\p{L}\p{N}_]{2,}/u;
const url = /https?:\/\/|www\.|\b[\p{L}\p{N}-]+\.(?:com|org|net|de|fr|es|ru|ua|uk|co|io|info)\b(?:\/|$)/iu;
/**
 * What `url` cannot match without: its first two forms, or the end of its third. Tried first:
 * the third form alone tries a word before each letter of the line (a tenth of the features' time).
 */
const urlStart = /https?:\/\/|www\./iu;
const urlEnd = /\.(?:com|org|net|de|fr|es|ru|ua|uk|co|io|info)\b(?:\/|$)/iu;
const keyValue = /^[\p{L}][\p{L} _-]{1,24}:\s/u;
const separators = /\s[|•·»›]\s|\s\/\s|\s>\s/u;
const bullet = /^[-–—•·*►▶>»→]/u;
const quoteStart = /^["'“”„«‘’‹]/u;
/** A sentence end followed by another word: "… said in a statement. (bit.ly/…)". */
const innerStop = /\p{Ll}{2}[.!?…]["'”’»)]*\s+\S/u;

/** What one line gives before its neighbours are known. */
interface Own {
  words: number;
  letters: boolean;
  headline: boolean;
  sentence: boolean;
  /** Ends with a colon. */
  colon: boolean;
  vector: Float64Array;
}

/** `documentLanguage` reads the first this many words (and one) of a document. */
const languageWords = 3000;

/**
 * The language (index in `languages`) whose function words cover most of the words of the
 * lines, or -1: none does, or the best covers less than `minCoverage` of them (a language the
 * lists do not hold: Czech, Turkish, Finnish read as Polish, Italian or Dutch by the few words
 * they share). Prose of a listed language is a sixth function words or more.
 */
export function documentLanguage(lines: readonly string[], memo?: FeatureMemo): number {
  const counts = new Array<number>(languages.length).fill(0);
  let seen = 0;
  for (const line of lines) {
    const bits = memo ? memo.stopBitsOf(line) : lineStopBits(line);
    for (const b of bits) {
      if (b !== 0) for (let k = 0; k < languages.length; k++) if (b & (1 << k)) counts[k]!++;
      if (++seen > languageWords) break;
    }
    if (seen > languageWords) break;
  }
  let best = -1;
  for (let k = 0; k < languages.length; k++) if (counts[k]! > 0 && (best < 0 || counts[k]! > counts[best]!)) best = k;
  return best >= 0 && counts[best]! >= minCoverage * seen ? best : -1;
}

/** A document's own function words: what `ownFunctionWords` reads of a text in no listed language. */
export interface OwnWords {
  words: ReadonlySet<string>;
  /** What a line's share of them is multiplied by, so that the share means what it means in a listed language (see `ownFunctionWords`). */
  scale: number;
  /** The words sorted, one space between, and the scale: the memo's key. */
  key: string;
}

/** An own function word has at most this many letters (the commonest words of a language are its shortest). */
const ownMaxLength = 4;
/** … is in at least this many lines of the text … */
const ownMinLines = 3;
/** … and among this many words that are in the most lines. */
const ownTop = 20;
/** A line of prose, for the share of function words its language's prose has: this many words or more. */
const proseWords = 10;
/** A text with fewer lines of prose than this says too little of its function words. */
const ownMinProse = 3;
/**
 * The least share of the words of its lines of prose (median) a text's own function words must
 * cover: below it, the short words the text repeats are not function words (a language that
 * joins them to its words: Zulu, Xhosa; a list of ingredients).
 */
const ownMinShare = 0.1;
/**
 * The least share of a text's words in its sentences of prose (`proseWords` words or more, a
 * sentence end): its own words are learned from its prose, and a text that is mostly not prose
 * (a page of meal plans, of scores, of product tables) would learn its table's words ("tsp",
 * "cup") for function words and take its rows for furniture. An article in a listed language
 * holds half of its words or more so (94% of the benchmark pages in the lists' languages, as
 * rendered; 98% a third or more).
 */
const ownMinProseWords = 1 / 3;

/**
 * The function words of a text in no listed language (Czech, Turkish, Icelandic …), read from
 * the text itself: its shortest words (up to four letters, no digit) that stand in lower case in
 * three of its lines or more, the `ownTop` that are in the most lines ("a v se na je že …",
 * "ve bir bu da de için …"). A language that has fewer of them than English (Czech, Turkish)
 * covers less of its prose with them, and the model's `stopShare` (learned on the lists'
 * languages) reads a share of function words as a listed language's prose has it: so a line's
 * share is multiplied by `proseShare` (the median share in the lines of prose of the training
 * pages, by the lists) over the median share in this text's lines of prose (never below 1).
 *
 * Undefined (the text is not judged) when the text has no such words, too few lines of prose or
 * too little of its words in them (`ownMinProse`, `ownMinShare`, `ownMinProseWords`), when its words are not separated by spaces (Chinese, Japanese,
 * Thai: its runs of letters are long) or are cut by marks that are not letters (Hindi: more
 * words than runs of non-blanks), or when its letters are mostly without case (Korean, Arabic,
 * Hindi: the model reads capitals, and there were no pages to show it precise there).
 */
export function ownFunctionWords(lines: readonly string[], proseShare: number): OwnWords | undefined {
  const lineFrequency = new Map<string, number>();
  const lineWords: string[][] = [];
  let tokens = 0;
  let words = 0;
  let letters = 0;
  let longLetters = 0;
  let cased = 0;
  let inProse = 0;
  for (const line of lines) {
    for (const t of line.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(t)) tokens++;
    const inLine = new Set<string>();
    const ws: string[] = [];
    eachWord(line, (w) => {
      ws.push(w);
      letters += w.length;
      if (w.length > 15) longLetters += w.length;
      const lower = w.toLowerCase();
      if (lower !== w.toUpperCase()) cased++;
      if (w === lower && [...w].length <= ownMaxLength && !/\p{N}/u.test(w)) inLine.add(w);
    });
    words += ws.length;
    if (ws.length >= proseWords && sentenceEnd.test(line)) inProse += ws.length;
    lineWords.push(ws);
    for (const w of inLine) lineFrequency.set(w, (lineFrequency.get(w) ?? 0) + 1);
    if (words > languageWords) break;
  }
  if (words === 0 || cased < 0.5 * words || inProse < ownMinProseWords * words) return undefined;
  if (words > 1.3 * tokens || words < 0.8 * tokens || longLetters > 0.2 * letters) return undefined;
  const ranked = [...lineFrequency].filter(([, c]) => c >= ownMinLines).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const set = new Set(ranked.slice(0, ownTop).map(([w]) => w));
  const shares: number[] = [];
  for (const ws of lineWords) {
    if (ws.length < proseWords) continue;
    let k = 0;
    for (const w of ws) if (set.has(w.toLowerCase())) k++;
    shares.push(k / ws.length);
  }
  if (set.size === 0 || shares.length < ownMinProse) return undefined;
  shares.sort((a, b) => a - b);
  const median = shares[shares.length >> 1]!;
  if (median < ownMinShare) return undefined;
  const scale = Math.max(1, proseShare / median);
  return { words: set, scale, key: `${[...set].sort().join(' ')} ${scale}` };
}

/** The least share of a text's words its language's function words cover (see `documentLanguage`). */
const minCoverage = 0.14;

/** The function-word language bits of each word of a line (0 for a word that is none), as `documentLanguage` counts them. */
function lineStopBits(line: string): number[] {
  const bits: number[] = [];
  eachWord(line.toLowerCase(), (word) => {
    bits.push(stopBits.get(word) ?? 0);
    // documentLanguage reads no more words than this of all lines together.
    return bits.length <= languageWords;
  });
  return bits;
}

/** A memo holds at most this many lines (a document has fewer). */
const memoLines = 20000;

/**
 * What `lineFeatures` reads of a line by itself (its words' language bits, its own features),
 * kept for one document: the classifier judges a text in each cleaning round and again once it
 * is cleaned, and most of its lines are the same each time. Keep one per document, not longer:
 * a document's lines are few, a corpus's are not.
 */
export class FeatureMemo {
  readonly #stopBits = new Map<string, number[]>();
  /** By language mask, then line. */
  readonly #own = new Map<number | string, Map<string, Own>>();

  stopBitsOf(line: string): number[] {
    let bits = this.#stopBits.get(line);
    if (bits === undefined) {
      // A context kept across documents (the API's own) must not make the memo a corpus's.
      if (this.#stopBits.size >= memoLines) this.#stopBits.clear();
      bits = lineStopBits(line);
      this.#stopBits.set(line, bits);
    }
    return bits;
  }

  /** The line's own features in the language `stopMask`; the vector is a copy, the caller's to fill in. */
  ownOf(line: string, stopMask: number, ownWords?: OwnWords): Own {
    const key = ownWords ? ownWords.key : stopMask;
    let byLine = this.#own.get(key);
    if (byLine === undefined) this.#own.set(key, (byLine = new Map()));
    let own = byLine.get(line);
    if (own === undefined) {
      if (byLine.size >= memoLines) byLine.clear();
      own = ownFeatures(line, stopMask, ownWords);
      byLine.set(line, { ...own, vector: own.vector.slice() });
      return own;
    }
    return { ...own, vector: own.vector.slice() };
  }
}

/** The language code of `documentLanguage`'s answer ('und' for -1). */
export function languageCode(k: number): string {
  return k < 0 ? 'und' : languages[k]!;
}

/**
 * The feature vectors of the lines of one document (each line trimmed, none blank), in the
 * order of `features`. The document's language is that of its function words (`lang`, when the
 * caller knows it already); `ownWords`, when given, are the function words instead (a text in
 * no listed language, see `ownFunctionWords`). `memo` keeps what each line gives by itself for
 * the same document's next call.
 */
export function lineFeatures(lines: readonly string[], memo?: FeatureMemo, lang: number = documentLanguage(lines, memo), ownWords?: OwnWords): Float64Array[] {
  const stopMask = lang < 0 ? anyLanguage : 1 << lang;
  const own = lines.map((line) => (memo ? memo.ownOf(line, stopMask, ownWords) : ownFeatures(line, stopMask, ownWords)));
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const median = Math.max(1, lengths[lengths.length >> 1] ?? 1);
  const n = lines.length;
  const I = featureIndex;
  // Where the prose is: the lines `isProtected` takes, and how many lines each line is from the nearest.
  const prose = own.map((o) => isProtected(o.vector));
  const gap = new Array<number>(n).fill(maxGap);
  for (let i = 0, last = -maxGap; i < n; i++) {
    if (prose[i]) last = i;
    gap[i] = Math.min(maxGap, i - last);
  }
  for (let i = n - 1, next = n - 1 + maxGap; i >= 0; i--) {
    if (prose[i]) next = i;
    gap[i] = Math.min(gap[i]!, next - i);
  }
  // Runs of lines that are not prose: each line's run length, and whether a line above it in
  // its run (up to four lines up) ends with a colon ("You might also like:", "Te puede interesar:").
  const run = new Array<number>(n).fill(0);
  const colonAbove = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (prose[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !prose[j]) j++;
    let colon = -maxGap;
    for (let k = i; k < j; k++) {
      run[k] = j - i;
      if (k - colon <= 4) colonAbove[k] = 1;
      if (own[k]!.colon) colon = k;
    }
    i = j;
  }
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  // Lines said more than once (a menu item, a repeated widget), case and blanks folded.
  const said = new Map<string, number>();
  const keys = lines.map((l) => l.toLowerCase().replace(/\s+/gu, ' '));
  for (const k of keys) said.set(k, (said.get(k) ?? 0) + 1);
  return own.map((o, i) => {
    const v = o.vector;
    v[I['position']!] = n > 1 ? i / (n - 1) : 0;
    v[I['first3']!] = i < 3 ? 1 : 0;
    v[I['last3']!] = i >= n - 3 ? 1 : 0;
    v[I['relLength']!] = Math.max(-3, Math.min(3, Math.log(median / Math.max(1, lines[i]!.length))));
    const prev = own[i - 1];
    const next = own[i + 1];
    v[I['prevHeadline']!] = prev?.headline ? 1 : 0;
    v[I['nextHeadline']!] = next?.headline ? 1 : 0;
    v[I['headlineRun']!] = o.headline && (prev?.headline || next?.headline) ? 1 : 0;
    v[I['prevSentence']!] = prev?.sentence ? 1 : 0;
    v[I['nextSentence']!] = next?.sentence ? 1 : 0;
    v[I['beforeProse']!] = firstProse < 0 || i < firstProse ? 1 : 0;
    v[I['afterProse']!] = firstProse < 0 || i > lastProse ? 1 : 0;
    v[I['proseGap']!] = Math.log1p(gap[i]!);
    v[I['repeated']!] = said.get(keys[i]!)! > 1 ? 1 : 0;
    v[I['runLength']!] = Math.log1p(run[i]!);
    v[I['afterColon']!] = colonAbove[i]!;
    return v;
  });
}

/** `proseGap` counts lines up to this many. */
const maxGap = 20;

function ownFeatures(line: string, stopMask: number, ownWords?: OwnWords): Own {
  const v = new Float64Array(features.length);
  const I = featureIndex;
  let words = 0;
  let capitalized = 0;
  let lettered = 0;
  let stops = 0;
  let cues = 0;
  let firstCue = 0;
  let month = false;
  eachWord(line, (word) => {
    words++;
    const info = wordInfo(word);
    if (info & casedBit) {
      lettered++;
      if (info & capitalBit) capitalized++;
    }
    if (ownWords ? ownWords.words.has(word.toLowerCase()) : ((info >>> stopShift) & stopMask) !== 0) stops++;
    if (word.charCodeAt(0) > 0x40) {
      const bits = (info >>> cueShift) & cueMask;
      cues |= bits;
      if (words === 1) firstCue = bits;
      if (info & monthBit) month = true;
    }
  });
  const letters = lettered > 0;
  v[I['words1']!] = words === 1 ? 1 : 0;
  v[I['words2to3']!] = words >= 2 && words <= 3 ? 1 : 0;
  v[I['words4to6']!] = words >= 4 && words <= 6 ? 1 : 0;
  v[I['words7to12']!] = words >= 7 && words <= 12 ? 1 : 0;
  v[I['words13to25']!] = words >= 13 && words <= 25 ? 1 : 0;
  v[I['logWords']!] = -Math.log1p(words);
  const sentence = sentenceEnd.test(line);
  const ellipsis = ellipsisEnd.test(line);
  const question = /\?["'”’»)\]]*$/u.test(line);
  const colon = /:$/u.test(line);
  v[I['endsSentence']!] = sentence && !ellipsis ? 1 : 0;
  v[I['endsQuestion']!] = question ? 1 : 0;
  v[I['endsColon']!] = colon ? 1 : 0;
  v[I['endsEllipsis']!] = ellipsis ? 1 : 0;
  v[I['noFinalPunct']!] = !sentence && !colon && !/[,;]$/u.test(line) ? 1 : 0;
  v[I['capShare']!] = lettered > 0 ? capitalized / lettered : 0;
  v[I['allCaps']!] = lettered > 0 && line.length >= 3 && line === line.toUpperCase() && line !== line.toLowerCase() ? 1 : 0;
  v[I['stopShare']!] = words > 0 ? Math.min(1, (stops / words) * (ownWords?.scale ?? 1)) : 0;
  v[I['noStopWords']!] = words >= 4 && stops === 0 ? 1 : 0;
  let digits = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  v[I['digitShare']!] = digits / line.length;
  v[I['date']!] = (month && digits > 0) || numericDate.test(line) ? 1 : 0;
  v[I['time']!] = digits > 0 && timeOfDay.test(line) ? 1 : 0;
  v[I['handle']!] = line.includes('@') && handle.test(line) ? 1 : 0;
  v[I['url']!] = (urlStart.test(line) || urlEnd.test(line)) && url.test(line) ? 1 : 0;
  cueFeature.forEach((index, k) => {
    v[index] = cues & (1 << k) ? 1 : 0;
  });
  v[I['cueFirst']!] = firstCue !== 0 ? 1 : 0;
  v[I['keyValue']!] = keyValue.test(line) ? 1 : 0;
  v[I['separator']!] = separators.test(line) ? 1 : 0;
  v[I['noLetters']!] = letters ? 0 : 1;
  v[I['bullet']!] = bullet.test(line) ? 1 : 0;
  v[I['quoteStart']!] = quoteStart.test(line) ? 1 : 0;
  v[I['startsLower']!] = /^\p{Ll}/u.test(line) ? 1 : 0;
  v[I['innerStop']!] = innerStop.test(line) ? 1 : 0;
  return { words, letters, headline: words >= 1 && words <= 12 && !sentence, sentence: sentence && words >= 6, colon, vector: v };
}

/** A line's words, numbers and punctuation marks, one token each. */
const shapeToken = /\p{N}+|\p{L}+|[^\s\p{L}\p{N}]/gu;
/** What separates a table row's first field from the next: a spaced dash, a colon, a spaced slash or "@", a comma. */
const fieldSeparator = /\s(?:--?|–|—)\s|:\s|\s\/\s|\s@\s|,\s/u;
/** Separators of a menu or a teaser's site name ("Headline | Outlet"): their lines are not rows. */
const menuSeparator = /\s[|•·»›>]\s/u;
/** A row's first field is a label, a date or a number: up to this many tokens. */
const maxFieldTokens = 5;
/** The cue kinds a row may not hold anywhere (a comment's "3 hours ago", "Share: …"); a place's "Credit Union" may. */
const rowCues = ['cueComments', 'cueDateline', 'cueSocial', 'cueRelated', 'cueAd'];
const pipeCues = rowCues.filter((name) => name !== 'cueDateline');
/** Fewer rows than this are not a table; above the article's first sentence, fewer than `minRowsAbove`. */
const minRows = 3;
const minRowsAbove = 6;

/** How a token reads in a row's shape: a number, a month, a word, or the mark itself. */
function tokenShape(token: string): string {
  if (/^\p{N}/u.test(token)) return '#';
  if (months.has(token)) return 'M';
  return /^\p{L}/u.test(token) ? 'w' : token;
}

/**
 * The shape of a line as a row of a table the page had: its first field (up to the first field
 * separator) as number, month and word tokens (the full stop of "Aug." dropped), the separator
 * (every dash as one), and the first token after it. "June 14 -- PPL Center, Allentown, PA" and
 * "Aug. 2 -- Pepsi Center, Denver, CO" are both "M # – w"; "VIP : 60,000₩" is "w : #". A shape
 * holds a number or a month: a line without one ("Brexit: what happens next") is a headline's
 * label, not a row. Undefined when the line has no first field, or one that is a sentence, or a
 * cue word in it ("Photo: …").
 */
function rowShape(text: string): string | undefined {
  const sep = fieldSeparator.exec(text);
  if (sep === null) return undefined;
  const field = text.slice(0, sep.index).toLowerCase().match(shapeToken) ?? [];
  if (field.length === 0 || field.length > maxFieldTokens || field.some((w) => cueBits(w) !== 0)) return undefined;
  const next = text.slice(sep.index + sep[0].length).toLowerCase().match(shapeToken)?.[0];
  if (next === undefined) return undefined;
  const shape = field.map(tokenShape).filter((t, k, all) => !(t === '.' && all[k - 1] === 'M'));
  shape.push(sep[0].trim().replace(/^(?:--?|—)$/u, '–'), tokenShape(next));
  return shape.includes('#') || shape.includes('M') ? shape.join(' ') : undefined;
}

/**
 * The shape of a row whose cells a converter joined with " | " (trafilatura's text output, a
 * Markdown table without its rules): its number of cells, two to twelve, none a sentence, and
 * whether one holds a digit ("Mangatū Forest | 164", "2 Lakeshore | 15 minutes | 10 minutes").
 * A run of them is a table when most rows hold a digit and no cell is the same in every row
 * (`tableRows`): a site's menu or a footer's links ("Privacy | Terms | Contact") hold no digit, a
 * teaser list's rows end in the same site name.
 */
function pipeShape(text: string): string | undefined {
  const cells = pipeCells(text);
  if (cells.length < 2 || cells.length > 12 || cells.some((c) => c.trim() === '' || c.length > 60 || /[.!?]["'”’»)]?$/u.test(c.trim()))) return undefined;
  return `|${cells.length}${/\p{N}/u.test(text) ? '#' : ''}`;
}

/** The cells of a row joined by " | ", a bar at either end aside. */
function pipeCells(text: string): string[] {
  return text.replace(/^\|\s*|\s*\|$/gu, '').split(/\s\|\s/u);
}

/** Whether rows joined by bars hold one cell the same in every row: a teaser list's site name ("… | News"), not a table's column. */
function sameColumn(rows: readonly string[]): boolean {
  const cells = rows.map((r) => pipeCells(r).map((c) => c.trim().toLowerCase()));
  return cells[0]!.some((c, k) => cells.every((row) => row[k] === c));
}

/**
 * The lines that are rows of a table or a data list: three or more lines in a row of one
 * `rowShape` below the article's first sentence, six or more above it (a page that opens with
 * its data: a season's race calendar, a timetable), none of them prose, said twice, a link, a
 * handle, a menu's separator or a comment's, dateline's, sharing, related-link or advertising
 * cue word. Tour dates ("June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA"), prices ("VIP :
 * 60,000₩"), a product list with its prices, a results table, "1a etapa: 10 de março –
 * Interlagos": the article's data, where the model reads a list after the last paragraph as
 * related links (it has no prose after it, unlike a list inside the article, which
 * `protectedLines` keeps) and a list at the top as a menu. A teaser list's headlines share no
 * shape.
 */
export function tableRows(texts: readonly string[], vectors: readonly Float64Array[], prose: readonly boolean[]): boolean[] {
  const I = featureIndex;
  const rows = new Array<boolean>(texts.length).fill(false);
  const first = prose.indexOf(true);
  if (first < 0) return rows;
  // Each line's shape, or undefined for a line that may not be a row.
  const shapes = texts.map((text, i) => {
    const v = vectors[i]!;
    if (prose[i] || v[I['url']!] !== 0 || v[I['handle']!] !== 0 || v[I['repeated']!] !== 0) return undefined;
    // cells joined by bars may give times ("15 minutes"), which a dateline's cue word reads
    if (menuSeparator.test(text)) return pipeCues.every((name) => v[I[name]!] === 0) ? pipeShape(text) : undefined;
    return rowCues.every((name) => v[I[name]!] === 0) ? rowShape(text) : undefined;
  });
  for (let i = 0; i < texts.length; ) {
    const shape = shapes[i];
    let j = i + 1;
    if (shape !== undefined && shape.startsWith('|')) {
      // cells joined by bars: one count of cells, a header row without digits among them
      const cells = shape.replace('#', '');
      while (j < texts.length && shapes[j]?.replace('#', '') === cells) j++;
      const numbered = shapes.slice(i, j).filter((sh) => sh!.endsWith('#')).length;
      if (j - i >= (i > first ? minRows : minRowsAbove) && numbered * 2 > j - i && !sameColumn(texts.slice(i, j))) rows.fill(true, i, j);
      i = j;
      continue;
    }
    if (shape !== undefined) while (j < texts.length && shapes[j] === shape) j++;
    if (shape !== undefined && j - i >= (i > first ? minRows : minRowsAbove)) rows.fill(true, i, j);
    i = j;
  }
  return rows;
}
