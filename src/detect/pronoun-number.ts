/**
 * pronoun-number: a singular pronoun opening a sentence whose antecedent can only be the
 * plural subject before it ("The signatories demand … In his opinion, …"; "Members of
 * the commission refused to comment. According to him, …"). Russian MT renders «по их
 * мнению» or an elided subject with the wrong number.
 *
 * Notes:
 * - The tagger (tagger.ts: compromise's word lists and tags) decides noun number and names;
 *   it runs only on paragraphs that passed the cheap gates below, never on whole documents. Only
 *   paragraphs where those gates can pass are parsed at all (pronoun-number-gate.ts).
 * - A pronoun at the start of a sentence (after lead words such as "In", "According to",
 *   "However,") is checked against the sentence before; his/him/her inside a sentence against
 *   that sentence's own subject (`checkOwnSubject`: not "they", not after a subordinate clause,
 *   not he/she, which open a clause whose subject may be anyone).
 * - Quiet when any singular person may be the antecedent: a name (a Person or an
 *   unknown ProperNoun), a title ("Mr", "Dr"), a singular person noun ("a retired colonel",
 *   "the president"), or an earlier he/she in the paragraph; also in the pronoun's own
 *   sentence ("In his statement, Smith said").
 * - Only a hint (`info`) when the paragraph before names a singular person or uses he/she:
 *   news paragraphs often continue the previous one's subject.
 * - Quiet inside quotations: quoted speech refers outside the paragraph.
 * - Possessives anywhere in a sentence ("its" after plural antecedents only, "their" for a
 *   singular organisation as a hint): pronoun-number-its.ts; the object "it" for a plural
 *   ("received the letters but did not answer it"): pronoun-number-it.ts.
 * - The subject's head must be a plural person/group noun (an Actor, a plural of a
 *   nationality such as "Indians", or lists/pronoun-number.ts), or "they": "The elections were
 *   rigged. In his view" refers to someone else.
 */
import { type Term, tag } from './tagger.js';
import type { Reporter, TreeDetector, TreeUnit } from './types.js';
import { lastAnswer, norm, span } from './util.js';
import { humanPlurals, leadWords, pluralOf, singularPersons, subordinators, titles } from './lists/pronoun-number.js';
import { checkPossessives, itsMayReport, theirMayReport } from './pronoun-number-its.js';
import { capitalisedInside, firstPronoun, pronounGate, personWord, insideQuote, mayReport, pluralGate, sentenceStarts } from './pronoun-number-gate.js';
import { clauseMayReport, objectHer, withClauses } from './pronoun-clause.js';
import { checkCountedIt, checkObjectIt, countedItMayReport, itMayReport } from './pronoun-number-it.js';

const ruleId = 'pronoun-number';
const notPerson = ['Place', 'Organization', 'Date', 'Demonym', 'Month', 'WeekDay', 'Country', 'City', 'Region', 'Acronym', 'Value'];

function isSingularPerson(t: Term): boolean {
  const tags = t.tags;
  if (tags.includes('Person') || tags.includes('Honorific')) return true;
  if (tags.includes('ProperNoun') && !notPerson.some((x) => tags.includes(x))) return true;
  if (tags.includes('Plural')) return false;
  return (tags.includes('Actor') && tags.includes('Singular')) || singularPersons.has(t.normal);
}

