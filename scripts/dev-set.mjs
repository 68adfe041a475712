#!/usr/bin/env node
// Write fixtures/dev/perturbed.jsonl: controlled perturbations (DEMETR-style: one labelled error
// inserted into a native sentence) of the article-extraction benchmark's ground-truth bodies
// (MIT, Scrapinghub; see fixtures/dev/SOURCES.md), plus the unperturbed sentences as controls.
// Deterministic: the same corpus gives the same file. Run from the repository root:
//   node scripts/dev-set.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { romanization } from '../dist/detect/lists/name-variant.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gt = JSON.parse(readFileSync(join(root, '../shared/corpora/article-extraction-benchmark/ground-truth.json'), 'utf8'));

// mulberry32: a small seeded generator, so that the selection is reproducible.
let seed = 21;
const random = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (list) => list[Math.floor(random() * list.length)];
const shuffle = (list) => { const a = [...list]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

/** Prose sentences of each body, by paragraph: [id, paragraph index, sentences]. */
const paragraphs = [];
for (const [id, v] of Object.entries(gt)) {
  v.articleBody.split(/\n+/).forEach((p, k) => {
    const sentences = p.trim().split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => /^[A-Z]/.test(s) && /[a-z]{3}.*[.]$/.test(s) && s.length >= 50 && s.length <= 260 && !/["“”‘’]|\d{4,}|https?:/.test(s));
    if (sentences.length > 0) paragraphs.push({ id, k, text: p.trim(), sentences });
  });
}
const items = [];
/** One item; `at` is the offset of the labelled span in `text` (eval checks that the span is there). */
const add = (kind, rule, text, span, source, at) => {
  if (span !== undefined && text.slice(at, at + span.length) !== span) throw new Error(`span ${span} not at ${at} in ${text}`);
  items.push({ text, expect: span !== undefined ? [{ rule, span, at }] : [], kind, perturbation: rule, source });
};

// repeated-word: a word doubled (or tripled), of every kind: lower case, capitalised, number, hyphenated, with an apostrophe.
// Whole words only: no letter, digit, hyphen, apostrophe or number punctuation glued to either side.
const B = "(?<![\\p{L}\\p{N}'’$.,-])";
const E = "(?![\\p{L}\\p{N}'’%-]|[.,]\\p{N})";
const WORD_KINDS = ['[a-z]{2,}', '[a-z]{2,}', '[A-Z][a-z]+', '\\d+', '[a-z]+-[a-z]+', "[a-z]+'[a-z]+", '[a-z]{3,}(?=\\.$)'].map((w) => new RegExp(B + w + E, 'gu'));
/** An English sentence (the benchmark also holds German articles, which the English rules skip). */
const ENGLISH = /\b(?:the|and|of|to|is|was|for)\b/;
for (const p of shuffle(paragraphs).slice(0, 400)) {
  const s = pick(p.sentences);
  if (!ENGLISH.test(s)) continue;
  const kind = pick(WORD_KINDS);
  const words = [...s.matchAll(kind)];
  if (words.length === 0) continue;
  const w = pick(words);
  const copies = random() < 0.2 ? 3 : 2;
  const run = Array(copies).fill(w[0]).join(' ');
  const text = s.slice(0, w.index) + run + s.slice(w.index + w[0].length);
  add('perturbed', 'repeated-word', text, run, `${p.id}#${p.k}`, w.index);
  add('control', 'repeated-word', s, undefined, `${p.id}#${p.k}`);
  if (items.filter((i) => i.perturbation === 'repeated-word' && i.kind === 'perturbed').length >= 150) break;
}

// repeated-phrase: a sentence-initial prepositional phrase of three words repeated at the end (MT of a fronted adverbial).
const FRONTED = /^((?:In|On|At|During|Since|For|After|Before|Over|Under|Within|Across|Throughout) (?:the |a |last |this |its |their )?[A-Za-z0-9-]+(?: [a-z]+)?),\s/;
let phrases = 0;
for (const p of paragraphs) {
  for (const s of p.sentences) {
    const m = FRONTED.exec(s);
    if (!m || m[1].split(' ').length < 3 || phrases >= 60) continue;
    const phrase = m[1];
    const copy = phrase[0].toLowerCase() + phrase.slice(1);
    add('perturbed', 'repeated-phrase', s.replace(/\.$/, ` ${copy}.`), copy, `${p.id}#${p.k}`, s.length);
    add('control', 'repeated-phrase', s, undefined, `${p.id}#${p.k}`);
    phrases++;
  }
}

// pronoun-number: "their" turned into "its" (a number error); the sentence before is kept as context.
let numbers = 0;
for (const p of paragraphs) {
  for (let i = 1; i < p.sentences.length && numbers < 60; i++) {
    const s = p.sentences[i];
    const m = /\b(their)\b/.exec(s);
    if (!m) continue;
    const text = `${p.sentences[i - 1]} ${s.slice(0, m.index)}its${s.slice(m.index + 5)}`;
    add('perturbed', 'pronoun-number', text, 'its', `${p.id}#${p.k}`, p.sentences[i - 1].length + 1 + m.index);
    add('control', 'pronoun-number', `${p.sentences[i - 1]} ${s}`, undefined, `${p.id}#${p.k}`);
    numbers++;
  }
}

// pronoun-gender: "It" opening a sentence after an organisation turned into "She" or "He".
const ORG = /\b(?:company|government|ministry|army|agency|council|committee|bank|firm|party|court|university|school|department|police|military|administration|commission|union|league|club|team|state|country|city)\b/i;
let genders = 0;
for (const p of paragraphs) {
  for (let i = 1; i < p.sentences.length; i++) {
    const s = p.sentences[i];
    // Not the dummy "it" ("It is important to …", "It seems that …").
    if (!/^It /.test(s) || /^It (?:is|was|will be|would be|has been|seems|appears|remains)(?: not)? \w+(?: \w+)? (?:to|that|for|whether|if)\b/.test(s) || /^It (?:seems|appears|takes|means)\b/.test(s) || !ORG.test(p.sentences[i - 1])) continue;
    const pronoun = pick(['She', 'He']);
    add('perturbed', 'pronoun-gender', `${p.sentences[i - 1]} ${pronoun}${s.slice(2)}`, pronoun, `${p.id}#${p.k}`, p.sentences[i - 1].length + 1);
    add('control', 'pronoun-gender', `${p.sentences[i - 1]} ${s}`, undefined, `${p.id}#${p.k}`);
    genders++;
  }
  // "its" after an organisation in the same sentence or the one before turned into "his"/"her".
  for (let i = 0; i < p.sentences.length && genders < 60; i++) {
    const s = p.sentences[i];
    const m = /\bits\b/.exec(s);
    const context = (i > 0 ? p.sentences[i - 1] + ' ' : '') + s.slice(0, m?.index ?? 0);
    if (!m || !ORG.test(context) || /\b(?:he|she|his|her|him)\b/i.test(context)) continue;
    const pronoun = pick(['his', 'her']);
    const before = i > 0 ? p.sentences[i - 1] + ' ' : '';
    add('perturbed', 'pronoun-gender', `${before}${s.slice(0, m.index)}${pronoun}${s.slice(m.index + 3)}`, pronoun, `${p.id}#${p.k}`, before.length + m.index);
    add('control', 'pronoun-gender', `${before}${s}`, undefined, `${p.id}#${p.k}`);
    genders++;
  }
}

// name-variant: a surname shared by two paragraphs of an article replaced by a Cyrillic surname
// romanised with two different systems (BGN/PCGN, GOST 7.79 B, ALA-LC, Ukrainian national).
const CYRILLIC = ['Ходорковский', 'Щербаков', 'Тихановская', 'Воробьёв', 'Андреев', 'Евтушенко', 'Юрченко', 'Зеленский', 'Ярошенко', 'Соловьёв',
  'Шевчук', 'Кравчук', 'Мельничук', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кличко', 'Ляшко', 'Щукин', 'Жуков', 'Хмельницкий', 'Чайковский'];
function romanize(word, system) {
  const letters = [...word.toLowerCase()];
  let out = '';
  for (let k = 0; k < letters.length; k++) {
    const forms = romanization[letters[k]]?.[system];
    if (!forms || forms.length === 0) return undefined;
    const initial = k === 0 || /[аеёиоуыэюяіїєьъ]/.test(letters[k - 1]);
    out += forms[initial ? forms.length - 1 : 0];
  }
  if (/[^a-z]/.test(out)) return undefined; // ʹ ë …: news spells names in ASCII
  return out[0].toUpperCase() + out.slice(1);
}
const byArticle = new Map();
for (const p of paragraphs) byArticle.set(p.id, [...(byArticle.get(p.id) ?? []), p]);
let names = 0;
for (const ps of byArticle.values()) {
  for (let i = 0; i + 1 < ps.length && names < 40; i++) {
    const a = ps[i].text;
    const b = ps[i + 1].text;
    const surname = (a.match(/(?<=[a-z,] )[A-Z][a-z]{4,}\b/g) ?? []).find((w) => new RegExp(`(?<=[a-z,] )${w}\\b`).test(b) && !new RegExp(`\\b${w.toLowerCase()}\\b`).test(a + b));
    if (!surname) continue;
    const name = CYRILLIC[names % CYRILLIC.length];
    // GOST's x for х is left out: the key reads x as кс (Alexei), see src/detect/lists/name-variant.ts.
    const spellings = [...new Set(['bgn', 'alalc', 'gost', 'ua'].map((s) => romanize(name, s)).filter((n) => n && !/x/i.test(n)))];
    if (spellings.length < 2) { names++; continue; }
    const [one, two] = shuffle(spellings);
    const re = new RegExp(`\\b${surname}\\b`, 'g');
    const first = a.replace(re, one);
    const second = b.replace(re, two);
    // The rule reports the less frequent spelling (the later one on a tie): label each of its occurrences.
    const text = `${first}\n\n${second}`;
    const count = (n) => (text.match(new RegExp(`\\b${n}\\b`, 'g')) ?? []).length;
    const variant = count(one) < count(two) ? one : two;
    const at = [...text.matchAll(new RegExp(`\\b${variant}\\b`, 'g'))].map((m) => m.index);
    if (at.length === 0) continue;
    add('perturbed', 'name-variant', text, variant, `${ps[i].id}#${ps[i].k}-${ps[i + 1].k}`, at[0]);
    for (const extra of at.slice(1)) items[items.length - 1].expect.push({ rule: 'name-variant', span: variant, at: extra });
    add('control', 'name-variant', `${a.replace(re, one)}\n\n${b.replace(re, one)}`, undefined, `${ps[i].id}#${ps[i].k}-${ps[i + 1].k}`);
    names++;
    i++;
  }
}

// unbalanced-quote: a closing quotation mark deleted; controls: a quotation over two paragraphs (English convention).
let quotes = 0;
for (const p of paragraphs) {
  const m = /“([^“”]{20,200})”/.exec(p.text);
  if (!m || quotes >= 40) continue;
  const text = p.text.slice(0, m.index + 1 + m[1].length) + p.text.slice(m.index + m[0].length);
  add('perturbed', 'unbalanced-quote', text, '“', `${p.id}#${p.k}`, m.index);
  const cut = m[1].search(/[.;,] /);
  if (cut > 0) {
    // “A. B” -> “A. / “B”: the quotation continues in the next paragraph, which opens with a quote mark.
    const at = m.index + 1 + cut + 1;
    add('control', 'unbalanced-quote', `${p.text.slice(0, at)}\n\n“${p.text.slice(at + 1)}`, undefined, `${p.id}#${p.k}`);
  }
  quotes++;
}

const out = items.map((i) => JSON.stringify(i)).join('\n') + '\n';
writeFileSync(join(root, 'fixtures/dev/perturbed.jsonl'), out);
const count = (kind) => Object.entries(items.filter((i) => i.kind === kind).reduce((a, i) => ({ ...a, [i.perturbation]: (a[i.perturbation] ?? 0) + 1 }), {}));
console.log('perturbed', count('perturbed'), 'controls', count('control'));
