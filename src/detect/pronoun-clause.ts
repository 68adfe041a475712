/**
 * pronoun-number and pronoun-gender inside a clause: a singular “his”/“him”/“her” after the verb
 * of its own clause, whose subject is a plural noun (“the international airlines that cancel his
 * flights”, “Increasingly governments have toughened his politics”: pronoun-number) or a singular
 * organisation (“The ICRC reasserts his commitment”, “the Table of the Congress has adopted his
 * decision”: pronoun-gender), when no person is in reach. MT renders Spanish “su” and Russian
 * “его” as “his” whatever they stand for.
 *
 * Notes:
 * - The clause: the pronoun's sentence from the last clause boundary before it (“;”, “:”, a
 *   dash, a bracket, a subordinator such as “when”, a relative “that”/“which”/“who”). Its
 *   subject is the noun phrase just before the clause's first verb (with only adverbs between),
 *   not the object of a preposition (“In Albania will …”), with its “of” complements (“the
 *   Table of the Congress”); in a relative clause whose verb follows “that”/“which”/“who”, the
 *   noun before that word (“the residents that abandoned his houses”). Between the verb and the
 *   pronoun only verbs, adverbs, particles and “one/some/all/each/part of” may stand: any noun
 *   there may be the antecedent.
 * - Number: the subject's head is a plural noun (not “they”, a date, an amount or a time
 *   word) and no singular noun stands in the subject. Gender: the subject is singular and one
 *   of its nouns is an organisation or institution (compromise's organisation words, a name
 *   the tagger knows as an organisation, country or city, an acronym after “the”: “the
 *   PSOE”); not for “her” after a country or city (“Britain and her allies”).
 * - No person in reach: the paragraph up to the pronoun holds no name (a Person, a capitalised
 *   word the lexicon does not know, also at a sentence start), no title, no singular person noun,
 *   and no he/she/his/him/her that this check did not report itself (so “his politics and his
 *   speech” are both reported). A capitalised run after “the” (“the Table”, “the Real House”)
 *   names an institution or a thing, not a person, unless it holds a known name or title. A
 *   person in the paragraph before leaves a hint (`info`) only: news paragraphs go on about an
 *   earlier paragraph's person (“Officials rejected his claims”).
 * - Quiet inside quotations. Cheap first: only paragraphs whose first he/she/his/him/her is a
 *   his/him/her, outside quotations, with a plural-looking word, an organisation word or a
 *   capital after “the” between the last comma or sentence end and it, and no title, person noun
 *   or capitalised word inside a sentence that may be a name before it, are tagged
 *   (`clauseMayReport`); then the pronoun's own sentence, and the sentences before it only when
 *   its clause has a subject that fits.
 */
import { type Term, inLexicon, tag } from './tagger.js';
import type { Reporter, TextUnit } from './types.js';
import { firstPronoun, insideQuote, personBeforePronoun, personWord, pronounGate, pronounWord, sentenceStarts, titleBeforePronoun } from './pronoun-number-gate.js';
import { lastAnswer, trieSource } from './util.js';
import { coordinators, relatives, singularPersons, subordinators, titles } from './lists/pronoun-number.js';
import { lexicon, orgWordList } from './lists/lexicon.js';

/** Which rule a finding of this check belongs to. */
export type ClauseKind = 'number' | 'gender';

interface Finding { kind: ClauseKind; start: number; end: number; subject: string; pronoun: string; info: boolean }

/** A coordinated object after a reported pronoun: “his politics and his speech”. */
const coordinated = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}(?:,\s*|\s+)(?:and|or)\s+$/u;
/** Words that may stand between the verb and the pronoun: “maintains one of his”. */
const quantifiers = new Set(['one', 'some', 'all', 'each', 'part', 'many', 'most', 'both', 'any', 'none', 'several', 'of']);
const singularQuantifiers = new Set(['one', 'each', 'every', 'either', 'neither', 'any', 'none']);
/** A word the tagger read as a noun after “that” that the lexicon knows as a verb: “airlines that cancel”. */
const verbReading = (t: Term): boolean => isVerb(tag(`they ${t.normal}`)[1] ?? t);
/** A word that is a noun, or a noun after a determiner (the tagger reads “human rights” as a verb). */
const nounReading = (t: Term): boolean => !t.tags.includes('Pronoun') && (isNoun(t) || isNoun(tag(`the ${t.normal}`)[1] ?? t));
const notAntecedent = ['Date', 'Value', 'Duration', 'Unit', 'Month', 'WeekDay', 'Pronoun'];
const timeWords = new Set(['days', 'weeks', 'months', 'years', 'times', 'hours', 'minutes', 'moments', 'decades', 'centuries', 'seasons', 'periods']);
const notPerson = ['Place', 'Organization', 'Date', 'Demonym', 'Month', 'WeekDay', 'Country', 'City', 'Region', 'Acronym', 'Value'];
const sheWords = /\b(?:ship|boat|vessel|yacht|frigate|cruiser|destroyer|submarine|tanker|liner|carrier)s?\b/i;