/** Head and text of the subject of a sentence: the noun before the first verb. */
function pluralSubject(raw: Term[], text: string): { phrase: string; start: number } | undefined {
  // The lexicon has "volunteers" as a verb: a listed person plural is a noun.
  const terms = raw.map((t) => (humanPlurals.has(t.normal) && t.tags.includes('Verb') ? { ...t, tags: ['Noun', 'Plural'] } : t));
  const verb = terms.findIndex((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund'));
  if (verb <= 0) return undefined;
  let from = 0;
  for (let i = 0; i < verb; i++) if (/,\s*$/.test(terms[i]!.text + terms[i]!.post)) from = i + 1;
  let head: Term | undefined;
  for (let i = from; i < verb; i++) {
    const t = terms[i]!;
    if (t.tags.includes('Preposition') && head) break;
    if (t.tags.includes('Noun')) head = t;
  }
  if (!head) return undefined;
  const human = head.normal === 'they' || (head.tags.includes('Plural') && !head.tags.includes('Pronoun') &&
    (head.tags.includes('Actor') || head.tags.includes('Demonym') || humanPlurals.has(head.normal)));
  if (!human) return undefined;
  const start = terms[from]!.offset.start;
  // "Members of the commission": the whole subject when short, else up to the head.
  const last = verb - from <= 6 ? terms[verb - 1]! : head;
  return { phrase: text.slice(start, last.offset.start + last.offset.length).replace(/[,;:]+$/, ''), start };
}

/** Offset just after the last ". " + capital inside `text` (0 when none). */
function lastBoundary(text: string): number {
  let at = 0;
  const re = /[.!?]["”’»)]*\s+(?=["“«]?\p{Lu})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index + m[0].length;
  return at;
}

/** A sentence that opens with one of these has its subject after a clause of its own ("When doctors arrived, he …"). */
const openers = new Set([...subordinators, 'sometimes']);

/**
 * The cheap gate of the pronoun inside its sentence: the paragraph's first he/she/his/him/her
 * stands after a word of its own sentence that is not a lead word, the sentence's first words
 * hold a plural person word, and no title, capitalised word inside a sentence or person noun
 * stands before it (the tests `checkOwnSubject` makes before tagging).
 */
export const ownSubjectMayReport = lastAnswer((text: string): boolean => {
  // The cheap and selective tests first: most paragraphs' first pronoun is "he" or "she".
  const m = firstPronoun(text);
  if (!m || /^(?:he|she)$/i.test(m.word)) return false;
  const at = m.index;
  const { start, previous } = sentenceStarts(text, at);
  const own = text.slice(start, at);
  if (!pluralGate(own)) return false; // the most selective test, before any word is read
  const words = (own.match(/[\p{L}'’]+/gu) ?? []).map(norm);
  if (words.every((w) => leadWords.has(w))) return false; // the sentence-initial case below
  // A subject pronoun opens a clause of its own, whose subject may be anyone ("When doctors
  // arrived, he …"); so may a sentence that opens with a subordinate clause.
  if (openers.has(words[0]!)) return false;
  if (titles.test(text) || insideQuote(text, at) || capitalisedInside.test(text.slice(0, at))) return false;
  return !personWord.test(text.slice(Math.max(previous, 0), at));
});

/**
 * The paragraph's first singular personal pronoun inside a sentence whose own subject is a
 * plural of people, with no singular person in reach ("The deputies said that in his opinion
 * …", "Residents complained to the council about his decision").
 */
function checkOwnSubject(text: string, before: string, report: Reporter): void {
  if (!ownSubjectMayReport(text)) return;
  const m = firstPronoun(text)!;
  const at = m.index;
  const pronoun = m.word;
  const { start, previous } = sentenceStarts(text, at);
  const shift = (from: number) => (t: Term): Term => ({ ...t, offset: { start: t.offset.start + from, length: t.offset.length } });
  const subject = pluralSubject(tag(text.slice(start, at)).map(shift(start)), text);
  // "They visited his grave": "they" and "his" may both stand for people named further back.
  if (!subject || /^they$/i.test(subject.phrase)) return;
  const from = previous >= 0 ? previous : start;
  if (tag(text.slice(from, at)).some(isSingularPerson)) return;
  const hint = before !== '' && (pronounGate.test(before) || titles.test(before) || personWord.test(before) ||
    tag(before).some((t) => t.tags.includes('Person')));
  const lower = pronoun.toLowerCase();
  // The object "her" ("took her to hospital") is "them", the possessive "their".
  const plural = lower === 'her' && objectHer(text, at + pronoun.length) ? 'them' : pluralOf[lower]!;
  report({
    start: at, end: at + pronoun.length, info: hint,
    message: `Singular “${pronoun}” after the plural subject “${subject.phrase}” of its sentence`,
    suggestion: plural,
  });
}

function check(unit: TreeUnit, report: Reporter): void {
  checkPossessives(unit, report);
  if (itMayReport(unit.text)) checkObjectIt(unit, report);
  if (countedItMayReport(unit.text)) checkCountedIt(unit, report);
  checkOwnSubject(unit.text, unit.before, report);
  const { text, before } = unit;
  // The tests before the tree (the gate's own): a paragraph that fails them is never parsed.
  if (!mayReport(text)) return;
  const { tree } = unit;
  // Only the paragraph's first he/she/his/him/her can be wrong: any later one has an
  // earlier singular pronoun that establishes its referent.
  const m = firstPronoun(text);
  if (!m) return;
  let prev: [number, number] | undefined;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let [s, e] = span(sentence);
      if (e <= m.index) { prev = [s, e]; continue; }
      // retext keeps "on August 9. In his opinion" in one sentence: split it here.
      const inner = lastBoundary(text.slice(s, m.index));
      if (inner > 0) { prev = [s, s + inner]; s += inner; }
      if (!prev) return; // pronoun in the first sentence: its antecedent is elsewhere
      const lead = (text.slice(s, m.index).match(/[\p{L}'’]+/gu) ?? []).map(norm);
      if (lead.length > 4 || !lead.every((w) => leadWords.has(w))) return;
      if (insideQuote(text, m.index)) return;
      const spanStart = lead.length > 0 ? s + text.slice(s, e).search(/\p{L}/u) : m.index;
      checkPronoun(report, text, before, prev[0], s, e, m.index, m.word, spanStart);
      return;
    }
  }
}

function checkPronoun(report: Reporter, text: string, before: string, prevStart: number, s: number, e: number, at: number, pronoun: string, spanStart: number): void {
  if (!pluralGate(text.slice(prevStart, s)) || personWord.test(text.slice(prevStart, e))) return;
  // Sentences before the subject's: a capitalised word inside a sentence may be a person
  // the tagger would have to judge; stay quiet rather than tag the whole paragraph.
  if (capitalisedInside.test(text.slice(0, prevStart))) return;
  const terms = tag(text.slice(prevStart, e)).map((t) => ({ ...t, offset: { start: t.offset.start + prevStart, length: t.offset.length } }));
  const others = terms.filter((t) => t.offset.start !== at);
  if (others.some(isSingularPerson)) return;
  const prev = terms.filter((t) => t.offset.start < s);
  const subject = pluralSubject(prev, text);
  if (!subject) return;
  const lower = pronoun.toLowerCase();
  // Span: the lead-in and pronoun, plus the noun a possessive governs ("In his opinion").
  let end = at + pronoun.length;
  // The object "her" ("According to her, …") is "them", the possessive "their".
  const object = lower === 'her' && objectHer(text, end);
  if (lower === 'his' || (lower === 'her' && !object)) {
    const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(end, e));
    if (next) end += next[0].length;
  }
  const found = text.slice(spanStart, end);
  // A singular person in the paragraph before may be the antecedent after all ("A man was
  // shot on Friday. / Paramedics arrived quickly. He was taken to hospital."): a hint only.
  const hint = before !== '' && (pronounGate.test(before) || titles.test(before) || personWord.test(before) ||
    tag(before).some((t) => t.tags.includes('Person')));
  const plural = object ? 'them' : pluralOf[lower]!;
  const cased = /^\p{Lu}/u.test(pronoun) ? plural[0]!.toUpperCase() + plural.slice(1) : plural;
  report({
    start: spanStart, end, info: hint,
    message: `Singular “${pronoun}” after the plural subject “${subject.phrase}”`,
    suggestion: found.slice(0, at - spanStart) + cased + found.slice(at - spanStart + pronoun.length),
  });
}

const detector: TreeDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'singular pronoun for a plural antecedent ("The signatories … In his opinion")', languages: ['en'] },
  needs: 'tree',
  // Then the pronoun after its own clause's plural subject (pronoun-clause.ts).
  check: (unit, report) => withClauses(unit, report, check, 'number'),
  // Parse only where the rule's own tests before tagging can pass (see the gate's notes).
  gate: (text) => mayReport(text) || ownSubjectMayReport(text) || itsMayReport(text) || theirMayReport(text) || itMayReport(text) || countedItMayReport(text) || clauseMayReport(text),
};
export default detector;
