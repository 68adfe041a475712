#!/usr/bin/env node
// Write fixtures/dev/pronouns.jsonl and fixtures/dev/pronouns-heldout.jsonl: controlled
// perturbations (DEMETR-style) of the pronouns in native news sentences, for pronoun-number and
// pronoun-gender, with the unperturbed pair of sentences as a control. Every occurrence that fits
// is taken (no sampling), blind to whether the rule can see it:
//   pronoun-number  the first "their" of a sentence -> "its" ("Their" -> "Its"), with the
//                   sentence before as context; and, where no he/she/his/her/him is in the two
//                   sentences, the first lower-case "their" -> "his" or "her" (alternately);
//   pronoun-number  (variant "object-it") the first "them" of a sentence -> "it", where a
//                   plural-looking word (an -s word that is not -ss/-us/-is, or people, children,
//                   men, women, police) stands before it in the sentence or the one before: the
//                   MT error of «их» -> "it" ("did not answer it");
//   pronoun-gender  the first "its" of a sentence -> "his" or "her" (alternately), and "It" opening
//                   a sentence -> "He" or "She", with the sentence before as context; only where no
//                   he/she/his/her/him is in the two sentences already.
// Sources (see fixtures/dev/SOURCES.md): pronouns.jsonl from the article-extraction benchmark's
// ground-truth bodies (the tuning set: the rules were developed on it); pronouns-heldout.jsonl
// from the English bodies of fundus-news (held out: not looked at while writing the rules).
// Deterministic. Run from the repository root: node scripts/dev-set-pronouns.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '../shared/corpora');

function aeb() {
  const gt = JSON.parse(readFileSync(join(shared, 'article-extraction-benchmark/ground-truth.json'), 'utf8'));
  return Object.entries(gt).map(([id, v]) => [id, String(v.articleBody ?? '')]);
}
function fundus() {
  const gt = JSON.parse(readFileSync(join(shared, 'fundus-news/ground-truth.json'), 'utf8'));
  const english = new Set(JSON.parse(readFileSync(join(shared, 'fundus-news/pages.json'), 'utf8')).filter((p) => /^en\b/.test(p.lang ?? '')).map((p) => p.id));
  return Object.entries(gt).filter(([id]) => english.has(id)).map(([id, v]) => [id, String(v.articleBody ?? '')]);
}

/** An English prose sentence without quotations (quoted speech refers outside the text). */
const ENGLISH = /\b(?:the|and|of|to|is|was|for)\b/;
const usable = (s) => /^[A-Z]/.test(s) && /[a-z]{3}.*[.]$/.test(s) && s.length >= 30 && s.length <= 400 && ENGLISH.test(s) && !/["“”]|https?:/.test(s);
const GENDERED = /\b(?:he|she|his|her|him|himself|herself)\b/i;
/** A plural-looking word: an -s word that is not -ss, -us or -is (nor "this", "its"), or a plural without -s. */
const PLURALISH = /\b(?!(?:this|thus|its|has|was|does|is|as|us|always|perhaps|whereas|news|means|series|sometimes|towards|besides)\b)[a-z]{2,}[^siu'’\W]s\b|\b(?:people|children|men|women|police)\b/i;

function build(docs) {
  const items = [];
  const add = (kind, rule, text, span, source, at, variant) => {
    if (span !== undefined && text.slice(at, at + span.length) !== span) throw new Error(`span ${span} not at ${at} in ${text}`);
    items.push({ text, expect: span !== undefined ? [{ rule, span, at }] : [], kind, perturbation: rule, ...(variant ? { variant } : {}), source });
  };
  let flip = 0;
  let flipNumber = 0;
  for (const [id, body] of docs) {
    body.split(/\n+/).forEach((p, k) => {
      const sentences = p.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
      for (let i = 1; i < sentences.length; i++) {
        const prev = sentences[i - 1];
        const s = sentences[i];
        if (!usable(prev) || !usable(s)) continue;
        const source = `${id}#${k}`;
        const their = /\b(their|Their)\b/.exec(s);
        if (their) {
          const its = their[1] === 'Their' ? 'Its' : 'its';
          const at = prev.length + 1 + their.index;
          add('perturbed', 'pronoun-number', `${prev} ${s.slice(0, their.index)}${its}${s.slice(their.index + 5)}`, its, source, at);
          add('control', 'pronoun-number', `${prev} ${s}`, undefined, source);
        }
        // "their" -> "his"/"her" where no gendered pronoun is in the two sentences.
        const theirs = /\b(their)\b/.exec(s);
        if (theirs && !GENDERED.test(prev) && !GENDERED.test(s)) {
          const to = flipNumber++ % 2 ? 'his' : 'her';
          add('perturbed', 'pronoun-number', `${prev} ${s.slice(0, theirs.index)}${to}${s.slice(theirs.index + 5)}`, to, source, prev.length + 1 + theirs.index);
          add('control', 'pronoun-number', `${prev} ${s}`, undefined, source);
        }
        // The object "them" -> "it" when a plural-looking word stands before it in reach.
        const them = /\bthem\b/.exec(s);
        if (them && PLURALISH.test(`${prev} ${s.slice(0, them.index)}`)) {
          const at = prev.length + 1 + them.index;
          add('perturbed', 'pronoun-number', `${prev} ${s.slice(0, them.index)}it${s.slice(them.index + 4)}`, 'it', source, at, 'object-it');
          add('control', 'pronoun-number', `${prev} ${s}`, undefined, source, undefined, 'object-it');
        }
        if (GENDERED.test(prev) || GENDERED.test(s)) continue;
        const it = /^It /.test(s) ? { index: 0, word: 'It', to: flip % 2 ? 'He' : 'She' } : undefined;
        const its = /\b(its|Its)\b/.exec(s);
        const m = it ?? (its ? { index: its.index, word: its[1], to: (flip % 2 ? 'his' : 'her') } : undefined);
        if (!m) continue;
        const to = m.word === 'Its' ? m.to[0].toUpperCase() + m.to.slice(1) : m.to;
        flip++;
        add('perturbed', 'pronoun-gender', `${prev} ${s.slice(0, m.index)}${to}${s.slice(m.index + m.word.length)}`, to, source, prev.length + 1 + m.index);
        add('control', 'pronoun-gender', `${prev} ${s}`, undefined, source);
      }
    });
  }
  return items;
}

for (const [file, docs] of [['pronouns.jsonl', aeb()], ['pronouns-heldout.jsonl', fundus()]]) {
  const items = build(docs);
  writeFileSync(join(root, 'fixtures/dev', file), items.map((i) => JSON.stringify(i)).join('\n') + '\n');
  const n = (kind, rule) => items.filter((i) => i.kind === kind && i.perturbation === rule).length;
  console.log(file, 'pronoun-number', n('perturbed', 'pronoun-number'), 'of which object-it', items.filter((i) => i.kind === 'perturbed' && i.variant === 'object-it').length, 'pronoun-gender', n('perturbed', 'pronoun-gender'), 'controls', items.filter((i) => i.kind === 'control').length);
}
