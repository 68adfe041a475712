#!/usr/bin/env node
// Evaluate the detectors (built dist/): precision/recall per rule on fixtures/dev, false
// positives on native English (the article-extraction benchmark's ground truth), speed.
// Exit 1 when a target is missed. Run `npm run build` first.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { createDetector } from '../dist/detect/index.js';
import { levelOf } from '../dist/pipeline/registry.js';
import { counts, rates, readDevSet, readGroundTruth, scoreDevSet, scoreRealMt, sentenceCount, split } from './eval-lib.mjs';

const TARGET = { precision: 0.95, recall: 0.85, nativePer1000: 2 };
// Every rule at its default level, as a run without configuration has it.
const detect = createDetector((id) => levelOf(id, {}));

let failed = false;

// 1. Dev sets: fixtures/dev/dev.jsonl (hand-written MT-like paragraphs, targets enforced) and
// fixtures/dev/perturbed.jsonl (controlled perturbations of native sentences with unperturbed
// controls, written by scripts/dev-set.mjs; figures reported).
const score = (file) => scoreDevSet(file, detect);

function table(stats, enforce) {
  console.log('rule                 expected   TP   FP   FN  precision  recall');
  for (const [id, s] of stats) {
    if (!enforce && s.expected === 0 && s.fp === 0) continue;
    const { precision, recall } = rates(s);
    const miss = enforce && (precision < TARGET.precision || recall < TARGET.recall);
    if (miss) failed = true;
    console.log(`${id.padEnd(20)} ${String(s.expected).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}${miss ? '  <- below target' : ''}`);
  }
}

const hand = score('dev.jsonl');
console.log(`Dev set (fixtures/dev/dev.jsonl): ${hand.dev.length} paragraphs\n`);
table(hand.stats, true);
if (hand.misses.length) console.log('\n' + hand.misses.join('\n'));

const perturbed = score('perturbed.jsonl');
const nPerturbed = perturbed.dev.filter((d) => d.kind === 'perturbed').length;
console.log(`\nPerturbed set (fixtures/dev/perturbed.jsonl): ${nPerturbed} perturbed items, ${perturbed.dev.length - nPerturbed} unperturbed controls\n`);
table(perturbed.stats, false);
console.log('\nUnperturbed controls with any warning/error:');
for (const [kind, c] of perturbed.controls) console.log(`  ${kind.padEnd(18)} ${c.flagged}/${c.n} = ${(100 * c.flagged / c.n).toFixed(1)}%`);
if (process.env.EVAL_VERBOSE) console.log('\n' + perturbed.misses.join('\n'));

// Pronoun perturbations (scripts/dev-set-pronouns.mjs): every "their" -> "its" and "its"/"It" ->
// "his"/"her"/"He"/"She" of the benchmark bodies (the tuning set) and of fundus-news's English
// bodies (held out: the rules were not tuned on it).
for (const [file, title] of [['pronouns.jsonl', 'tuning'], ['pronouns-heldout.jsonl', 'held out']]) {
  const set = score(file);
  const n = set.dev.filter((d) => d.kind === 'perturbed').length;
  console.log(`\nPronoun perturbations, ${title} (fixtures/dev/${file}): ${n} perturbed items, ${set.dev.length - n} unperturbed controls\n`);
  table(set.stats, false);
  for (const [kind, c] of set.controls) console.log(`  controls ${kind.padEnd(18)} ${c.flagged}/${c.n} flagged`);
  if (process.env.EVAL_VERBOSE) console.log('\n' + set.misses.join('\n'));
  // The object "them" -> "it" rows alone (`variant`: their share of the pronoun-number rows above).
  const objectIt = scoreDevSet(file, detect, (d) => d.variant === 'object-it');
  const s = objectIt.stats.get('pronoun-number');
  const { precision, recall } = rates(s);
  const c = objectIt.controls.get('pronoun-number') ?? { n: 0, flagged: 0 };
  console.log(`  of which object "them" -> "it": expected ${s.expected}, TP ${s.tp}, FP ${s.fp}, FN ${s.fn}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; controls ${c.flagged}/${c.n} flagged`);
}

// Real machine translation (scripts/dev-set-mt.mjs): Apertium's English of Spanish news, every
// error of the rules' kinds labelled by hand; tuning and held-out halves by article.
for (const half of ['tuning', 'heldout']) {
  const mt = scoreRealMt('mt-apertium.jsonl', detect, half);
  const labelled = mt.dev.reduce((n, d) => n + (d.errors ?? []).length, 0);
  console.log(`\nReal MT, ${half} (fixtures/dev/mt-apertium.jsonl): ${mt.dev.length} articles, ${mt.sentences} sentences, ${labelled} labelled error spans\n`);
  table(mt.stats, false);
  console.log(`  warnings/errors: ${mt.fired} = ${(1000 * mt.fired / mt.sentences).toFixed(1)} per 1000 sentences; on a labelled error span: ${mt.onError}/${mt.fired}${mt.fired ? ` = ${(100 * mt.onError / mt.fired).toFixed(0)}%` : ''}`);
  if (process.env.EVAL_VERBOSE) console.log('\n' + mt.misses.join('\n'));
}