/** A word ending in -s that may be a plural noun, or a plural without -s; or an organisation-looking word. */
const pluralish = /\b[a-z]{2,}[^siu'’\W]s\b|\b(?:police|people|staff|crew|media)\b/i;
/** A capitalised word or acronym after “the”: “the Union”, “the ICRC”. */
const theName = /\b[Tt]he\s+\p{Lu}/u;

let orgWords: Set<string> | undefined;
let orgWordPattern: RegExp | undefined;
let listedOrgWords: Set<string> | undefined;
/** Organisation words (compromise's list), place words and what counts as a known word, built on first use. */
let placeWords: Set<string> | undefined;
/** A word of the lexicon or of compromise's organisation words. */
const known = (word: string): boolean => inLexicon(word) || listedOrgWords!.has(word);
function lists(): { orgs: Set<string>; orgPattern: RegExp; known: (word: string) => boolean; places: Set<string> } {
  if (!orgWords || !orgWordPattern || !listedOrgWords || !placeWords) {
    placeWords = new Set();
    for (const [key, list] of Object.entries(lexicon)) {
      if (!/\b(?:Place|Country|City|Region|Organization|Company|School|SportsTeam|Date|Month|WeekDay|Holiday|Demonym)\b/.test(key)) continue;
      for (const w of list.split(' ')) placeWords.add(w);
    }
    orgWords = new Set([...orgWordList.split(' '), 'parliament', 'senate', 'congress', 'party', 'court', 'team', 'squad', 'state', 'republic', 'embassy', 'regime', 'executive', 'table', 'chamber', 'assembly', 'cabinet', 'presidency', 'nation', 'country']);
    for (const w of ['workers', 'investors', 'associates', 'boys', 'girls', 'brothers', 'sons', 'crew', 'police', 'partners', 'news', 'media', 'times', 'data', 'care', 'design', 'development', 'education', 'energy', 'management', 'marketing', 'power', 'press', 'post', 'table']) orgWords.delete(w);
    // As a character trie: V8 tries a flat alternation's words one by one at every position.
    orgWordPattern = new RegExp(`\\b${trieSource(orgWords)}\\b`, 'i');
    listedOrgWords = new Set(orgWordList.split(' '));
  }
  return { orgs: orgWords, orgPattern: orgWordPattern, known, places: placeWords };
}

/**
 * The cheap gate: the paragraph's first he/she/his/him/her is his/him/her, outside quotations,
 * with no title or person noun before it, and its sentence before it holds a plural-looking
 * word, an organisation word, a capitalised word after “the” or an acronym.
 */
export const clauseMayReport = lastAnswer((text: string): boolean => {
  const m = firstPronoun(text);
  if (!m || !/^(?:his|him|her)$/i.test(m.word)) return false;
  const head = text.slice(0, m.index);
  // The subject, its verb and what stands between them and the pronoun hold no comma: the clause
  // from the last comma or semicolon on.
  const own = head.slice(lastClauseCut(head) + 1);
  if (!pluralish.test(own) && !theName.test(own) && !lists().orgPattern.test(own)) return false;
  return !insideQuote(text, m.index) && !titleBeforePronoun(text) && !personBeforePronoun(text) && !nameInside(head);
});

/**
 * Offset of the last comma, semicolon or colon of `head`, or of its last ". ", "? " or "! " (-1:
 * none): one pass back, not a lastIndexOf each.
 */
function lastClauseCut(head: string): number {
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i; // , ; :
    if ((c === 46 || c === 63 || c === 33) && head.charCodeAt(i + 1) === 32) return i; // ". " "? " "! "
  }
  return -1;
}

