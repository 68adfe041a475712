/**
 * A small part-of-speech tagger for the two rules that need one (pronoun-number, verb-pattern),
 * with compromise's tag names and compromise's word lists (lists/lexicon.ts, written by
 * scripts/lexicon.mjs).
 *
 * Notes:
 * - Why not compromise itself: it unpacks and conjugates its lexicon when it loads, in every
 *   worker, and tags a sentence far slower than this (docs/performance.md).
 * - The rules ask few questions: is a word a verb or a noun here, plural or singular, a person,
 *   a name, a determiner. A word's tags come from the lexicon, else from compromise's suffix
 *   guesses, else it is a noun. Capitalised words inside a sentence are proper nouns unless the
 *   lexicon knows them as places, organisations or dates (so, for pronoun-number, a person,
 *   which keeps it quiet); at the start of a sentence or quotation a capital says nothing.
 * - Words that are a noun or a verb by context (compromise's "switches": "demand", "police") are
 *   nouns after a determiner, a possessive, an adjective or a number, and verbs after a subject
 *   pronoun, a modal, "to", or a plural or proper noun.
 */
import { regularGerund } from './gerund.js';
import { gerunds, lexicon, multiword, orgWordList, parents, placeWordList, suffixes, switchesByKind } from './lists/lexicon.js';

/** A tagged word, shaped like a term of compromise's `.json({ offset: true })`. */
export interface Term {
  text: string;
  /** Lower case, with ’ as an apostrophe. */
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
  /** What follows the word up to the next one: spaces and punctuation. */
  post: string;
}

/** What the word lists say of one word (lower case), found with one lookup. */
interface Entry {
  /** Its tags in the lexicon (parents added), when the lexicon holds it. */
  tags?: string[];
  /** Its kind of compromise's "switches" ("Noun|Verb" …), when it is one. */
  switchKind?: string;
  /** Names of several words that start with it: the rest of the name and its tags. */
  names?: Array<{ rest: string[]; tags: string[] }>;
  /** A word of compromise's organisation or place words ("ministry", "bay"). */
  org?: boolean;
  place?: boolean;
}

/** The word lists as one map, built on first use (about 25,000 words, a few milliseconds). */
let built: Map<string, Entry> | undefined;

function tables(): Map<string, Entry> {
  if (built) return built;
  const entries = new Map<string, Entry>();
  const entry = (w: string): Entry => {
    let e = entries.get(w);
    if (!e) entries.set(w, (e = {}));
    return e;
  };
  for (const [key, list] of Object.entries(lexicon)) {
    const tags = expand(key.split(','));
    for (const w of list.split(' ')) entry(w).tags = tags;
  }
  for (const [kind, list] of Object.entries(switchesByKind)) for (const w of list.split(' ')) entry(w).switchKind = kind;
  for (const [key, list] of Object.entries(multiword)) {
    const tags = expand(key.split(','));
    for (const name of list.split(' ')) {
      const [first, ...rest] = name.split('_') as [string, ...string[]];
      (entry(first).names ??= []).push({ rest, tags });
    }
  }
  for (const w of orgWordList.split(' ')) entry(w).org = true;
  for (const w of placeWordList.split(' ')) entry(w).place = true;
  built = entries;
  return built;
}

/** Whether `word` (lower case) is a word of the lexicon: the tagger's own table, shared by the rules that ask. */
export function inLexicon(word: string): boolean {
  return tables().get(word)?.tags !== undefined;
}

/** A tag set with every parent tag added ("FemaleName" is also a FirstName, a Person, a Noun …). */
function expand(tags: readonly string[]): string[] {
  const out = new Set<string>();
  const add = (t: string) => {
    if (out.has(t)) return;
    out.add(t);
    for (const p of parents[t] ?? []) add(p);
  };
  tags.forEach(add);
  return [...out];
}

/** Possessive pronouns; "her" is also an object pronoun ("let her go"), so it is not one of them. */
const possessivePronouns = new Set(['my', 'your', 'his', 'its', 'our', 'their']);

