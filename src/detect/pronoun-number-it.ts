/**
 * pronoun-number, the object "it": “it” as the object of a verb, standing for a plural noun
 * (“The authorities received the letters but did not answer it.”, “Investigators found two
 * bodies and sent it for examination.”), and “it” counted as a plural (“five of it”, “among
 * it”). Russian and Ukrainian «их» (them/their), «из них», and Spanish «los/las», «de ellos»
 * come out as “it” in MT.
 *
 * “It” in native English refers to a singular noun, a clause or a situation, or is expletive
 * (“make it clear”, “find it hard to”), so the check is narrow, precision first:
 * - The pronoun: the paragraph's first it/its/itself (a later one has an earlier one before it, a
 *   singular topic) when it is a lower-case “it” outside quotations, right after a verb of its
 *   own (the word before it reads as a verb, also after “did not”, which the tagger may read as a
 *   noun), and followed by the end of its clause (. ! ? ; : or a comma), a coordinator
 *   (and/but/or), a preposition or particle of place or direction (`followers`: “sent it for
 *   examination”, “handed it over”; and then, by the tagger, not “to” before a verb) or an adverb
 *   of time, place or manner (“again”, “later”, “immediately”): so not a subject (“said it
 *   was”), not before an adjective or noun (“made it clear”, “call it a day”), not before a
 *   complement (“see it as”, “make it to”, “think of it as”).
 * - Not after verbs whose object is often a clause, a situation or the expletive “it”
 *   (`clausalVerbs`): light verbs (do, make, take, get, have, put, give, let, keep, leave), verbs
 *   of saying, knowing and judging, of liking and wanting, of admitting or denying.
 * - Reach: the pronoun's sentence up to it and the sentence before (the last one of the paragraph
 *   before for a paragraph's first sentence: then a hint only). The antecedent: the nearest
 *   plural noun in reach that is the object of a verb (its noun phrase right after the verb, or a
 *   verb and particle) with no verb of its own after it. Not a subject: “it” after what a plural
 *   subject did stands for the event (“The talks collapsed. Diplomats blamed it on …”); not the
 *   object of a preposition (“hundreds of homes”, “fell after the results”).
 * - Quiet when anything else may be what “it” stands for: any singular or uncountable noun in
 *   reach that is not a person (“it” is never a person: names, titles and person nouns do not
 *   count; nor do dates, amounts, time words and nouns that modify the next one), a singular
 *   name, another plural thing in reach (“The fires destroyed hundreds of homes. Firefighters
 *   battled it”), “this”/“that”/“one”/“each”/“something” …, a clause “it” may stand for
 *   (“that”, “whether”, “how”, “what”, “why”, “if”, “to” before a verb, a gerund that is not part
 *   of a progressive verb). The subject of the verb before “it” is not its antecedent (that would
 *   be “itself”): it neither counts nor blocks (“the government freed three prisoners and sent
 *   it”).
 * - Cost: the first it/its/itself is found once for both checks (`firstItAt`); the tests on words
 *   come before the tagger, which reads the pronoun's own sentence first and the sentence before
 *   only when nothing in its own keeps the check quiet.
 */
import { type Term, tag } from './tagger.js';
import { insideQuote } from './pronoun-number-gate.js';
import { isNoun, isPersonNoun, personNames, pluralish, singularPronounWord, windowOf } from './pronoun-number-its.js';
import type { Reporter, TextUnit } from './types.js';
import { lastAnswer } from './util.js';
import { clausalVerbs, coordinators, humanPlurals, relatives, subordinators } from './lists/pronoun-number.js';

