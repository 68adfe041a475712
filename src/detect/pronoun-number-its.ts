/**
 * pronoun-number, possessives: "its" whose antecedent can only be plural ("Local councils
 * complain about the cuts. The logic of its budget …", "Physicians are volunteering its time"),
 * and the converse, "their" for a singular organisation ("The company said their profits
 * fell"), which native British English writes too and is only a hint.
 *
 * Notes:
 * - Reach: the pronoun's sentence up to the pronoun and the sentence before it (the last one of
 *   the paragraph before, for a paragraph's first sentence: then a hint only). Every "its" of a
 *   paragraph is checked, each in its own reach.
 * - Number comes from the tagger (tagger.ts, compromise's lexicon and tags), on those two
 *   sentences only. The antecedent is the nearest plural subject before the pronoun: a plural
 *   noun phrase, "they", or two noun phrases joined by "and", followed by a verb of their own.
 * - Quiet when a singular candidate is in reach: a singular subject, a singular name that is not
 *   a person's (a company, a place: "Beijing", "Nissan"; a capitalised word the lexicon does not
 *   know counts as one), a singular possessive ("the galaxy's"), "it"/"this"/"one"/"each", or
 *   any singular noun between the antecedent and the pronoun ("Users love the app because its
 *   design …"). When the antecedent is "they", every singular noun in reach counts ("they" may
 *   stand for it). People do not count ("its" is never a person's): names with a known first
 *   name or a title, person nouns; nor do dates, amounts and time words ("on a given day"), the
 *   noun "its" hangs on ("the logic of its budget"), or a noun that only modifies the next one
 *   ("budget cuts").
 * - Quiet when the pronoun stands before its sentence's subject in an opening phrase ("In
 *   order to regain its credibility, the association …"): the antecedent may follow.
 * - The object "it" (“did not answer it”) is checked apart, under narrower conditions: it refers
 *   to clauses and situations as often as to nouns (pronoun-number-it.ts).
 * - The cheap gate (`itsMayReport`) looks for a plural-looking word before the pronoun.
 */
import { type Term, tag, wordPattern } from './tagger.js';
import { insideQuote, sentenceStarts } from './pronoun-number-gate.js';
import type { Reporter, TextUnit } from './types.js';
import { lastAnswer, someLetterRun } from './util.js';
import { things } from './pronoun-gender.js';
import { singularPersons } from './lists/pronoun-number.js';

/** The tagger's words. */
const words = new RegExp(wordPattern.source, 'gu');
/** The end of the pronoun's sentence. */
const sentenceEnd = /[.!?…](?:\s|$)/g;
const itsWord = /(?<![\p{L}'’-])its(?![\p{L}'’-])/giu;
const their = /(?<![\p{L}'’-])their(?![\p{L}'’-])/iu;
/** A word ending in -s that may be a plural noun (not -ss, -us, -is), or a plural without -s. */
const pluralishWords = /\b[a-z]{2,}[^siu'’\W]s\b|\b(?:police|people|they|them|staff|crew|children|men|women|media)\b/gi;
/** Words ending in -s that are not plural nouns. */
const notPlural = new Set(['this', 'thus', 'does', 'always', 'perhaps', 'whereas', 'news', 'means', 'series', 'species',
  'sometimes', 'besides', 'towards', 'afterwards', 'backwards', 'forwards', 'upwards', 'downwards', 'nowadays', 'hers', 'ours', 'yours', 'theirs']);
/** A plural-looking word in `text`: the cheap test before the tagger decides. */
export function pluralish(text: string): boolean {
  pluralishWords.lastIndex = 0;
  for (let m = pluralishWords.exec(text); m; m = pluralishWords.exec(text)) if (!notPlural.has(m[0].toLowerCase())) return true;
  return false;
}
const notAntecedent = ['Date', 'Value', 'Duration', 'Unit', 'Month', 'WeekDay'];
/** Time words: adverbials ("on a given day", "this year"), not owners. */
const timeWords = new Set(['day', 'week', 'month', 'year', 'time', 'hour', 'minute', 'moment', 'morning', 'evening', 'night',
  'afternoon', 'decade', 'century', 'weekend', 'today', 'tomorrow', 'yesterday', 'tonight', 'period', 'season']);
const singularPronouns = new Set(['it', 'itself', 'one', 'each', 'either', 'neither', 'everyone', 'everything', 'something', 'nothing', 'anything', 'someone', 'anyone', 'nobody']);
/** A word of `singularPronouns` or "its", as the tagger splits words (not "it's", "U.S.-its"). */
export const singularPronounWord = new RegExp(`(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]['’.])(?:${[...singularPronouns, 'its'].join('|')})(?!['’.]?[\\p{L}\\p{N}])`, 'iu');
const pluralPronouns = new Set(['they', 'them', 'themselves', 'these', 'those']);
const possessivePronouns = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);
/** Words that may stand between a subject and its verb ("officials also implemented"). */
const betweenSubjectAndVerb = (t: Term): boolean => t.tags.includes('Adverb') || t.normal === 'not';