/** A determiner or a possessive before a noun: "the", "their", "Beijing's". */
function isDeterminer(t: Term): boolean {
  if (t.tags.includes('Determiner')) return true;
  return t.tags.includes('Possessive') && (possessivePronouns.has(t.normal) || /'s$/.test(t.normal));
}
const verbContext = ['Modal', 'Auxiliary', 'Copula'];
const subjectPronouns = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
/** Function words that stay what they are when capitalised ("The", "Of" in a title). */
const closed = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord'];
const proper = expand(['ProperNoun', 'Singular']);
const acronym = expand(['Acronym', 'ProperNoun']);
const number = expand(['Value', 'Cardinal']);
const plural = expand(['Plural']);
const singular = expand(['Singular']);
/** An -s ending that is not -ss: "offers", "runs", not "press". */
const sEnding = (word: string): boolean => /[^s]s$/.test(word);
/** A noun's tags by its ending. */
const nounByEnding = (word: string): string[] => (sEnding(word) ? plural : singular);
/** A word: a number ("1,000", "93.2"), or letters and digits with inner apostrophes and dots ("don't", "U.S"); a hyphen separates words, as in compromise. */
export const wordPattern = /\p{N}+(?:[,.]\p{N}+)+|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
/** The tagger's own copy of `wordPattern` (its lastIndex is the tagger's). */
const wordScan = new RegExp(wordPattern.source, 'gu');
const contraction = /^(.+?)(?:'(?:re|ve|ll|d|m)|n't)$/;
const firstUpper = /^\p{Lu}/u;
/** `firstUpper.test(word)`, without the regex when the first character is ASCII. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : firstUpper.test(word);
}
const numbered = ['Singular', 'Plural', 'Uncountable', 'Pronoun', 'ProperNoun', 'Possessive', 'Value', 'Date', 'Unit'];
const sentenceEnd = /[.!?…]["”’»)\]]*\s/u;
/** An opening quotation mark or bracket also starts a sentence: "I said, ‘Tell them …’". */
const opening = /(?:^|[\s:,—–-])[“"‘'«(\[]$/u;

const past = expand(['PastTense']);
/** An -ed word of at least five letters: compromise's last fallback reads it as a past tense ("described", "shelved"). */
const edEnding = (word: string): boolean => word.length >= 5 && /[^e]ed$/.test(word);

/** Each suffix guess's tags, expanded once. */
const guessTags = new Map<string, string[]>();
/** Guesses made, by word: the same unknown words recur in every document. Cleared when large. */
const guessed = new Map<string, string[]>();

/** Tags for a word the lexicon does not know: compromise's suffix guesses, a past tense, else a noun. */
function guess(lower: string): string[] {
  let tags = guessed.get(lower);
  if (tags) return tags;
  tags = guessOnce(lower);
  if (guessed.size >= 50_000) guessed.clear();
  guessed.set(lower, tags);
  return tags;
}

function guessOnce(lower: string): string[] {
  for (let n = Math.min(7, lower.length - 1); n >= 2; n--) {
    const tag = suffixes[lower.slice(-n)];
    if (!tag) continue;
    let tags = guessTags.get(tag);
    if (!tags) guessTags.set(tag, (tags = expand([tag])));
    return tags;
  }
  if (edEnding(lower)) return past;
  if (sEnding(lower) && !/(?:us|is)$/.test(lower)) return plural;
  return singular;
}

/** Facts about a tag set that tag() asks of every word, computed once per (shared) tag array. */
interface Facts { closed: boolean; numbered: boolean; properOrDate: boolean; pronoun: boolean }
const factsOf = new WeakMap<string[], Facts>();
function facts(tags: string[]): Facts {
  let f = factsOf.get(tags);
  if (!f) {
    f = {
      closed: closed.some((t) => tags.includes(t)),
      numbered: numbered.some((t) => tags.includes(t)),
      properOrDate: tags.includes('ProperNoun') || tags.includes('Date'),
      pronoun: tags.includes('Pronoun'),
    };
    factsOf.set(tags, f);
  }
  return f;
}

/**
 * A tag set with one tag more, and a tag set as a possessive: built once per (shared) tag array,
 * not for every word (tag arrays are never changed in place).
 */
const withTags = new WeakMap<string[], Map<string, string[]>>();
function withTag(tags: string[], more: string): string[] {
  let byTag = withTags.get(tags);
  if (!byTag) withTags.set(tags, (byTag = new Map()));
  let out = byTag.get(more);
  if (!out) byTag.set(more, (out = [...tags, more]));
  return out;
}
const possessives = new WeakMap<string[], string[]>();
function possessiveOf(tags: string[]): string[] {
  let out = possessives.get(tags);
  if (!out) possessives.set(tags, (out = [...new Set([...tags, 'Possessive', 'Noun'])]));
  return out;
}

/** Tag the words of `text`. */
export function tag(text: string): Term[] {
  const lex = tables();
  const terms: Term[] = [];
  // The words and where they start, read first: a word's `post` runs to the next one.
  const found: string[] = [];
  const starts: number[] = [];
  wordScan.lastIndex = 0;
  for (let m = wordScan.exec(text); m; m = wordScan.exec(text)) {
    found.push(m[0]);
    starts.push(m.index);
  }
  const bases: string[] = [];
  /** Each word's entry in the lists (undefined: none), for the passes after. */
  const entries: Array<Entry | undefined> = [];
  let sentenceStart = true;
  for (let i = 0; i < found.length; i++) {
    const word = found[i]!;
    const start = starts[i]!;
    const end = start + word.length;
    const post = text.slice(end, i + 1 < starts.length ? starts[i + 1]! : text.length);
    const lower = word.toLowerCase();
    const normal = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const possessive = normal.length > 2 && normal.endsWith("'s");
    let base = possessive ? normal.slice(0, -2) : normal;
    let entry = lex.get(base);
    let known = entry?.tags;
    if (!known && base.includes("'")) { // "we're", "don't": the word before
      base = contraction.exec(base)?.[1] ?? base;
      entry = lex.get(base);
      known = entry?.tags;
    }
    let tags: string[];
    const first = word.charCodeAt(0);
    const upper = startsUpper(word);
    if (first < 0x80 ? first >= 48 && first <= 57 : /^\p{N}/u.test(word)) tags = number;
    // (A word that starts with a-z is no acronym: its upper case differs.)
    else if (word.length > 1 && !(first >= 97 && first <= 122) && word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word) && !(known && facts(known).pronoun)) tags = acronym;
    else if (upper && !sentenceStart && !(known && facts(known).closed)) {
      // A capitalised word: a name, place or organisation the lexicon knows, else a proper noun.
      tags = known && facts(known).properOrDate ? known : proper;
    } else {
      tags = known ?? guess(base);
      const prev = terms[terms.length - 1];
      const kind = entry?.switchKind;
      if (kind) tags = resolve(kind, tags, prev, base);
      // A present-tense verb after a determiner or possessive is a noun: "their offers", "the run".
      else if (prev && isDeterminer(prev) && (tags.includes('Infinitive') || tags.includes('PresentTense')) && !tags.includes('Noun')) {
        tags = nounByEnding(base);
      }
    }
    // A noun without a number is singular, as compromise infers ("a contributor", "the population").
    if (!facts(tags).numbered && tags.includes('Noun')) tags = withTag(tags, sEnding(base) ? 'Plural' : 'Singular');
    if (possessive) tags = possessiveOf(tags);
    terms.push({ text: word, normal, tags, offset: { start, length: word.length }, post });
    sentenceStart = post !== ' ' && (sentenceEnd.test(post + ' ') || opening.test(post));
    bases.push(base);
    entries.push(entry);
  }
  nameRuns(terms, bases, entries);
  institutions(terms, entries);
  return terms;
}

const organization = expand(['Organization']);
const place = expand(['Place', 'ProperNoun']);

/**
 * A run of capitalised words that ends in an organisation or place word is that organisation or
 * place, as compromise reads it: "the World Health Organization", "Chesapeake Bay".
 */
function institutions(terms: Term[], entries: Array<Entry | undefined>): void {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!startsUpper(t.text) || !t.tags.includes('ProperNoun') || t.tags.includes('Person')) continue;
    const e = entries[i];
    const kind = e?.org ? organization : e?.place ? place : undefined;
    if (!kind) continue;
    for (let k = i; k >= 0; k--) {
      const u = terms[k]!;
      if (k < i && (u.post !== ' ' || !startsUpper(u.text) || u.tags.includes('Person'))) break;
      u.tags = u.tags.includes('Possessive') ? [...kind, 'Possessive'] : kind;
    }
  }
}

