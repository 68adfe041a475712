/**
 * verb-pattern: a verb followed by a to-infinitive where English needs a gerund, a clause
 * or an object ("demand to invalidate", "allows to block", "insisted to hold",
 * "recommend to drink"): Russian «требуют отменить», «позволяет заблокировать».
 *
 * Notes:
 * - "demanded to know/see/speak/be heard" is idiomatic (lists demandOk); "their demand
 *   to" is a noun: the tagger must tag the word as a verb.
 * - "allows police to block" has its object: only "allow" + "to" directly is reported.
 * - The passive is English: "were (not) allowed to", "is recommended to", "is considered
 *   to be". Past "allowed/permitted/enabled to" is also a reduced relative ("citizens
 *   allowed to vote"), so it is reported only after an active subject ("this allowed to").
 * - "insisted to reporters", "suggested to him": the word after "to" must not be a noun,
 *   pronoun, name or number (tagger.ts), i.e. it must be the infinitive.
 * - Base "allow to" counts only after a modal or "to" ("will allow to reduce"): "and allow
 *   to cool" is a recipe imperative.
 * - The tagger runs only on sentences the regex already matched.
 */
import { gerundOf, tag } from './tagger.js';
import type { Reporter, TreeDetector, TreeUnit } from './types.js';
import { eachSentenceMatch, norm, trieSource } from './util.js';
import { activeBefore, beAdverbs, beForms, demandOk, verbs } from './lists/verb-pattern.js';

const ruleId = 'verb-pattern';
const modals = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'to', "'ll", 'does', 'do', 'did', 'not', 'also']);
const pattern = new RegExp(`(?<![\\p{L}'’-])(${[...verbs.keys()].join('|')})\\s+to\\s+(\\p{L}+)(?![\\p{L}'’-])`, 'giu');
/** The verbs as a character trie: V8 scans it several times faster than a flat list. */
const prefilter = new RegExp(`\\b${trieSource(verbs.keys())}\\s+to\\s`, 'i');
const notInfinitive = ['Plural', 'Determiner', 'Pronoun', 'ProperNoun', 'Value', 'Possessive', 'Date', 'Gerund', 'PastTense', 'Adverb', 'Adjective'];
/**
 * Words after "to" that start a noun phrase, never an infinitive: quantifiers ("risks to all"),
 * articles, demonstratives, possessives and object pronouns ("demand to the government",
 * "suggested to him"). They are rejected before the sentence is tagged.
 */
const nounPhraseStarts = new Set([
  'all', 'every', 'each', 'both', 'some', 'any', 'no', 'many', 'most', 'few', 'several', 'everyone', 'everybody', 'anyone', 'nobody',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'it', 'you', 'whom',
]);

function previousWords(sentence: string, index: number, n: number): string[] {
  const before = sentence.slice(Math.max(0, index - 80), index);
  return (before.match(/[\p{L}'’]+/gu) ?? []).slice(-n).map(norm);
}

function isPassive(prev: string[]): boolean {
  for (let i = prev.length - 1; i >= 0; i--) {
    const w = prev[i]!;
    if (beForms.has(w)) return true;
    if (!beAdverbs.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

function check({ tree, text }: TreeUnit, report: Reporter): void {
  eachSentenceMatch(tree, text, pattern, (m, offset, sentence, sentenceStart) => {
    const verb = norm(m[1]!);
    const inf = m[2]!;
    const entry = verbs.get(verb);
    if (!entry || /^\p{Lu}/u.test(inf) || nounPhraseStarts.has(norm(inf))) return;
    const local = offset - sentenceStart;
    const prev = previousWords(sentence, local, 4);
    // Base "allow to" is Russian only after a modal or "to" ("will allow to reduce");
    // elsewhere it is a recipe imperative ("remove from heat and allow to cool").
    if (/^(allow|permit|enable)$/.test(verb) && !modals.has(prev[prev.length - 1] ?? '')) return;
    if (isPassive(prev)) return;
    if (entry.family === 'demand' && demandOk.has(norm(inf))) return;
    if (entry.family === 'object' && /ed$/.test(verb) && !activeBefore.has(prev[prev.length - 1] ?? '')) return;
    if (norm(inf) === 'be' && entry.family !== 'object') return; // "considered to be"
    // Tag the sentence: the trigger must be a verb, the next word an infinitive.
    const terms = tag(sentence);
    const at = terms.findIndex((t) => t.offset.start === local);
    if (at >= 0) {
      // "their demand to", "the main demand to": a noun, when the word before is a
      // determiner, possessive, adjective, number or verb and the tagger has no verb here.
      const before = terms[at - 1];
      const nounReading = before !== undefined && ['Determiner', 'Possessive', 'Adjective', 'Value', 'Verb'].some((t) => before.tags.includes(t));
      if (!terms[at]!.tags.includes('Verb') && nounReading) return;
      const next = terms[at + 2];
      if (next && notInfinitive.some((tag) => next.tags.includes(tag))) return;
    }
    const found = m[0];
    const fix = entry.fix(gerundOf(norm(inf)), m[1]!);
    report({
      start: offset, end: offset + found.length,
      message: `“${m[1]} to ${inf}”: English “${m[1]}” does not take a bare to-infinitive`,
      ...(fix ? { suggestion: fix } : {}),
    });
  }, prefilter);
}

const detector: TreeDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'verb complements calqued from Russian ("demand to invalidate", "allows to block")', languages: ['en'] },
  needs: 'tree',
  check,
  gate: (text) => prefilter.test(text),
};
export default detector;