/** What may follow an object “it”: a clause end, or a word (`followers`, an -ly adverb; the tagger then judges it). */
const after = /^(?:\s*[.!?;:,]|\s+([\p{L}]+))/u;
/** Words that may follow an object “it”: prepositions and particles of place or direction, coordinators, adverbs of time and place. */
const followers = new Set(['for', 'to', 'into', 'in', 'on', 'at', 'from', 'with', 'over', 'back', 'away', 'off', 'out', 'up', 'down',
  'around', 'through', 'under', 'across', 'along', 'onto', 'towards', 'toward', 'via', 'by', 'near', 'inside', 'outside', 'behind',
  'before', 'after', 'during', 'until', 'without', 'and', 'but', 'or', 'again', 'later', 'too', 'together', 'apart', 'aside', 'here',
  'there', 'home', 'abroad', 'overseas', 'online', 'yesterday', 'today', 'soon', 'first', 'instead', 'anyway']);
/** A word before the pronoun, with only a space between: the verb. */
const wordBefore = /(?:^|[^\p{L}'’-])([\p{L}][\p{L}'’-]*) $/u;
/** Words in reach that “it” may stand for instead of a noun: a clause, or a singular pronoun. */
const clauseWord = /(?<![\p{L}'’-])(?:that|whether|how|what|why|if|this|something|everything|nothing|anything)(?![\p{L}'’-])/iu;
/**
 * “it”, “its” or “itself”: the first one in a paragraph is the only “it” checked (an earlier one
 * is a singular topic). The word's start is tested after a match (`wordStart`): a pattern that
 * begins with a look-behind is tried at every position of every paragraph.
 */
