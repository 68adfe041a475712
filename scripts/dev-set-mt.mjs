#!/usr/bin/env node
// Write fixtures/dev/mt-apertium.jsonl: real machine translation, Spanish news into English by
// Apertium (rule-based, Debian's apertium 3.8.3 with apertium-eng-spa 0.8.1), one item per article,
// labelled by hand with the rule and span of every error of a kind the detectors are named for
// (scripts/data/mt-apertium-labels.json; how it was labelled: fixtures/dev/SOURCES.md).
//
// Source: the 10 Spanish articles of ../shared/corpora/fundus-news (ground-truth bodies, one
// paragraph per blank-line block). Articles are split by id into a tuning half and a held-out
// half (`split`), alternately in id order.
//
// The translations are committed, so `npm run eval` needs neither Apertium nor ../shared. This
// script re-creates them (apt-get install apertium apertium-eng-spa) and fails when a label no
// longer lies on its span.
//
// Usage, from the repository root: node scripts/dev-set-mt.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '../shared/corpora/fundus-news');
const labelsFile = join(root, 'scripts/data/mt-apertium-labels.json');
const out = join(root, 'fixtures/dev/mt-apertium.jsonl');

const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
const pages = JSON.parse(readFileSync(join(corpus, 'pages.json'), 'utf8')).filter((p) => /^es\b/.test(p.lang ?? ''));
pages.sort((a, b) => (a.id < b.id ? -1 : 1));
const labels = JSON.parse(readFileSync(labelsFile, 'utf8'));
/** Labels of these kinds are a rule's; the others (a pronoun wrong in a way no rule is named for) only count as errors. */
const ruleKinds = new Set(['pronoun-number', 'pronoun-gender', 'repeated-word', 'repeated-phrase', 'unbalanced-quote', 'name-variant']);

/** Spanish to English, paragraph by paragraph (`-u`: unknown words are not marked with `*`). */
function translate(paragraphs) {
  // Through files: the apertium script reads a pipe from Node as an empty input.
  const dir = mkdtempSync(join(tmpdir(), 'dev-set-mt-'));
  writeFileSync(join(dir, 'in.txt'), paragraphs.join('\n\n') + '\n');
  const r = spawnSync('apertium', ['-u', 'spa-eng', join(dir, 'in.txt'), join(dir, 'out.txt')], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`apertium failed (apt-get install apertium apertium-eng-spa): ${r.error?.message ?? r.stderr}`);
  const english = readFileSync(join(dir, 'out.txt'), 'utf8').trim().split(/\n\n+/).map((p) => p.replace(/\s+/g, ' ').trim());
  rmSync(dir, { recursive: true, force: true });
  if (english.length !== paragraphs.length) throw new Error(`apertium gave ${english.length} paragraphs for ${paragraphs.length}`);
  return english;
}

const lines = [];
pages.forEach((page, i) => {
  const spanish = String(truth[page.id].articleBody).split(/\n\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = translate(spanish).join('\n\n');
  const errors = (labels[page.id] ?? []).map((l) => {
    if (text.slice(l.at, l.at + l.span.length) !== l.span) throw new Error(`${page.id}: label ${l.kind} “${l.span}” is not at ${l.at}`);
    return { kind: l.kind, span: l.span, at: l.at };
  });
  // What a rule is named for is expected of it; every labelled error counts where a warning lands.
  const expect = errors.filter((e, k) => ruleKinds.has(e.kind) || labels[page.id][k].judged).map((e) => ({ rule: e.kind, span: e.span, at: e.at }));
  lines.push(JSON.stringify({ text, expect, errors, kind: 'mt', split: i % 2 ? 'heldout' : 'tuning', source: page.id, url: page.url, spanish: spanish.join('\n\n') }));
});
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${lines.length} articles, ${lines.reduce((n, l) => n + JSON.parse(l).errors.length, 0)} labelled error spans`);