/** Names of several words the lexicon knows ("Hong Kong", "the White House") take its tags. */
function nameRuns(terms: Term[], bases: string[], entries: Array<Entry | undefined>): void {
  for (let i = 0; i < terms.length; i++) {
    const candidates = entries[i]?.names;
    if (!candidates) continue;
    for (const { rest, tags } of candidates) {
      // The words must follow each other with only a space between them (a loop, not every()
      // with a closure: names start with common words, "new", "the").
      let fits = true;
      for (let k = 0; k < rest.length && fits; k++) fits = bases[i + k + 1] === rest[k] && terms[i + k]!.post === ' ';
      if (!fits) continue;
      for (let k = 0; k <= rest.length; k++) {
        const t = terms[i + k]!;
        t.tags = [...tags, ...(tags.includes('Noun') ? ['Singular'] : []), ...(t.tags.includes('Possessive') ? ['Possessive'] : [])];
      }
      i += rest.length;
      break;
    }
  }
}

/** A switch kind's two readings ("Noun|Verb"), split once. */
const kindParts = new Map<string, [string, string]>();
/** `expand([tag])`, built once per tag (tag arrays are never changed in place). */
const expanded = new Map<string, string[]>();
function expandOne(tag: string): string[] {
  let tags = expanded.get(tag);
  if (!tags) expanded.set(tag, (tags = expand([tag])));
  return tags;
}