/**
 * The window of the two sentences in reach: the text from the sentence before up to `at`, where
 * its own sentence starts in it (`own`), and whether it reaches into the paragraph before.
 */
export function windowOf(text: string, at: number, before: string | undefined): { window: string; own: number; crosses: boolean } {
  const { start, previous } = sentenceStarts(text, at);
  if (previous >= 0) return { window: text.slice(previous, at), own: start - previous, crosses: false };
  // The gate sees the paragraph only; the first paragraph has nothing before it.
  if (before === undefined || before === '') return { window: text.slice(0, at), own: start, crosses: before === undefined };
  const last = before.slice(sentenceStarts(before, before.length).start);
  return { window: `${last} ${text.slice(0, at)}`, own: last.length + 1, crosses: true };
}

/** A word that may be an antecedent noun: not a pronoun, a date, an amount or a time word. */
export function isNoun(t: Term): boolean {
  const tags = t.tags;
  return tags.includes('Noun') && !tags.includes('Pronoun') && !possessivePronouns.has(t.normal) && !tags.includes('Gerund') &&
    !notAntecedent.some((x) => tags.includes(x)) && !timeWords.has(t.normal.replace(/'s$/, ''));
}

function isPluralNoun(t: Term): boolean {
  return t.tags.includes('Plural') && t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Verb');
}

function isVerb(t: Term): boolean {
  return t.tags.includes('Verb') && !t.tags.includes('Gerund');
}

export function isPersonNoun(t: Term): boolean {
  const tags = t.tags;
  return tags.includes('Person') || tags.includes('Honorific') || (tags.includes('Actor') && !tags.includes('Plural')) || singularPersons.has(t.normal.replace(/'s$/, ''));
}

/**
 * Indexes of the words that name a person: a run of capitalised words that holds a first or last
 * name the lexicon knows ("Chelsea Handler"), or follows a title ("Mr. Xi").
 */
export function personNames(terms: Term[]): Set<number> {
  const people = new Set<number>();
  for (let k = 0; k < terms.length; k++) {
    if (!/^\p{Lu}/u.test(terms[k]!.text)) continue;
    let e = k;
    while (e + 1 < terms.length && terms[e]!.post === ' ' && /^\p{Lu}/u.test(terms[e + 1]!.text)) e++;
    const titled = k > 0 && terms[k - 1]!.tags.includes('Honorific');
    const named = terms.slice(k, e + 1).some((t) => t.tags.includes('Person') && !t.tags.includes('Place') && !t.tags.includes('Organization'));
    if (titled || named) for (let j = k; j <= e; j++) people.add(j);
    k = e;
  }
  return people;
}

/** What the window says about "its": the plural antecedent, or why there is none. */
interface Reading { antecedent?: { start: number; end: number }; blocker?: Term }

/**
 * The antecedent "its" at the end of `window` (followed by `rest`, its sentence's remainder) refers back to: the nearest plural subject, when
 * no singular candidate is in reach (see the module's notes). Offsets into `window`.
 */
export function readIts(window: string, own: number, rest: string): Reading {
  const terms = tag(window);
  const n = terms.length;
  const people = personNames(terms);
  // "the logic of its budget": the noun the possessive hangs on is not its antecedent.
  const owner = /(?:^|\s)of\s*$/.test(window) ? n - 2 : -1;
  const own0 = terms.findIndex((t) => t.offset.start >= own);
  // A noun before another noun modifies it ("local councils", "budget cuts"): not a head.
  const modifier = (k: number): boolean => k + 1 < n && !terms[k]!.tags.includes('Possessive') && terms[k]!.post === ' ' && isNoun(terms[k + 1]!);
  /** The first word of the noun phrase whose head is at k (determiners, adjectives, modifiers). */
  const phraseStart = (k: number): number => {
    let s = k;
    while (s > 0 && terms[s - 1]!.post === ' ' && !possessivePronouns.has(terms[s - 1]!.normal) &&
      (terms[s - 1]!.tags.includes('Adjective') || terms[s - 1]!.tags.includes('Determiner') || (isNoun(terms[s - 1]!) && !terms[s - 1]!.tags.includes('Possessive')))) s--;
    return s;
  };
  // A subject: a head followed by a verb of its own, or a sentence's first noun phrase (the
  // tagger, like compromise, takes some past tenses for nouns: "The company shelved …").
  const subject = (k: number): boolean => {
    const s = phraseStart(k);
    if (s === 0 || (s === own0 && s > 0) || /[.!?…]["”’»)]*\s+$/.test(terms[s - 1]!.post)) return true;
    if (/[,;:()]/.test(terms[k]!.post)) return false;
    let j = k + 1;
    while (j < n && betweenSubjectAndVerb(terms[j]!)) j++;
    return j < n && isVerb(terms[j]!);
  };
  // Heads joined by "and" before a verb are one plural subject ("Uber and Lyft ended up …").
  const coordinated = new Set<number>();
  const groupStart = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    if (!subject(k) || !(isNoun(terms[k]!) || people.has(k))) continue;
    let s = phraseStart(k);
    let members = 0;
    while (s >= 2 && terms[s - 1]!.normal === 'and' && /^\s+$/.test(terms[s - 2]!.post) && (isNoun(terms[s - 2]!) || people.has(s - 2))) {
      coordinated.add(s - 2);
      s = phraseStart(s - 2);
      members++;
      // "A, B and C": the commas before.
      while (s >= 1 && /^,\s+$/.test(terms[s - 1]!.post) && (isNoun(terms[s - 1]!) || people.has(s - 1))) { coordinated.add(s - 1); s = phraseStart(s - 1); }
    }
    if (members > 0) groupStart.set(k, s);
  }
  let antecedent: { k: number; start: number } | undefined;
  for (let k = n - 1; k >= 0; k--) {
    const t = terms[k]!;
    // An earlier "its" has a singular antecedent in reach.
    if (singularPronouns.has(t.normal) || t.normal === 'its') return { blocker: t };
    // "this"/"that" standing for a noun phrase ("That is its …", "This includes its …": not a
    // determiner before a plural), not a determiner or "said that".
    if ((t.normal === 'this' || t.normal === 'that') && k + 1 < n && (/[,;:.]/.test(t.post) || isVerb(terms[k + 1]!) || terms[k + 1]!.tags.includes('Plural'))) return { blocker: t };
    const pronoun = pluralPronouns.has(t.normal);
    if (!pronoun && (!isNoun(t) || k === owner || modifier(k))) continue;
    if (people.has(k) || (isPersonNoun(t) && !t.tags.includes('Plural'))) continue;
    const plural = pronoun || t.tags.includes('Plural') || groupStart.has(k);
    if (plural) {
      if (!antecedent && subject(k)) {
        antecedent = { k, start: groupStart.get(k) ?? phraseStart(k) };
        // "they" stands for something before it: every singular noun in reach may be that.
        if (pronoun) {
          const earlier = terms.slice(0, k).find((u, j) => isNoun(u) && !u.tags.includes('Plural') && !people.has(j) && !isPersonNoun(u) && j !== owner && !modifier(j) && !coordinated.has(j));
          if (earlier) return { blocker: earlier };
        }
      }
      continue;
    }
    if (coordinated.has(k) && antecedent && k >= antecedent.start) continue;
    const singular = t.tags.includes('Singular') || t.tags.includes('Uncountable') || t.tags.includes('ProperNoun');
    if (!singular) continue;
    // Between the antecedent and the pronoun any singular noun is a nearer candidate; before it,
    // a singular subject, name or possessive is.
    if (!antecedent || subject(k) || t.tags.includes('ProperNoun') || t.tags.includes('Possessive')) return { blocker: t };
  }
  if (!antecedent) return {};
  const head = terms[antecedent.k]!;
  // The pronoun in an opening phrase before its own sentence's subject: that subject may be the antecedent.
  if (head.offset.start < own && /^[^.!?]*,/.test(rest) && !terms.some((u, j) => u.offset.start >= own && subject(j))) return {};
  return { antecedent: { start: terms[antecedent.start]!.offset.start, end: head.offset.start + head.offset.length } };
}

/** Cheap gate for "its": outside a quotation, with a plural-looking word and no singular pronoun before it. */
export const itsMayReport = lastAnswer((text: string): boolean => {
  itsWord.lastIndex = 0;
  for (let m = itsWord.exec(text); m; m = itsWord.exec(text)) {
    if (insideQuote(text, m.index)) continue;
    const { window } = windowOf(text, m.index, undefined);
    if (pluralish(window) && !singularPronounWord.test(window)) return true;
  }
  return false;
});

/** Cheap gate for "their": an organisation word before it. */
export const theirMayReport = lastAnswer((text: string): boolean => {
  const m = their.exec(text);
  if (!m) return false;
  const head = text.slice(Math.max(0, m.index - 300), m.index).toLowerCase();
  return someLetterRun(head, isThing);
});
const isThing = (word: string): boolean => things.has(word);

/** Report "its" after plural antecedents only, and "their" for a singular organisation (info). */
export function checkPossessives({ text, before }: TextUnit, report: Reporter): void {
  if (itsMayReport(text)) checkIts(report, text, before);
  if (theirMayReport(text)) checkTheir(report, text, before);
}

function checkIts(report: Reporter, text: string, before: string): void {
  itsWord.lastIndex = 0;
  for (let m = itsWord.exec(text); m; m = itsWord.exec(text)) {
    const at = m.index;
    if (insideQuote(text, at)) continue;
    const w = windowOf(text, at, before);
    // Cheap tests of what the reading needs: a plural-looking word, and none of the singular
    // pronouns that always stand in its way ("it", an earlier "its", "one", "each" …).
    if (!pluralish(w.window) || singularPronounWord.test(w.window)) continue;
    sentenceEnd.lastIndex = at;
    const end = sentenceEnd.exec(text);
    const rest = text.slice(at, end ? end.index : undefined);
    // The pronoun's own sentence first: a singular candidate there is one in the whole reach, and
    // the sentence before is not tagged.
    if (w.own > 0 && readIts(w.window.slice(w.own), 0, rest).blocker) continue;
    const { antecedent } = readIts(w.window, w.own, rest);
    if (!antecedent) continue;
    const word = m[0];
    const phrase = w.window.slice(antecedent.start, antecedent.end);
    report({
      start: at, end: at + word.length, info: w.crosses && antecedent.start < w.own,
      message: `“${word}” refers back to the plural “${phrase}” (no singular noun in reach)`,
      suggestion: /^I/.test(word) ? 'Their' : 'their',
    });
  }
}

function checkTheir(report: Reporter, text: string, before: string): void {
  const m = their.exec(text)!;
  const at = m.index;
  const w = windowOf(text, at, before);
  // What the words alone decide, before the tagger: "they", "them" or "and" keeps the rule
  // quiet, and the window needs an organisation word.
  let orgWord = false;
  words.lastIndex = 0;
  for (let m = words.exec(w.window); m; m = words.exec(w.window)) {
    const normal = m[0].toLowerCase().replace(/’/g, "'");
    if (normal === 'they' || normal === 'them' || normal === 'and') return;
    if (things.has(normal)) orgWord = true;
  }
  if (!orgWord) return;
  const terms = tag(w.window);
  if (terms.some((t) => isPluralNoun(t) || t.normal === 'they' || t.normal === 'them' || t.tags.includes('Person') || t.normal === 'and')) return;
  const org = terms.find((t) => things.has(t.normal) && !t.tags.includes('Plural'));
  if (!org) return;
  report({
    start: at, end: at + m[0].length, info: true,
    message: `Plural “${m[0]}” for the singular “${org.text}” (British usage; “its” elsewhere)`,
    suggestion: /^T/.test(m[0]) ? 'Its' : 'its',
  });
}
