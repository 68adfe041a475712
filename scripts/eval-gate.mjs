#!/usr/bin/env node
// The evaluation gate (CI runs it after the tests): measures quality on what the repository
// holds and fails when a figure falls below the floor pinned in fixtures/eval/floors.json.
//   extraction.*        word-4-gram F1, precision, recall (scripts/score-extraction.mjs) of the
//                       records' text on the sample pages fixtures/eval/html (the CLI, as a user runs it)
//   dev.<rule>.*        per rule precision and recall on fixtures/dev/dev.jsonl (as `npm run eval`)
//   perturbed.<rule>.*  the same on fixtures/dev/perturbed.jsonl
//   pronouns.<rule>.*, pronouns-heldout.<rule>.*  the same on the pronoun perturbations (tuning, held out)
//   mt.<rule>.*         per rule precision and recall on real MT (fixtures/dev/mt-apertium.jsonl, both halves)
//   controls.<kind>     share of its unperturbed controls that draw any warning or error (a ceiling)
//   native.per1000      warnings and errors per 1000 sentences of native English news: the 181
//                       ground-truth bodies in fixtures/eval, cleaned by the CLI (a ceiling)
//   wrapped.words-kept  the same bodies folded at 72 columns, cleaned: their words kept, against
//                       the words the bodies as they are keep
// No timings. Run `npm run build` first.
// Usage: node scripts/eval-gate.mjs [--floors FILE] [--pin [--margin 0.005]]
//   --floors FILE  compare with these floors instead of fixtures/eval/floors.json
//   --pin          write today's figures, less the margin (ceilings: plus it), as the floors file
// Exit 0: every figure at or above its floor; 1: a figure fell (named on stderr); 2: the gate
// could not measure (not built, sample incomplete, bad floors file).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { fold } from './fold.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : dflt;
};
const floorsPath = resolve(arg('--floors', join(root, 'fixtures/eval/floors.json')));
const pin = process.argv.includes('--pin');
const margin = Number(arg('--margin', '0.005'));
const fatal = (message) => {
  console.error(`eval gate: ${message}`);
  process.exit(2);
};
if (!(margin >= 0)) fatal(`--margin must be a number >= 0, not ${arg('--margin')}`);

for (const built of ['dist/detect/index.js', 'bundle/cli.js']) {
  if (!existsSync(join(root, built))) fatal(`${built} is missing: run \`npm run build\` first`);
}
const { createDetector, detectors } = await import('../dist/detect/index.js');
const { levelOf } = await import('../dist/pipeline/registry.js');
const detectRules = detectors.map((d) => d.info);
const { counts, rates, readGroundTruth, readPagesDev, scoreDevSet, scorePagesDev, scorePlainDev, sentenceCount } = await import('./eval-lib.mjs');
const { evaluate } = await import('./score-extraction.mjs');

/** The pinned floors: name -> { min } or { max }. */
function readFloors() {
  try {
    const floors = JSON.parse(readFileSync(floorsPath, 'utf8')).floors;
    if (!floors || typeof floors !== 'object') throw new Error('no "floors" object');
    for (const [name, bound] of Object.entries(floors)) {
      if (typeof bound?.min !== 'number' && typeof bound?.max !== 'number') throw new Error(`${name}: neither "min" nor "max" is a number`);
    }
    return floors;
  } catch (e) {
    return fatal(`cannot read floors from ${floorsPath}: ${e.message}`);
  }
}
// Read before measuring, so that a bad floors file fails at once.
let pinned = pin ? {} : readFloors();

/** Figures: name -> { value, better: 'higher' | 'lower', note }. */
const figures = new Map();
const add = (name, value, better, note = '') => figures.set(name, { value, better, note });

/** A reason the gate could not measure (exit 2), raised inside the measuring block so that its temporary folder goes. */
class Unmeasurable extends Error {}
const cannot = (message) => {
  throw new Unmeasurable(message);
};

