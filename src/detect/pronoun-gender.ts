/**
 * pronoun-gender: "he"/"she"/"his"/"her" whose only candidate antecedent nearby is an
 * organisation, a country or a city ("The army reported new losses. She said …", "The
 * company cut its forecast. He stressed …"). Russian and Ukrainian nouns have grammatical
 * gender (армия is feminine, завод masculine) and MT carries it over to the English pronoun.
 *
 * Notes:
 * - Only the paragraph's first he/she/his/her/him is checked: a later one has an earlier
 *   singular pronoun that establishes its referent.
 * - Reach: the pronoun's sentence up to the pronoun and the sentence before it (the last
 *   sentence of the paragraph before, for a paragraph's first sentence). The candidate is a
 *   singular organisation, institution or place: a word of compromise's organisation list
 *   ("army", "ministry", "company"), "country", "city", "party" …, or a name the tagger knows
 *   as a country or city (a company name may be a family name: Ford, Dell).
 * - Quiet when a person is in reach: a name (or a capitalised word the lexicon does not know,
 *   also at a sentence start: "Biden said"), a plural person noun (pronoun-number's case),
 *   a title ("Mr"), a singular person noun ("the commander"), an earlier he/she. A person whose
 *   first name has the other gender ("Maria … he") leaves a hint (`info`) only.
 * - A hint only when the paragraph before names a person or uses he/she (news paragraphs go on
 *   about the person of an earlier one), or when the pronoun opens its paragraph.
 * - Quiet inside quotations, and for ships and boats, which English calls "she".
 * - Text only, no parse: the tagger (tagger.ts) runs on the two sentences in reach, for
 *   paragraphs the cheap gate lets through.
 */
import type { Reporter, TextDetector, TextUnit } from './types.js';
import { WordList, lastAnswer } from './util.js';
import { type Term, inLexicon, tag, wordPattern } from './tagger.js';
import { humanPlurals, singularPersons, titles } from './lists/pronoun-number.js';
import { lexicon, multiword, orgWordList } from './lists/lexicon.js';
import { firstPronoun, pronounGate, personBeforePronoun, personWord, insideQuote, titleBeforePronoun } from './pronoun-number-gate.js';
import { clauseMayReport, withClauses } from './pronoun-clause.js';

const ruleId = 'pronoun-gender';

/** Organisation words that name people or are plural ("workers", "police", "boys"). */
const notSingularThing = new Set(['associates', 'boys', 'girls', 'brothers', 'sons', 'workers', 'investors', 'partners',
  'crew', 'police', 'quartet', 'choir', 'orchestra', 'departments', 'institutes', 'agences', 'agencies', 'airlines', 'airways',
  'brands', 'chemicals', 'communications', 'computers', 'containers', 'enterprises', 'holdings', 'hotels', 'industries',
  'investments', 'labs', 'machines', 'markets', 'motors', 'partners', 'pharmaceuticals', 'productions', 'resources',
  'restaurants', 'savings', 'securities', 'services', 'systems', 'utilities', 'times', 'news', 'media', 'data', 'corps',
  'care', 'capital', 'design', 'development', 'education', 'energy', 'entertainment', 'gas', 'management', 'marketing',
  'oil', 'power', 'press', 'post', 'coffee', 'pizza', 'mobile', 'marine', 'international', 'financial', 'electric',
  'electricity', 'reserve', 'fm', 'tv', 'co', 'inc', 'ltd', 'llc', 'plc', 'corp', 'assoc', 'limited', 'cafe', 'estate']);
/** Singular organisations and places an MT pronoun may have taken the Russian gender of. */
export const things = new Set([
  ...orgWordList.split(' ').filter((w) => !notSingularThing.has(w)),
  'country', 'city', 'party', 'court', 'plant', 'factory', 'team', 'state', 'region', 'republic', 'parliament',
  'embassy', 'channel', 'newspaper', 'website', 'platform', 'operator', 'regime', 'village', 'town', 'enterprise',
]);
/** Words English itself calls "she". */
const sheThings = /\b(?:ship|boat|vessel|yacht|frigate|cruiser|destroyer|submarine|tanker|liner|carrier)s?\b/i;
/** A possible antecedent word of things, cheaply: the gate's test on the text before the pronoun. */
const thingWord = new WordList(things);
const capitalInside = /[\p{Ll},;:]\s+["“]?\p{Lu}/u;
const sentenceBreak = /[.!?…]["”’»)]*\s+(?=["“«]?\p{Lu})/gu;
const notPerson = ['Place', 'Organization', 'Date', 'Demonym', 'Month', 'WeekDay', 'Country', 'City', 'Region', 'Acronym', 'Value'];