/** The verb reading of each of compromise's switch kinds that has one ("Noun|Verb", "Adj|Past" …). */
const verbReading: Record<string, string | undefined> = { Verb: 'Verb', Past: 'PastTense', Present: 'PresentTense', Gerund: 'Gerund' };

/**
 * A word that is a noun (or adjective) or a verb by the word before it: the other reading than
 * the lexicon's after a determiner, possessive, adjective or number (noun) or after "to", a
 * modal, a subject pronoun, a plural or a proper noun (verb); else the lexicon's.
 */
function resolve(kind: string, tags: string[], prev: Term | undefined, word: string): string[] {
  let parts = kindParts.get(kind);
  if (!parts) kindParts.set(kind, (parts = kind.split('|') as [string, string]));
  const [first, second] = parts;
  const form = verbReading[second];
  if (!form || !prev) return tags; // "Person|Place", "Unit|Noun" …: no verb reading to choose
  const p = prev.tags;
  if (isDeterminer(prev) || ((p.includes('Adjective') || p.includes('Value')) && !p.includes('Pronoun'))) {
    if (!tags.includes('Verb')) return tags;
    return first === 'Adj' ? expandOne('Adjective') : first === 'Noun' || first === 'Person' ? nounByEnding(word) : expandOne(first);
  }
  if (prev.normal === 'to' || verbContext.some((t) => p.includes(t)) || subjectPronouns.has(prev.normal) || p.includes('Plural') || p.includes('ProperNoun')) {
    return tags.includes('Verb') ? tags : expandOne(form === 'Verb' ? (sEnding(word) ? 'PresentTense' : 'Infinitive') : form);
  }
  return tags;
}

/** The -ing form of a verb, with compromise's conjugations for the irregular ones. */
export function gerundOf(verb: string): string {
  return gerunds[verb] ?? regularGerund(verb);
}