const work = mkdtempSync(join(tmpdir(), 'unscrape-eval-gate-'));
/** `unscrape clean` over a folder, from a folder with no configuration: the records by file id. */
function cleanFolder(dir, out) {
  const r = spawnSync(process.execPath, [join(root, 'bin/unscrape.js'), 'clean', '--no-ignore', '--quiet', dir, '-o', out], { cwd: work, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) cannot(`unscrape clean ${dir} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const records = new Map();
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (record.error) cannot(`${record.source?.path}: ${record.error.code}: ${record.error.message}`);
    records.set(basename(record.source.path).split('.')[0], record);
  }
  return records;
}

let unmeasurable;
try {
  const gt = readGroundTruth();

  // 1. Extraction on the sample pages.
  const htmlDir = join(root, 'fixtures/eval/html');
  const ids = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).map((f) => f.split('.')[0]);
  if (ids.length === 0 || ids.some((id) => !(id in gt))) cannot('fixtures/eval/html is empty or holds a page without ground truth');
  const pages = cleanFolder(htmlDir, join(work, 'extraction.jsonl'));
  if (pages.size !== ids.length) cannot(`${pages.size} records for ${ids.length} sample pages`);
  const truth = Object.fromEntries(ids.map((id) => [id, gt[id]]));
  const preds = Object.fromEntries(ids.map((id) => [id, { articleBody: pages.get(id)?.text ?? '' }]));
  const { metrics } = evaluate(truth, preds);
  const pagesNote = `${ids.length} pages`;
  add('extraction.f1', metrics.f1, 'higher', pagesNote);
  add('extraction.precision', metrics.precision, 'higher', pagesNote);
  add('extraction.recall', metrics.recall, 'higher', pagesNote);

  // 1b. Page kinds the benchmarks lack (fixtures/pages-dev): passages of each page's main content
  // found, passages of its boilerplate kept (scripts/eval-snippets.mjs lists them).
  const kindsDir = join(work, 'pages-dev');
  mkdirSync(kindsDir);
  const kinds = readPagesDev();
  for (const { page } of kinds) copyFileSync(join(root, 'fixtures', 'pages-dev', page), join(kindsDir, page));
  const kindRecords = cleanFolder(kindsDir, join(work, 'pages-dev.jsonl'));
  if (kindRecords.size !== kinds.length) cannot(`${kindRecords.size} records for ${kinds.length} pages of fixtures/pages-dev`);
  const { found, mains, leaks, boiler } = scorePagesDev((id) => kindRecords.get(id)).total;
  add('page-kinds.recall', found / mains, 'higher', `${found} of ${mains} main passages, ${kinds.length} pages`);
  add('page-kinds.leaks', leaks / boiler, 'lower', `${leaks} of ${boiler} boilerplate passages`);

  // 1c. Plain text no rule was written for (fixtures/plain-dev): junk lines left, article lines
  // removed and article sentences lost (scripts/eval-plain-dev.mjs lists them), the folder cleaned
  // as a user cleans it, so that repeated-line learns each site's template.
  const plainDir = join(root, 'fixtures', 'plain-dev');
  const plainRun = spawnSync(process.execPath, [join(root, 'bin/unscrape.js'), 'clean', '--no-ignore', '--quiet', '.'], { cwd: plainDir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (plainRun.status !== 0 && plainRun.status !== 1) cannot(`unscrape clean fixtures/plain-dev exited ${plainRun.status}: ${plainRun.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const plain = scorePlainDev(plainRun.stdout.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)), plainDir).all;
  if (!plain || plain.docs === 0) cannot('no records for fixtures/plain-dev');
  add('plain-dev.residue', plain.left / plain.junk, 'lower', `${plain.left} of ${plain.junk} junk lines left, ${plain.docs} documents`);
  add('plain-dev.removed', plain.removed / plain.article, 'lower', `${plain.removed} of ${plain.article} article lines removed`);
  add('plain-dev.lost', plain.lost / plain.sentences, 'lower', `${plain.lost} of ${plain.sentences} article sentences lost`);

  // 2. The detectors on the dev sets.
  // Every rule at its default level, as a run without configuration has it.
  const detect = createDetector((id) => levelOf(id, {}));
  for (const [set, file] of [['dev', 'dev.jsonl'], ['perturbed', 'perturbed.jsonl'], ['pronouns', 'pronouns.jsonl'], ['pronouns-heldout', 'pronouns-heldout.jsonl']]) {
    const { stats, controls } = scoreDevSet(file, detect);
    for (const rule of detectRules.map((r) => r.id)) {
      const s = stats.get(rule);
      const { precision, recall } = rates(s);
      add(`${set}.${rule}.precision`, precision, 'higher', `${s.tp} TP, ${s.fp} FP`);
      if (s.expected > 0) add(`${set}.${rule}.recall`, recall, 'higher', `${s.tp}/${s.expected}`);
    }
    for (const [kind, c] of controls) add(set.startsWith('pronouns') ? `controls.${set}.${kind}` : `controls.${kind}`, c.flagged / c.n, 'lower', `${c.flagged}/${c.n} flagged`);
  }
  {
    const { stats } = scoreDevSet('mt-apertium.jsonl', detect);
    for (const rule of detectRules.map((r) => r.id)) {
      const s = stats.get(rule);
      const { precision, recall } = rates(s);
      add(`mt.${rule}.precision`, precision, 'higher', `${s.tp} TP, ${s.fp} FP`);
      if (s.expected > 0) add(`mt.${rule}.recall`, recall, 'higher', `${s.tp}/${s.expected}`);
    }
  }

  // 3. Native English: warnings and errors on the ground-truth bodies, cleaned as text files.
  const nativeDir = join(work, 'native');
  mkdirSync(nativeDir);
  let sentences = 0;
  for (const [id, v] of Object.entries(gt)) {
    writeFileSync(join(nativeDir, `${id}.txt`), v.articleBody);
    sentences += sentenceCount(v.articleBody);
  }
  const native = cleanFolder(nativeDir, join(work, 'native.jsonl'));
  if (native.size !== Object.keys(gt).length) cannot(`${native.size} records for ${Object.keys(gt).length} native bodies`);
  const alarms = [];
  for (const [id, record] of native) {
    for (const f of (record.findings ?? []).filter(counts)) alarms.push(`${id.slice(0, 12)} ${f.rule}: ${String(f.excerpt ?? '').slice(0, 70)}`);
  }
  add('native.per1000', (1000 * alarms.length) / sentences, 'lower', `${alarms.length} on ${sentences} sentences`);
  if (process.env.EVAL_VERBOSE) for (const a of alarms) console.log(`  native FP ${a}`);

  // 4. The same bodies hard-wrapped: each paragraph folded at 72 columns (as `fold -s -w 72` or a
  // mail archive writes it), cleaned; the words kept, against the words kept of the bodies as
  // they are (a line rule that takes a wrapped sentence's last line loses words).
  const wrappedDir = join(work, 'wrapped');
  mkdirSync(wrappedDir);
  for (const [id, v] of Object.entries(gt)) writeFileSync(join(wrappedDir, `${id}.txt`), v.articleBody.split('\n').map((p) => fold(p, 72)).join('\n\n'));
  const wrapped = cleanFolder(wrappedDir, join(work, 'wrapped.jsonl'));
  if (wrapped.size !== native.size) cannot(`${wrapped.size} records for ${native.size} wrapped bodies`);
  const words = (t) => (t ?? '').split(/\s+/u).filter((w) => w !== '').length;
  let kept = 0;
  let expected = 0;
  for (const [id, record] of native) {
    const n = words(record.text);
    expected += n;
    kept += Math.min(n, words(wrapped.get(id)?.text));
  }
  add('wrapped.words-kept', expected === 0 ? 1 : kept / expected, 'higher', `${kept} of ${expected} words`);
} catch (e) {
  if (!(e instanceof Unmeasurable)) throw e;
  unmeasurable = e.message;
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (unmeasurable) fatal(unmeasurable);

// Pin: today's figures, less the margin for figures where higher is better, plus it for ceilings.
if (pin) {
  const floors = {};
  for (const [name, f] of figures) {
    floors[name] = f.better === 'higher'
      ? { min: Math.max(0, Math.floor((f.value - margin) * 1000) / 1000) }
      : { max: Math.ceil((f.value + margin) * 1000) / 1000 };
  }
  const about = `Floors of \`npm run eval:gate\` (docs/evaluation.md): the figures of ${new Date().toISOString().slice(0, 10)} less ${margin} (ceilings: plus ${margin}). Re-pin with \`node scripts/eval-gate.mjs --pin\` only after a change meant to move them, and say why in the commit.`;
  // One floor a line, so that a re-pin's diff reads as a list of figures.
  const lines = Object.entries(floors).map(([name, bound]) => `    ${JSON.stringify(name)}: ${JSON.stringify(bound).replace(/:/g, ': ')}`);
  writeFileSync(floorsPath, `{\n  "about": ${JSON.stringify(about)},\n  "margin": ${margin},\n  "floors": {\n${lines.join(',\n')}\n  }\n}\n`);
  console.log(`eval gate: ${figures.size} floors written to ${floorsPath}`);
  pinned = readFloors();
}

const fell = [];
const unpinned = [];
const f3 = (x) => x.toFixed(3);
console.log(`${'figure'.padEnd(40)} ${'value'.padStart(7)}  ${'floor'.padEnd(9)}  status`);
for (const [name, f] of figures) {
  const floor = pinned[name];
  let bound = '';
  let status = 'ok';
  if (!floor) {
    status = 'no floor';
    unpinned.push(name);
  } else if (typeof floor.min === 'number') {
    bound = `>= ${f3(floor.min)}`;
    if (f.value < floor.min) status = 'FELL';
  } else {
    bound = `<= ${f3(floor.max)}`;
    if (f.value > floor.max) status = 'FELL';
  }
  if (status === 'FELL') fell.push(`${name} ${f3(f.value)} (floor ${bound})`);
  console.log(`${name.padEnd(40)} ${f3(f.value).padStart(7)}  ${bound.padEnd(9)}  ${status}${f.note ? `  (${f.note})` : ''}`);
}
const lost = Object.keys(pinned).filter((name) => !figures.has(name));

if (unpinned.length) console.log(`\n${unpinned.length} figure(s) without a floor (new rule?): pin them with \`node scripts/eval-gate.mjs --pin\`.`);
if (fell.length || lost.length) {
  console.error('');
  if (fell.length) console.error(`eval gate: FAILED: ${fell.length} figure(s) fell below the floor pinned in ${floorsPath}:\n  ${fell.join('\n  ')}`);
  if (lost.length) console.error(`eval gate: FAILED: floor(s) pinned for figure(s) no longer measured (rule renamed or removed? re-pin): ${lost.join(', ')}`);
  console.error('A change meant to move a figure re-pins the floors (docs/evaluation.md).');
  process.exit(1);
}
console.log(`\neval gate: ${figures.size - unpinned.length} figures at or above their floors.`);