/** Offset where the sentence holding `at` starts (0: the paragraph's first sentence). */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  sentenceBreak.lastIndex = 0;
  for (let m = sentenceBreak.exec(text); m && m.index < at; m = sentenceBreak.exec(text)) start = m.index + m[0].length;
  return start > at ? 0 : start;
}

function isPerson(t: Term): boolean {
  const tags = t.tags;
  if (tags.includes('Person') || tags.includes('Honorific')) return true;
  if (tags.includes('ProperNoun') && !notPerson.some((x) => tags.includes(x))) return true;
  return (tags.includes('Actor') && !tags.includes('Plural')) || singularPersons.has(t.normal);
}

/** A capitalised word the lexicon does not know, also at a sentence start: maybe a name ("Biden said"). */
function unknownCapital(t: Term): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || t.tags.includes('Country') || t.tags.includes('City')) return false;
  return !inLexicon(t.normal.replace(/'s$/, ''));
}

/** A plural person noun ("employees", "deputies"): pronoun-number's case, not this rule's. */
function isPersonPlural(t: Term): boolean {
  if (t.tags.includes('Verb')) return false; // "Maria heads the company"
  return humanPlurals.has(t.normal) || (t.tags.includes('Actor') && t.tags.includes('Plural'));
}

function isThing(t: Term): boolean {
  if (t.tags.includes('Plural') && !things.has(t.normal)) return false;
  // A capitalised company name may be a family name (Ford, Dell): only countries and cities count.
  if (/^\p{Lu}/u.test(t.text)) return t.tags.includes('Country') || t.tags.includes('City');
  return things.has(t.normal);
}

/** The cheap gate: the first singular personal pronoun is he/she/his/her, outside quotes, with no person word or title before it. */
export const mayReport = lastAnswer((text: string): boolean => {
  const m = firstPronoun(text);
  if (!m || !/^(?:he|she|his|her)$/i.test(m.word)) return false;
  const head = text.slice(0, m.index);
  if (titleBeforePronoun(text) || personBeforePronoun(text) || insideQuote(text, m.index)) return false;
  // The candidate is in the paragraph (a thing word or a capitalised name), or in the one before.
  if (!(sentenceStart(text, m.index) === 0 || thingWord.test(head) || capitalInside.test(head))) return false;
  // A name before the pronoun in its paragraph keeps the rule quiet (the check tags all of
  // `head`, in its window or as the earlier words in reach).
  return !unknownWordIn(head);
});

/** Whether a word of `text` (the tagger's words, `wordPattern`) is `certainlyUnknown`. */
function unknownWordIn(text: string): boolean {
  words.lastIndex = 0;
  for (let w = words.exec(text); w; w = words.exec(text)) if (certainlyUnknown(w[0])) return true;
  return false;
}

/**
 * A capitalised word that `unknownCapital` accepts whatever the tagger makes of it: the lexicon
 * does not hold it, and no country or city name does either.
 */
function certainlyUnknown(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80 && !(c >= 65 && c <= 90)) return false; // most words: no regex
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  const cut = lower.search(/['’]/);
  if (placeWords().has(cut > 0 ? lower.slice(0, cut) : lower)) return false;
  return !inLexicon(lower.replace(/’/g, "'").replace(/'s$/, ''));
}

/** Words that may name a country or a city (the tagger's Country and City tags), built on first use. */
let places: Set<string> | undefined;
function placeWords(): Set<string> {
  if (places) return places;
  places = new Set();
  for (const [key, list] of Object.entries(lexicon)) {
    if (!/\b(?:Country|City)\b/.test(key)) continue;
    for (const w of list.split(' ')) places.add(w);
  }
  for (const [key, list] of Object.entries(multiword)) {
    if (!/\b(?:Country|City)\b/.test(key)) continue;
    for (const name of list.split(' ')) for (const w of name.split('_')) places.add(w);
  }
  return places;
}
/** The tagger's words. */
const words = new RegExp(wordPattern.source, 'gu');

/**
 * Whether the tagger is worth asking about `window` (`isThing` and `silences` on its words,
 * decided from the text where the text decides): false when no word can be a candidate (a
 * lower-case organisation word, or a capitalised word the lexicon may tag as a country or city),
 * or when a capitalised word is certainly unknown to the lexicon (a possible name, which keeps
 * the rule quiet).
 */
function worthTagging(window: string): boolean {
  const set = placeWords();
  let candidate = false;
  words.lastIndex = 0;
  for (let m = words.exec(window); m; m = words.exec(window)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (!/^\p{Lu}/u.test(word)) {
      if (things.has(lower)) candidate = true;
      continue;
    }
    // The stem the tagger looks up: before "'s" or a contraction ("Russia's", "Kyiv'll").
    const cut = lower.search(/['’]/);
    if (set.has(cut > 0 ? lower.slice(0, cut) : lower)) candidate = true;
    else if (certainlyUnknown(word)) return false;
  }
  return candidate;
}

/** Verbs of saying and thinking that open a comment clause ("…, he told me, …"). */
const reportingVerb = /^\s+(?:told|tells|said|says|added|adds|noted|notes|explained|explains|recalled|recalls|insisted|insists|argued|argues|wrote|writes|stressed|stresses|believes|believed|thinks|thought|admitted|admits|warned|warns)\b[^,.;:!?“”"]{0,40},/i;

/**
 * He/she as the subject of a comment clause set off by commas inside a sentence ("And union
 * leadership, he told me, is working …"): the clause reports someone's words about the
 * clause it interrupts, whose subject is then not the speaker; the speaker is a person named
 * elsewhere more often than not. A hint only.
 */
function commentClause(text: string, at: number, pronoun: string): boolean {
  if (!/^(?:he|she)$/i.test(pronoun) || !/,\s*$/.test(text.slice(Math.max(0, at - 3), at))) return false;
  return reportingVerb.test(text.slice(at + pronoun.length, at + pronoun.length + 80));
}

/** People in reach that keep the rule quiet: a person plural, a possible name, a named organisation. */
const silences = (t: Term): boolean => isPersonPlural(t) || unknownCapital(t) || (/^\p{Lu}/u.test(t.text) && t.tags.includes('Organization'));

function check({ text, before }: TextUnit, report: Reporter): void {
  if (!mayReport(text)) return;
  const m = firstPronoun(text)!;
  const at = m.index;
  const pronoun = m.word;
  const s = sentenceStart(text, at);
  let window: string;
  /** Where the pronoun's own sentence starts in the window. */
  let own: number;
  if (s === 0) {
    // The paragraph's first sentence: the sentence before is the last of the paragraph before.
    const last = before === '' ? '' : before.slice(sentenceStart(before, before.length)) + ' ';
    window = last + text.slice(0, at);
    own = last.length;
  } else {
    const p = sentenceStart(text, s - 1);
    window = text.slice(p, at);
    own = s - p;
  }
  // The gate found no title or person word before the pronoun in its paragraph: only the part
  // of the window from the paragraph before is left to test.
  const beforePart = window.slice(0, s === 0 ? own : 0);
  if (titles.test(beforePart) || personWord.test(beforePart) || sheThings.test(window)) return;
  // A paragraph's first sentence: a candidate needs an organisation word or a capitalised
  // name inside a sentence before the tagger is asked.
  if (s === 0 && !thingWord.test(window) && !capitalInside.test(window)) return;
  // No word the candidate test could accept: nothing to tag.
  if (!worthTagging(window)) return;
  const terms = tag(window);
  // The nearest candidate: in the pronoun's own sentence before the one before.
  const thing = terms.filter((t) => t.offset.start >= own).find(isThing) ?? terms.find(isThing);
  if (!thing) return;
  // Only in the paragraph before: news paragraphs go on about an earlier paragraph's person.
  let hint = (s === 0 && thing.offset.start < own) || commentClause(text, at, pronoun);
  // People anywhere before the pronoun in its paragraph are in reach too: the window's words
  // first, the rest of the paragraph tagged only when they leave the question open.
  if (terms.some(silences)) return;
  const earlier = s > 0 ? tag(text.slice(0, at)) : [];
  if (earlier.some(silences)) return;
  const lower = pronoun.toLowerCase();
  const male = lower === 'he' || lower === 'his';
  const mayBeReferent = (t: Term): boolean => isPerson(t) && !t.tags.includes(male ? 'FemaleName' : 'MaleName');
  if (terms.some(mayBeReferent) || earlier.some(mayBeReferent)) return;
  if (terms.some(isPerson) || earlier.some(isPerson)) hint = true;
  if (before !== '' && (pronounGate.test(before) || titles.test(before) || personWord.test(before) || tag(before).some(isPerson))) hint = true;
  const next = /^\s+[\p{L}]/u.test(text.slice(at + pronoun.length, at + pronoun.length + 3));
  const it = lower === 'his' || (lower === 'her' && next && !/^\s+(?:to|and|or|in|on|at|for|that)\b/i.test(text.slice(at + pronoun.length))) ? 'its' : 'it';
  const cased = /^\p{Lu}/u.test(pronoun) ? it[0]!.toUpperCase() + it.slice(1) : it;
  report({
    start: at, end: at + pronoun.length, info: hint,
    message: `“${pronoun}” may refer to “${thing.text}”, which is not a person (grammatical gender of the source language?)`,
    suggestion: cased,
  });
}

const detector: TextDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'he/she for an organisation or place ("The army … She said")', languages: ['en'] },
  needs: 'text',
  // Then the pronoun after its own clause's organisation subject (pronoun-clause.ts).
  check: (unit, report) => withClauses(unit, report, check, 'gender'),
  gate: (text) => mayReport(text) || clauseMayReport(text),
};
export default detector;