const firstItWord = /it(?:s|self)?(?![\p{L}\p{N}'’-])/giu;
/** What may not stand right before the pronoun (it would be inside a word, a name or a number). */
const inWord = /[\p{L}\p{N}'’.-]$/u;
/** Prepositions and particles after the pronoun that open a complement of “it”, not a place or goal. */
const complementWords = new Set(['as', 'of', 'that', 'like', 'than', 'about', 'is', 'was']);
/** Words that open a clause of their own: its subject is not the pronoun's verb's subject. */
const boundaryWords = new Set([...subordinators, ...relatives, 'whose']);
const notAntecedent = ['Date', 'Value', 'Duration', 'Unit', 'Month', 'WeekDay', 'Pronoun'];
/** Time words: adverbials, not owners. */
const timeWords = new Set(['day', 'week', 'month', 'year', 'time', 'hour', 'minute', 'moment', 'morning', 'evening', 'night',
  'afternoon', 'decade', 'century', 'weekend', 'today', 'tomorrow', 'yesterday', 'tonight', 'period', 'season']);
/** A plural of people: an actor noun, a plural of a nationality, a listed person or group plural. */
const isPeople = (t: Term): boolean => t.tags.includes('Actor') || t.tags.includes('Demonym') || humanPlurals.has(t.normal);
/** Words of a noun phrase before its head: determiners, adjectives, numbers, modifying nouns. */
const inPhrase = (t: Term): boolean => t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Value') || isNoun(t);
/** Particles of phrasal verbs before their object: "picked up the documents". */
const particles = new Set(['up', 'out', 'down', 'off', 'away', 'back', 'over', 'in', 'on']);
const isVerbTag = (t: Term): boolean => t.tags.includes('Verb') && !t.tags.includes('Copula') && !t.tags.includes('Auxiliary') && !t.tags.includes('Modal');
/** The tagger's verb reading of a word after a subject (“did not answer” tags “answer” a noun). */
const verbReading = (word: string): Term | undefined => tag(`they ${word}`)[1];

/**
 * The paragraph's first it/its/itself, when it is a lower-case “it” that may be a verb's object
 * (offset; -1 else): a later “it” has an earlier one before it, which keeps the check quiet.
 */
const firstIt = lastAnswer((text: string): number => {
  const at = firstItAt(text);
  if (at < 0 || !text.startsWith('it', at) || text.charCodeAt(at + 2) === 115 /* s */) return -1;
  if (text.charCodeAt(at - 1) !== 32) return -1;
  const next = after.exec(text.slice(at + 2, at + 24));
  if (!next || (next[1] !== undefined && !followers.has(next[1].toLowerCase()) && !/ly$/i.test(next[1]))) return -1;
  const verb = wordBefore.exec(text.slice(Math.max(0, at - 40), at));
  if (!verb) return -1;
  const word = verb[1]!.toLowerCase();
  if (clausalVerbs.has(word) || functionWords.has(word)) return -1;
  return insideQuote(text, at) ? -1 : at;
});
/**
 * Offset of the paragraph's first it/its/itself in any case (-1: none), found once for both
 * checks. (A search for " it" first, to skip the paragraphs without one, cost more than it saved.)
 */
const firstItAt = lastAnswer((text: string): number => {
  firstItWord.lastIndex = 0;
  for (let m = firstItWord.exec(text); m; m = firstItWord.exec(text)) {
    if (m.index === 0 || !inWord.test(text.slice(Math.max(0, m.index - 2), m.index))) return m.index;
  }
  return -1;
});
/** Words before “it” that are no verb: prepositions, conjunctions, copulas (“of it”, “that it”, “is it”). */
const functionWords = new Set(['and', 'but', 'or', 'nor', 'that', 'because', 'if', 'when', 'as', 'of', 'for', 'with', 'about', 'on', 'in',
  'to', 'from', 'at', 'by', 'than', 'whether', 'so', 'since', 'after', 'before', 'while', 'until', 'unless', 'although', 'though',
  'where', 'what', 'how', 'why', 'which', 'who', 'into', 'onto', 'upon', 'without', 'against', 'through', 'under', 'behind', 'beyond',
  'within', 'is', 'was', 'be', 'been', 'being', 'are', 'were', 'am', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'may',
  'shall', 'then', 'once', 'unlike', 'despite', 'toward', 'towards', 'around', 'near', 'beside', 'between', 'among', 'like']);

/** The reach of the object “it” at `at` when it holds a plural-looking word and no singular pronoun or clause word. */
function reach(text: string, at: number, before: string | undefined): { window: string; own: number; crosses: boolean } | undefined {
  const w = windowOf(text, at, before);
  if (!pluralish(w.window) || singularPronounWord.test(w.window) || clauseWord.test(w.window)) return undefined;
  return w;
}

/** Cheap gate: an “it” that may be a verb's object, with a plural-looking word and no singular or clause word in reach. */
export const itMayReport = lastAnswer((text: string): boolean => {
  const at = firstIt(text);
  return at >= 0 && reach(text, at, undefined) !== undefined;
});

/** What `readObjectIt` answers when something in reach keeps the check quiet (undefined: no antecedent). */
const blocked = 'blocked';

/** The plural antecedent of the object “it” that ends `window` (offsets into it), or undefined. */
export function readObjectIt(window: string, own: number, rest: string): { start: number; end: number } | typeof blocked | undefined {
  const terms = tag(`${window}it${rest}`);
  const p = terms.findIndex((t) => t.offset.start === window.length);
  if (p < 1) return blocked;
  const verb = terms[p - 1]!;
  if (verb.post !== ' ' || clausalVerbs.has(verb.normal)) return blocked;
  if (!isVerbTag(verb) && !isVerbTag(verbReading(verb.normal) ?? verb)) return blocked;
  // What follows: the clause's end, a coordinator, or a preposition or particle that is no complement.
  const it = terms[p]!;
  const next = terms[p + 1];
  if (!/[.!?;:,]/.test(it.post) && next) {
    const n = next.normal;
    const then = terms[p + 2];
    const infinitive = n === 'to' && then !== undefined && then.tags.includes('Verb') && !then.tags.includes('Noun');
    const particle = n === 'to' || next.tags.includes('Preposition') || next.tags.includes('Particle') || (next.tags.includes('Adverb') && !next.tags.includes('Adjective'));
    if (!coordinators.has(n) && (!particle || complementWords.has(n) || infinitive)) {
      // "handed it over to": the tagger reads some particles as adjectives; a preposition then follows.
      if (!(next.tags.includes('Adjective') && (then === undefined || then.tags.includes('Preposition') || then.normal === 'to') && /^(?:over|back|away|off|out|up|down|in|on)$/.test(n))) return blocked;
    }
  }
  const people = personNames(terms);
  const n = p - 1; // the terms in reach: before the verb
  const modifier = (k: number): boolean => k + 1 < p && terms[k]!.post === ' ' && !terms[k]!.tags.includes('Possessive') && isNoun(terms[k + 1]!);
  const candidate = (k: number): boolean => {
    const t = terms[k]!;
    return isNoun(t) && !notAntecedent.some((x) => t.tags.includes(x)) && !timeWords.has(t.normal.replace(/'s$/, '')) && !people.has(k) && !isPersonNoun(t) && !modifier(k);
  };
  // The subject of the verb before "it" is not what "it" stands for (that would be "itself"):
  // the last noun followed by a verb in the pronoun's sentence, with no clause boundary (a comma,
  // a semicolon, a bracket or dash, a subordinator or relative word) between it and the pronoun
  // ("the government freed three prisoners and sent it": not "government").
  let ownSubject = -1;
  for (let k = n - 1; k >= 0 && terms[k]!.offset.start >= own; k--) {
    const t = terms[k]!;
    if (/[,;:()—–]/.test(t.post) || boundaryWords.has(t.normal)) break;
    if (!isNoun(t) || t.tags.includes('Pronoun')) continue;
    let j = k + 1;
    while (j < n && (terms[j]!.tags.includes('Adverb') || terms[j]!.normal === 'not')) j++;
    if (j <= n && terms[j] !== undefined && terms[j]!.tags.includes('Verb') && !terms[j]!.tags.includes('Gerund')) { ownSubject = k; break; }
  }
  let antecedent: number | undefined;
  for (let k = n - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (k === ownSubject) continue;
    // A clause "it" may stand for: an infinitive, a gerund that is no progressive verb.
    if (t.normal === 'to' && terms[k + 1] && k + 1 < n && terms[k + 1]!.tags.includes('Infinitive')) return blocked;
    if (t.tags.includes('Gerund') && !(k > 0 && (terms[k - 1]!.tags.includes('Copula') || terms[k - 1]!.tags.includes('Auxiliary')))) return blocked;
    if (!candidate(k)) continue;
    if (!t.tags.includes('Plural')) return blocked; // a singular noun or name: a nearer candidate
    if (antecedent !== undefined) continue;
    // The object of a verb (its noun phrase right after the verb or a verb and particle: "picked
    // up the documents"). Not a subject: "it" after what a plural subject did stands for the
    // event ("The talks collapsed. Diplomats blamed it on …"); not the object of a preposition
    // ("fell after the results", "hundreds of homes").
    let s = k;
    while (s > 0 && terms[s - 1]!.post === ' ' && inPhrase(terms[s - 1]!)) s--;
    const before = s > 0 && terms[s - 1]!.post === ' ' ? terms[s - 1]! : undefined;
    const particle = before !== undefined && s > 1 && terms[s - 2]!.post === ' ' && isVerbTag(terms[s - 2]!) && particles.has(before.normal);
    // Not followed by a verb of its own: then it is a subject, after a verb of saying or thinking
    // ("say the measures go too far").
    let j = k + 1;
    while (j < n && (terms[j]!.tags.includes('Adverb') || terms[j]!.normal === 'not')) j++;
    const verbAfter = j <= n && terms[j] !== undefined && terms[j]!.tags.includes('Verb') && !terms[j]!.tags.includes('Gerund') && !/[,;:()]/.test(t.post);
    const verb = particle ? terms[s - 2]! : before;
    if (verb && (isVerbTag(verb) || particle) && !verbAfter) antecedent = k;
  }
  if (antecedent === undefined) return undefined;
  // Another plural thing in reach ("The fires destroyed hundreds of homes"): "it" may stand for
  // one of them taken as a whole. People do not count ("it" is never people), nor the antecedent's
  // own "of" complement.
  let ofEnd = antecedent;
  while (ofEnd + 1 < n && (terms[ofEnd + 1]!.normal === 'of' || (ofEnd > antecedent && inPhrase(terms[ofEnd + 1]!))) && terms[ofEnd]!.post === ' ') ofEnd++;
  for (let k = 0; k < n; k++) {
    if (k === antecedent || k === ownSubject || (k > antecedent && k <= ofEnd)) continue;
    const t = terms[k]!;
    if (candidate(k) && t.tags.includes('Plural') && !isPeople(t)) return blocked;
  }
  let s = antecedent;
  while (s > 0 && terms[s - 1]!.post === ' ' && inPhrase(terms[s - 1]!)) s--;
  const head = terms[antecedent]!;
  return { start: terms[s]!.offset.start, end: head.offset.start + head.offset.length };
}

/**
 * “it” counted out as a plural: a number of two or more, “both”, “several”, “many”, “few”,
 * “each”, “either” or “neither” before “of it” (“nine people died …, five of it in a bombardment”), or “among it” (“among it,
 * her husband”): MT of «из них», «среди них», «de ellos». English counts only plurals this way
 * (“all of it”, “some of it”, “half of it”, “50% of it” are English and not matched).
 */
const countedIt = new RegExp(`(?<![\\p{L}\\p{N}'’.,%$€£-])(?:\\d+|${['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'both', 'several', 'many', 'few', 'each', 'either', 'neither'].join('|')})\\s+of\\s+it(?![\\p{L}\\p{N}'’-])|(?<![\\p{L}'’-])among(?:st)?\\s+it(?![\\p{L}\\p{N}'’-])(?!\\s+all\\b)`, 'giu');

/** What `countedIt` needs (a cheaper search, without look-behind or Unicode classes). */
const countedPrefilter = /\bof\s+it\b|\bamong(?:st)?\s+it\b/gi;
/** Cheap gate of the counted “it”. */
export const countedItMayReport = lastAnswer((text: string): boolean => {
  // Most paragraphs hold no "it" at all, and few an "of it" or "among it": simple searches first.
  const first = firstItAt(text);
  if (first < 0) return false;
  countedPrefilter.lastIndex = Math.max(0, first - 12);
  if (!countedPrefilter.test(text)) return false;
  countedIt.lastIndex = 0;
  for (let m = countedIt.exec(text); m; m = countedIt.exec(text)) if (!insideQuote(text, m.index)) return true;
  return false;
});

/** Report “five of it”, “among it”: “it” counted as a plural. */
export function checkCountedIt({ text }: TextUnit, report: Reporter): void {
  countedIt.lastIndex = 0;
  for (let m = countedIt.exec(text); m; m = countedIt.exec(text)) {
    if (insideQuote(text, m.index)) continue;
    // A number inside another ("1.5", "10,000") is not matched (the look-behind); "1 of it" is one.
    if (/^0*1\s/.test(m[0])) continue;
    report({
      start: m.index, end: m.index + m[0].length,
      message: `“${m[0]}” counts “it” as a plural`,
      suggestion: `${m[0].slice(0, -2)}them`,
    });
  }
}

/** Report the paragraph's first “it” when it is a verb's object whose only antecedent in reach is plural. */
export function checkObjectIt({ text, before }: TextUnit, report: Reporter): void {
  const at = firstIt(text);
  if (at < 0) return;
  const w = reach(text, at, before);
  if (!w) return;
  const end = /[.!?…](?:\s|$)/.exec(text.slice(at + 2));
  const rest = text.slice(at + 2, end ? at + 2 + end.index + 1 : Math.min(text.length, at + 82));
  // The pronoun's own sentence first: what keeps the check quiet there does so in the whole
  // reach, and the sentence before is not tagged.
  if (w.own > 0 && readObjectIt(w.window.slice(w.own), 0, rest) === blocked) return;
  const antecedent = readObjectIt(w.window, w.own, rest);
  if (!antecedent || antecedent === blocked) return;
  const phrase = w.window.slice(antecedent.start, antecedent.end);
  report({
    start: at, end: at + 2, info: w.crosses && antecedent.start < w.own,
    message: `“it” refers back to the plural “${phrase}” (no singular noun in reach)`,
    suggestion: 'them',
  });
}
