/**
 * pronoun-number, possessives: "its" whose only candidate antecedents in reach are plural
 * ("Local councils complain about the cuts. The logic of its budget …"), and the converse,
 * "their" for a singular organisation ("The company said their profits fell"), which native
 * British English writes too and is only a hint.
 *
 * Notes:
 * - Reach: the pronoun's sentence up to the pronoun and the sentence before it (the last one of
 *   the paragraph before, for a paragraph's first sentence: then a hint only).
 * - "its" is reported only when no singular or mass noun, no name and no "it"/"this"/"that" is
 *   in reach, apart from the noun the possessive hangs on ("the logic of its budget"), and a
 *   plural noun is: the tagger (tagger.ts) decides number, on those two sentences only.
 * - The object "it" is not checked: it refers to clauses and situations as often as to nouns.
 * - Text only: the cheap gate (`mayReport`) first looks for a plural word and no capitalised
 *   word inside a sentence (a name: a singular antecedent the tagger would have to judge).
 */
import { type Term, tag } from './tagger.js';
import { insideQuote } from './pronoun-number-gate.js';
import type { Reporter, TextUnit } from './types.js';
import { things } from './pronoun-gender.js';

const its = /(?<![\p{L}'’-])its(?![\p{L}'’-])/iu;
const their = /(?<![\p{L}'’-])their(?![\p{L}'’-])/iu;
const sentenceBreak = /[.!?…]["”’»)]*\s+(?=["“«]?\p{Lu})/gu;
const capitalInside = /[\p{Ll}\d,;:]\s+["“(]?\p{Lu}/u;
/** A word ending in -s that may be a plural noun. */
const pluralish = /[a-z]{2}[^s'’]s\b|\b(?:police|people|authorities)\b/i;
const notAntecedent = ['Date', 'Value', 'Duration', 'Unit', 'Month', 'WeekDay'];
const singularPronouns = new Set(['it', 'this', 'that', 'itself', 'one', 'each', 'either', 'neither', 'everyone', 'everything', 'something', 'nothing', 'anything', 'someone', 'anyone', 'nobody']);

/** [start, end) of the sentence holding `at` and the start of the one before (-1: none in `text`). */
function sentences(text: string, at: number): { start: number; previous: number } {
  let start = 0;
  let previous = -1;
  sentenceBreak.lastIndex = 0;
  for (let m = sentenceBreak.exec(text); m && m.index + m[0].length <= at; m = sentenceBreak.exec(text)) {
    previous = start;
    start = m.index + m[0].length;
  }
  return { start, previous };
}

/** The window of the two sentences in reach, or undefined when the gate's text tests fail. */
function windowOf(text: string, at: number, before: string | undefined): { window: string; base: number; crosses: boolean } | undefined {
  const { start, previous } = sentences(text, at);
  if (previous >= 0) return { window: text.slice(previous, at), base: previous, crosses: false };
  // The gate sees the paragraph only; the first paragraph has nothing before it.
  if (before === undefined || before === '') return { window: text.slice(0, at), base: 0, crosses: before === undefined };
  const last = before.slice(sentences(before, before.length).start);
  return { window: `${last} ${text.slice(0, at)}`, base: -(last.length + 1), crosses: true };
}

function isCandidate(t: Term): boolean {
  const tags = t.tags;
  if (singularPronouns.has(t.normal)) return true;
  if (tags.includes('Pronoun') || tags.includes('Plural') || notAntecedent.some((x) => tags.includes(x))) return false;
  if (tags.includes('Gerund')) return false;
  return tags.includes('Singular') || tags.includes('Uncountable') || tags.includes('ProperNoun');
}

function isPluralNoun(t: Term): boolean {
  return t.tags.includes('Plural') && t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Verb');
}

/** Cheap gate for "its": a plural-looking word and no capitalised word inside a sentence in reach. */
export function itsMayReport(text: string): boolean {
  const m = its.exec(text);
  if (!m || insideQuote(text, m.index)) return false;
  const w = windowOf(text, m.index, undefined)!;
  return pluralish.test(w.window) && !capitalInside.test(w.window);
}

/** Cheap gate for "their": an organisation word before it. */
export function theirMayReport(text: string): boolean {
  const m = their.exec(text);
  if (!m) return false;
  const head = text.slice(Math.max(0, m.index - 300), m.index).toLowerCase();
  return (head.match(/[a-z]+/g) ?? []).some((w) => things.has(w));
}

/** Report "its" after plural antecedents only, and "their" for a singular organisation (info). */
export function checkPossessives({ text, before }: TextUnit, report: Reporter): void {
  if (itsMayReport(text)) checkIts(report, text, before);
  if (theirMayReport(text)) checkTheir(report, text, before);
}

function checkIts(report: Reporter, text: string, before: string): void {
  const m = its.exec(text)!;
  const at = m.index;
  const w = windowOf(text, at, before);
  if (!w || capitalInside.test(w.window)) return;
  const terms = tag(w.window);
  // "the logic of its budget": the noun the possessive hangs on is not its antecedent.
  const owner = /(?:^|\s)of\s*$/.test(w.window) ? terms.length - 2 : -1;
  // A noun before another noun modifies it ("local councils", "budget cuts"): not a head.
  const modifier = (k: number): boolean => terms[k + 1] !== undefined && !terms[k]!.tags.includes('Possessive') && terms[k]!.post === ' ' && terms[k + 1]!.tags.includes('Noun') && !terms[k + 1]!.tags.includes('Pronoun');
  if (terms.some((t, k) => k !== owner && isCandidate(t) && !modifier(k))) return;
  const plural = [...terms].reverse().find(isPluralNoun);
  if (!plural) return;
  const word = m[0];
  report({
    start: at, end: at + word.length, info: w.crosses,
    message: `Singular “${word}” with only the plural “${plural.text}” before it`,
    suggestion: /^I/.test(word) ? 'Their' : 'their',
  });
}

function checkTheir(report: Reporter, text: string, before: string): void {
  const m = their.exec(text)!;
  const at = m.index;
  const w = windowOf(text, at, before);
  if (!w) return;
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