/** A capitalised word after a lower-case letter or a comma: inside a sentence. */
const capitalInside = /(?<=[\p{Ll},;:]["”’)]?\s+["“]?)\p{Lu}[\p{L}\p{N}'’.-]*/gu;
const runWord = /(?:^|\s)(\p{Lu}[\p{L}\p{N}'’.-]*|the|The)\s+$/u;
/**
 * A capitalised word inside a sentence that the tagger will read as a name (`persons`): not an
 * acronym, not in a run after “the”, not a word the lexicon knows as a place, organisation or
 * date. The gate's test before tagging; it quits on a few names the tagger would place
 * (“New York”), never the other way.
 */
function nameInside(head: string): boolean {
  const { places } = lists();
  for (const m of head.matchAll(capitalInside)) {
    const word = m[0];
    if (/^\p{Lu}[\p{Lu}\p{N}.-]+$/u.test(word) || places.has(word.toLowerCase().replace(/['’]s$/, ''))) continue;
    // Back over the capitalised run: does "the" open it?
    let end = m.index;
    let the = false;
    for (let k = 0; k < 6; k++) {
      const w = runWord.exec(head.slice(Math.max(0, end - 40), end));
      if (!w) break;
      if (w[1] === 'the' || w[1] === 'The') { the = true; break; }
      end -= w[0].length - (w[0].startsWith(' ') ? 1 : 0);
    }
    if (!the) return true;
  }
  return false;
}

const isNoun = (t: Term): boolean => t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Gerund');
const isVerb = (t: Term): boolean => t.tags.includes('Verb') && !t.tags.includes('Gerund');
/** Words of a noun phrase before its head: determiners, adjectives, numbers, modifiers. */
const inPhrase = (t: Term): boolean => isNoun(t) || t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Value');

/**
 * Indexes of the words that may name a person: a known name, title or person noun, or a
 * capitalised word the lexicon does not know — except in a capitalised run after “the” that
 * holds no known name (“the Table of the Congress”, “the Real House”).
 */
function persons(terms: Term[]): number[] {
  const { known } = lists();
  const out: number[] = [];
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    const tags = t.tags;
    const base = t.normal.replace(/'s$/, '');
    if (tags.includes('Person') || tags.includes('Honorific')) { out.push(k); continue; }
    if (singularPersons.has(base) || (tags.includes('Actor') && !tags.includes('Plural'))) {
      // A person noun that modifies the next noun names no person: "human rights".
      const next = terms[k + 1];
      if (!(next && t.post === ' ' && /^\p{Ll}/u.test(t.text) && nounReading(next))) out.push(k);
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text) || tags.includes('Acronym') || notPerson.some((x) => tags.includes(x))) continue;
    // A capitalised run after "the": an institution or a thing ("the Table", "the Merry View").
    let s = k;
    while (s > 0 && terms[s - 1]!.post === ' ' && terms[s - 1]!.normal !== 'the' && /^\p{Lu}/u.test(terms[s - 1]!.text)) s--;
    // "the own Table": an adjective or two may stand between.
    for (let a = 0; a < 2 && s > 1 && terms[s - 1]!.post === ' ' && /^\p{Ll}/u.test(terms[s - 1]!.text) && terms[s - 1]!.tags.includes('Adjective'); a++) s--;
    if (s > 0 && terms[s - 1]!.normal === 'the' && terms[s - 1]!.post === ' ') continue;
    if (tags.includes('ProperNoun')) { out.push(k); continue; }
    // At a sentence start a capital says nothing: a name only when the lexicon knows neither the
    // word nor its singular and the tagger guesses a singular noun ("Kovalchuk said", not
    // "Increasingly", "Complaints").
    if (known(base) || known(base.replace(/e?s$/, '')) || !isNoun(t)) continue;
    // A plural-looking unknown word is a name only as the subject of a verb ("Jones said", not
    // "Complaints of …").
    if (t.tags.includes('Plural') && !(terms[k + 1] && isVerb(terms[k + 1]!))) continue;
    out.push(k);
  }
  return out;
}

/** A noun that names an organisation or institution. */
function isOrg(t: Term, prev: Term | undefined): boolean {
  const { orgs } = lists();
  if (t.tags.includes('Plural') && !t.tags.includes('Organization')) return false;
  if (t.tags.includes('Organization') || t.tags.includes('Country') || t.tags.includes('City')) return true;
  if (t.tags.includes('Acronym')) return prev?.normal === 'the';
  return orgs.has(t.normal.replace(/'s$/, ''));
}

/** Start index (into terms) of the clause that ends at the end of `terms`. */
function clauseStart(terms: Term[]): number {
  for (let k = terms.length - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (k < terms.length - 1 && /[;:—–()]/.test(t.post)) return k + 1;
    if (subordinators.has(t.normal) || relatives.has(t.normal)) return k;
    // ", and the government …": a clause of its own.
    if (coordinators.has(t.normal) && k > 0 && /,/.test(terms[k - 1]!.post)) return k;
  }
  return 0;
}

interface Subject { kind: ClauseKind; from: number; head: number }

/** The subject of the clause `terms[c..]` (the pronoun follows the last term), when it fits a check. */
function subjectOf(terms: Term[], c: number, pronoun: string): Subject | undefined {
  const n = terms.length;
  let v = c;
  // A relative clause: "the residents that abandoned his …": the noun before the relative word.
  const relative = relatives.has(terms[c]?.normal ?? '');
  const word = terms[c]?.normal ?? '';
  if (relative || subordinators.has(word) || coordinators.has(word)) v = c + 1;
  let j = v;
  while (j < n && terms[j]!.tags.includes('Adverb')) j++;
  let head: number;
  let verb: number;
  if (relative && j < n && (isVerb(terms[j]!) || verbReading(terms[j]!))) {
    if (c === 0 || terms[c - 1]!.post !== ' ' || !isNoun(terms[c - 1]!)) return undefined;
    head = c - 1;
    verb = j;
  } else {
    verb = -1;
    for (let k = v; k < n; k++) if (isVerb(terms[k]!)) { verb = k; break; }
    // "The ICRC reasserts his …": a word the lexicon does not know, guessed a plural noun from its
    // -s, between a singular noun and the pronoun is the verb (a plural noun does not stand there).
    const last = terms[n - 1];
    if (verb < 0 && n - 2 >= v && last && last.post === ' ' && last.tags.includes('Plural') && !lists().known(last.normal) &&
      !terms[n - 2]!.tags.includes('Plural') && isNoun(terms[n - 2]!) && terms[n - 2]!.post === ' ') verb = n - 1;
    // "The UPS contract isn't …": a noun the tagger read as a verb before an auxiliary is the head.
    const aux = (t: Term | undefined): boolean => !!t && ['Copula', 'Auxiliary', 'Modal'].some((x) => t.tags.includes(x));
    if (verb >= v && verb + 1 < n && !aux(terms[verb]) && aux(terms[verb + 1]) && nounReading(terms[verb]!)) verb++;
    if (verb <= v) return undefined;
    head = verb - 1;
    while (head >= v && terms[head]!.tags.includes('Adverb')) head--;
    if (head < v || !isNoun(terms[head]!) || /[,]/.test(terms[head]!.post)) return undefined;
  }
  // Between the verb and the pronoun: verbs, adverbs, particles, quantifiers; no noun, no comma.
  for (let k = verb; k < n; k++) {
    const t = terms[k]!;
    if (/[,.!?]/.test(t.post) && k < n - 1) return undefined;
    if (k === n - 1 && /[,]/.test(t.post)) return undefined;
    if (quantifiers.has(t.normal) || t.normal === 'to' || t.normal === 'not') continue;
    if (k === verb || isVerb(t) || t.tags.includes('Adverb') || t.tags.includes('Adjective') || (t.tags.includes('Preposition') && k === n - 1)) continue;
    return undefined;
  }
  // The noun phrase and its "of" complements, leftwards from the head.
  const nouns: number[] = [];
  let from = head;
  for (;;) {
    while (from >= 0 && inPhrase(terms[from]!) && !relatives.has(terms[from]!.normal) && (from === head || terms[from]!.post === ' ')) {
      if (isNoun(terms[from]!)) nouns.push(from);
      from--;
    }
    if (from >= 1 && terms[from]!.normal === 'of' && inPhrase(terms[from - 1]!)) { from--; continue; }
    break;
  }
  from++;
  if (from > 0) {
    const before = terms[from - 1]!;
    // The object of a preposition is no subject ("In Albania will …").
    if (before.tags.includes('Preposition') && !relative) return undefined;
  }
  // The head of the whole phrase: the last noun before the first "of".
  let main = head;
  for (const k of nouns) if (k < main && terms.slice(k + 1, main).some((t) => t.normal === 'of')) main = k;
  const mainTerm = terms[main]!;
  // "One of the couples that …", "each of the parties": a singular quantifier heads the phrase.
  if (terms.slice(from, head).some((t) => singularQuantifiers.has(t.normal))) return undefined;
  if (mainTerm.tags.includes('Plural') && !notAntecedent.some((x) => mainTerm.tags.includes(x)) && !timeWords.has(mainTerm.normal) &&
    !mainTerm.tags.includes('Verb') && !/^(?:they|them|these|those)$/.test(mainTerm.normal)) {
    return { kind: 'number', from, head };
  }
  if (mainTerm.tags.includes('Plural')) return undefined;
  // The head names the organisation ("the Union"), or is a name after "the" whose "of" complement
  // does ("the Table of the Congress"); not "the UPS contract".
  const org = isOrg(mainTerm, terms[main - 1]) ? main
    : /^\p{Lu}/u.test(mainTerm.text) && main > 0 && terms[main - 1]!.normal === 'the' ? nouns.find((k) => k > main && isOrg(terms[k]!, terms[k - 1])) : undefined;
  if (org === undefined) return undefined;
  if (/^her$/i.test(pronoun) && (terms[org]!.tags.includes('Country') || terms[org]!.tags.includes('City'))) return undefined;
  return { kind: 'gender', from, head };
}

/** A he/she/his/him/her outside quotations. */
function unquotedPronoun(text: string): boolean {
  if (!pronounGate.test(text)) return false;
  for (const m of text.matchAll(pronounWord)) if (!insideQuote(text, m.index)) return true;
  return false;
}

let lastText: string | undefined;
let lastBefore: string | undefined;
let lastFindings: Finding[] = [];

/** The findings of the check on a paragraph (kept for the last paragraph: both rules ask). */
function findingsOf(text: string, before: string): Finding[] {
  if (text === lastText && before === lastBefore) return lastFindings;
  lastText = text;
  lastBefore = before;
  lastFindings = clauseMayReport(text) ? analyse(text, before) : [];
  return lastFindings;
}

function analyse(text: string, before: string): Finding[] {
  const out: Finding[] = [];
  if (sheWords.test(text)) return out;
  let beforePerson: boolean | undefined;
  pronounWord.lastIndex = 0;
  const matches = [...text.matchAll(pronounWord)];
  for (const m of matches) {
    const pronoun = m[1]!;
    const at = m.index;
    // An earlier he/she, or a his/him/her this check did not report, may be the antecedent.
    if (!/^(?:his|him|her)$/i.test(pronoun) || insideQuote(text, at)) break;
    const head = text.slice(0, at);
    if (titles.test(head) || personWord.test(head)) break;
    const last = out[out.length - 1];
    if (last && coordinated.test(text.slice(last.end, at))) {
      out.push({ ...last, start: at, end: at + pronoun.length, pronoun });
      continue;
    }
    // The pronoun's own sentence first (the subject test quits on most), then the sentences before.
    const { start } = sentenceStarts(text, at);
    const own = tag(text.slice(start, at)).map((t) => ({ ...t, offset: { start: t.offset.start + start, length: t.offset.length } }));
    const subject = subjectOf(own, clauseStart(own), pronoun);
    if (!subject || persons(own).length > 0) break;
    if (start > 0 && persons(tag(text.slice(0, start))).length > 0) break;
    if (beforePerson === undefined) {
      // Pronouns inside quotations there refer to the quoted speaker's world: not counted.
      beforePerson = before !== '' && (unquotedPronoun(before) || titles.test(before) || personWord.test(before) || persons(tag(before)).length > 0);
    }
    const phrase = text.slice(own[subject.from]!.offset.start, own[subject.head]!.offset.start + own[subject.head]!.offset.length);
    out.push({ kind: subject.kind, start: at, end: at + pronoun.length, subject: phrase, pronoun, info: beforePerson });
  }
  return out;
}

/**
 * Run a rule's own check, then report this check's findings of one kind, skipping pronouns
 * inside a span the rule has already reported.
 */
/** “her” ending at `end` is an object unless a word follows that it may determine (“her music”, not “her to”). */
export function objectHer(text: string, end: number): boolean {
  return !/^\s+(?!(?:to|and|or|in|on|at|for|that|as|with|by|from|of)\b)\p{L}/iu.test(text.slice(end));
}

export function withClauses<U extends TextUnit>(unit: U, report: Reporter, check: (unit: U, report: Reporter) => void, kind: ClauseKind): void {
  const taken: Array<[number, number]> = [];
  check(unit, (r) => { taken.push([r.start, r.end]); report(r); });
  checkClauses(unit, kind, report, taken);
}

function checkClauses({ text, before }: TextUnit, kind: ClauseKind, report: Reporter, taken: ReadonlyArray<[number, number]>): void {
  for (const f of findingsOf(text, before)) {
    if (f.kind !== kind || taken.some(([s, e]) => f.start < e && s < f.end)) continue;
    const lower = f.pronoun.toLowerCase();
    const object = lower === 'him' || (lower === 'her' && objectHer(text, f.end));
    const suggestion = kind === 'number' ? (object ? 'them' : 'their') : (object ? 'it' : 'its');
    report({
      start: f.start, end: f.end, info: f.info,
      message: kind === 'number'
        ? `Singular “${f.pronoun}” after the plural subject “${f.subject}” of its clause (no person in reach)`
        : `“${f.pronoun}” after “${f.subject}”, which is not a person, as the subject of its clause (no person in reach)`,
      suggestion,
    });
  }
}