// The object "them" -> "it" perturbation of scripts/dev-set-pronouns.mjs, made here on the real MT
// (the first "them" of every sentence of mt-apertium.jsonl after a plural-looking word in it or
// the sentence before, which is kept as context; both halves; not a fixture: the MT's own errors
// would flag its controls).
// Counted: pronoun-number warnings on the "it", and on the unperturbed pair.
{
  const pluralish = /\b(?!(?:this|thus|its|has|was|does|is|as|us|always|perhaps|whereas|news|means|series|sometimes|towards|besides)\b)[a-z]{2,}[^siu'’\W]s\b|\b(?:people|children|men|women|police)\b/i;
  let pairs = 0;
  let found = 0;
  let flagged = 0;
  const pronounWarnings = (text) => detect(text, [{ start: 0, end: text.length }]).findings.filter((f) => f.rule === 'pronoun-number' && counts(f));
  for (const item of readDevSet('mt-apertium.jsonl')) {
    for (const p of item.text.split(/\n\s*\n/)) {
      const sentences = p.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
      for (let i = 0; i < sentences.length; i++) {
        // The sentence with the one before (a paragraph's first sentence alone).
        const prev = i > 0 ? `${sentences[i - 1]} ` : '';
        const s = sentences[i];
        const them = /\bthem\b/.exec(s);
        if (!them || !pluralish.test(`${prev}${s.slice(0, them.index)}`)) continue;
        pairs++;
        const at = prev.length + them.index;
        if (pronounWarnings(`${prev}${s.slice(0, them.index)}it${s.slice(them.index + 4)}`).some((f) => f.start < at + 2 && at < f.end)) found++;
        if (pronounWarnings(`${prev}${s}`).length > 0) flagged++;
      }
    }
  }
  console.log(`\nReal MT, object "them" -> "it" made on the fly (fixtures/dev/mt-apertium.jsonl, both halves): ${pairs} sentences; pronoun-number warns on the "it" in ${found} (recall ${(pairs ? found / pairs : 1).toFixed(3)}); unperturbed with a pronoun-number warning: ${flagged}/${pairs}`);
}

// 2. Native English false positives: the article-extraction benchmark's ground-truth bodies
// (committed in fixtures/eval, see its SOURCE.md).
{
  const gt = readGroundTruth();
  const docs = Object.values(gt).map((d) => split(String(d.articleBody ?? ''), /\n+/)).filter((d) => d.text);
  let sentences = 0;
  let chars = 0;
  const fps = [];
  const t0 = performance.now();
  for (const d of docs) {
    const r = detect(d.text, d.paragraphs);
    for (const f of r.findings.filter(counts)) fps.push(`${f.rule}: “${d.text.slice(f.start, f.end).slice(0, 80)}” (${f.message})`);
  }
  const detectMs = performance.now() - t0;
  for (const d of docs) { sentences += sentenceCount(d.text); chars += d.text.length; }
  const per1000 = (fps.length / sentences) * 1000;
  console.log(`\nNative English: ${docs.length} articles, ${sentences} sentences, ${fps.length} warnings/errors = ${per1000.toFixed(2)} per 1000 sentences (target <= ${TARGET.nativePer1000})`);
  for (const fp of fps) console.log(`  FP ${fp}`);
  if (per1000 > TARGET.nativePer1000) failed = true;

  // 3. Speed: detection (incl. its parse) vs the bare parse, one thread, best of 3 runs
  // each (CPU time, so other processes on the machine disturb it less).
  const parser = unified().use(retextEnglish);
  const cpu = (f) => { const t = process.cpuUsage(); f(); return process.cpuUsage(t).user / 1000; };
  let parseMs = Infinity;
  let detectMs2 = Infinity;
  for (let run = 0; run < 3; run++) {
    parseMs = Math.min(parseMs, cpu(() => { for (const d of docs) parser.parse(d.text); }));
    detectMs2 = Math.min(detectMs2, cpu(() => { for (const d of docs) detect(d.text, d.paragraphs); }));
  }
  const mb = Buffer.byteLength(docs.map((d) => d.text).join(''), 'utf8') / 1e6;
  console.log(`\nSpeed on ${mb.toFixed(2)} MB (${chars} chars), one thread: bare parse ${(mb / (parseMs / 1000)).toFixed(2)} MB/s, detection ${(mb / (detectMs2 / 1000)).toFixed(2)} MB/s (first, cold pass ${(mb / (detectMs / 1000)).toFixed(2)} MB/s), detection/parse time ${(detectMs2 / parseMs).toFixed(2)}x`);
}

process.exit(failed ? 1 : 0);
