#!/usr/bin/env node
// Evaluate the detectors (built dist/): precision/recall per rule on fixtures/dev, false
// positives on native English (the article-extraction benchmark's ground truth), speed.
// Exit 1 when a target is missed. Run `npm run build` first.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { createDetector, detectRules } from '../dist/detect/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = { precision: 0.95, recall: 0.85, nativePer1000: 2 };
const detect = createDetector();
const counts = (f) => f.severity === 'warning' || f.severity === 'error';

/** Paragraph spans of a text whose paragraphs are separated by blank lines (or newlines). */
function split(raw, sep = /\n\s*\n/) {
  const parts = raw.replace(/\r\n?/g, '\n').split(sep).map((s) => s.trim()).filter(Boolean);
  const text = parts.join('\n\n');
  const paragraphs = [];
  let at = 0;
  for (const p of parts) { paragraphs.push({ start: at, end: at + p.length }); at += p.length + 2; }
  return { text, paragraphs };
}

let failed = false;

// 1. Dev sets: fixtures/dev/dev.jsonl (hand-written MT-like paragraphs, targets enforced) and
// fixtures/dev/perturbed.jsonl (controlled perturbations of native sentences with unperturbed
// controls, written by scripts/dev-set.mjs; figures reported).
function score(file) {
  const dev = readFileSync(join(root, 'fixtures/dev', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const stats = new Map(detectRules.map((r) => [r.id, { tp: 0, fp: 0, fn: 0, expected: 0 }]));
  const controls = new Map();
  const misses = [];
  for (const item of dev) {
    const { text, paragraphs } = split(item.text);
    const found = detect(text, paragraphs).findings.filter(counts);
    const expected = item.expect.map((e) => {
      let start = e.at !== undefined && text.slice(e.at, e.at + e.span.length) === e.span ? e.at : -1;
      // `nth` (1-based) picks a later occurrence, e.g. the repeated copy of a paragraph.
      if (start < 0) for (let k = 0; k < (e.nth ?? 1); k++) start = text.indexOf(e.span, start + 1);
      if (start < 0) throw new Error(`span not found: ${e.span} in ${text.slice(0, 60)}`);
      return { rule: e.rule, start, end: start + e.span.length, hit: false };
    });
    if (item.kind === 'control') {
      const c = controls.get(item.perturbation) ?? { n: 0, flagged: 0 };
      c.n++;
      if (found.length > 0) c.flagged++;
      controls.set(item.perturbation, c);
    }
    for (const f of found) {
      const match = expected.find((e) => e.rule === f.rule && f.start < e.end && e.start < f.end);
      const s = stats.get(f.rule);
      if (match) { if (!match.hit) s.tp++; match.hit = true; } else { s.fp++; misses.push(`FP ${f.rule}: “${text.slice(f.start, f.end)}” in “${text.slice(0, 70)}…”`); }
    }
    for (const e of expected) {
      stats.get(e.rule).expected++;
      if (!e.hit) { stats.get(e.rule).fn++; misses.push(`FN ${e.rule}: “${text.slice(e.start, e.end)}” in “${text.slice(Math.max(0, e.start - 40), e.start + 40)}…”`); }
    }
  }
  return { dev, stats, controls, misses };
}

function table(stats, enforce) {
  console.log('rule                 expected   TP   FP   FN  precision  recall');
  for (const [id, s] of stats) {
    if (!enforce && s.expected === 0 && s.fp === 0) continue;
    const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    const recall = s.expected === 0 ? 1 : s.tp / (s.tp + s.fn);
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

// 2. Native English false positives.
const gtPath = join(root, '../shared/corpora/article-extraction-benchmark/ground-truth.json');
if (!existsSync(gtPath)) {
  console.log(`\nNative corpus not found at ${gtPath}; skipped.`);
} else {
  const gt = JSON.parse(readFileSync(gtPath, 'utf8'));
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
  for (const d of docs) { sentences += (d.text.match(/[.!?](\s|$)/g) ?? []).length; chars += d.text.length; }
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
