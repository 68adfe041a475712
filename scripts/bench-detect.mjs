#!/usr/bin/env node
// The detection stage alone (`createDetector`, every rule at its default level), in one process
// that loads this checkout's build and, if asked, another built checkout's: the figure behind
// docs/performance.md's "The detectors of issue 21". Reads ../shared (not part of a user's clone).
//
//   npm run build && node scripts/bench-detect.mjs [--base DIR] [--same DIR] [--passes N] [--only RULES]
//
//   --base DIR    another checkout, built (`npx tsc` is enough), timed against this one: passes
//                 alternate A B B A, each pass's CPU time (process.cpuUsage, user + system) is
//                 kept, and best, median and their ratios are printed, with the median of the
//                 rounds' own ratios (paired: the load drifts less within a round); --base may be given
//                 more than once (ratios against the first; the order reverses every round)
//   --same DIR    another built checkout whose findings must be those of this one, record by
//                 record, on the corpus and on every dev fixture (fixtures/dev/*.jsonl, each text;
//                 fixtures/rules/*/*.txt and fixtures/articles/*/input.txt, each file): the
//                 differences are printed and the exit status is 1
//   --passes N    timed passes of each version (default 16)
//   --only RULES  comma-separated rule ids: every other detector off, in both versions
//   --each        then the same for each detector alone (and for none: the language and the
//                 paragraphs), --passes N each
//   --clean       also time a whole `clean` of the same texts in this process (createProcessor,
//                 each text a plain-text document), alternated with this checkout's stage: the
//                 share of a run the stage takes
//   --fresh       clean the corpus again instead of reusing the cached copy
//
// The corpus: the texts `npm run bench` builds its corpus from (the article benchmark's 181
// ground-truth bodies, the WP sample's posts, the example article), each as `unscrape clean`
// (this checkout's) leaves it, cached in $TMPDIR/unscrape-bench-detect/corpus.json. The detectors
// read the cleaned text, split into paragraphs at blank lines as the pipeline does.
// Timings are CPU time, so that a shared machine's other work counts less; a full collection
// runs before each pass, so that one version does not pay for the other's garbage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { paragraphSpans } from '../dist/pipeline/process.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : dflt;
};
/** Every --base (the first is what the ratios are against). */
const baseDirs = process.argv.flatMap((a, i) => (a === '--base' && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const sameDir = arg('--same');
const passes = Math.max(1, Number(arg('--passes', 16)));
let only = arg('--only')?.split(',');
const each = process.argv.includes('--each');
const cacheDir = join(tmpdir(), 'unscrape-bench-detect');
const bin = join(root, 'bin/unscrape.js');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** The corpus's cleaned texts (cached). */
function corpus() {
  const cache = join(cacheDir, 'corpus.json');
  if (existsSync(cache) && !process.argv.includes('--fresh')) return JSON.parse(readFileSync(cache, 'utf8'));
  if (!existsSync(shared)) {
    console.error('bench-detect: needs ../shared (the corpora) beside the project');
    process.exit(2);
  }
  const dir = join(cacheDir, 'plain');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const gt = JSON.parse(readFileSync(join(shared, 'corpora/article-extraction-benchmark/ground-truth.json'), 'utf8'));
  Object.values(gt).forEach((v, i) => writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), `${v.articleBody}\n`));
  writeFileSync(join(dir, 'sample.txt'), readFileSync(join(shared, 'samples/belarus-open-letter.txt')));
  const texts = [];
  // One record per document: their texts hold blank lines, so the text output cannot be split back.
  for (const folder of [dir, join(shared, 'corpora/wp-automatic-sample/posts')]) {
    const r = spawnSync('node', [bin, 'clean', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`clean ${folder} exited ${r.status}: ${r.stderr.slice(-400)}`);
    const records = r.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
    records.sort((a, b) => (a.source.path < b.source.path ? -1 : 1));
    // As `npm run bench`: the posts too short to be articles are left out.
    for (const record of records) if ((record.text ?? '').trim().length > 200 || folder === dir) texts.push(record.text ?? '');
  }
  writeFileSync(cache, JSON.stringify(texts));
  return texts;
}

/** Every dev fixture's text, each a document of its own. */
function fixtures() {
  const docs = [];
  const dev = join(root, 'fixtures/dev');
  for (const f of readdirSync(dev).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dev, f), 'utf8').split('\n')) if (line.trim() !== '') docs.push(JSON.parse(line).text);
  }
  const rules = join(root, 'fixtures/rules');
  for (const d of readdirSync(rules).sort()) {
    for (const f of readdirSync(join(rules, d)).filter((f) => f.endsWith('.txt')).sort()) docs.push(readFileSync(join(rules, d, f), 'utf8'));
  }
  const articles = join(root, 'fixtures/articles');
  for (const d of readdirSync(articles).sort()) {
    const f = join(articles, d, 'input.txt');
    if (existsSync(f)) docs.push(readFileSync(f, 'utf8'));
  }
  return docs;
}

/** A checkout's detection stage at the default levels (less the rules --only leaves out). */
async function load(dir) {
  const { createDetector, detectors, detectRules } = await import(pathToFileURL(join(dir, 'dist/detect/index.js')).href);
  const off = (id) => only !== undefined && !only.includes(id);
  // Since the registry (src/pipeline/registry.ts) a level is a function; before, a record of levels.
  if (existsSync(join(dir, 'dist/pipeline/registry.js'))) {
    const { levelOf } = await import(pathToFileURL(join(dir, 'dist/pipeline/registry.js')).href);
    return createDetector((id) => (off(id) ? 'off' : levelOf(id, {})));
  }
  const ids = (detectors ?? []).map((d) => d.info.id).concat((detectRules ?? []).map((r) => r.id));
  return createDetector(Object.fromEntries(ids.filter(off).map((id) => [id, 'off'])));
}

const docs = corpus().map((text) => ({ text, paragraphs: paragraphSpans(text) }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
console.log(`corpus: ${docs.length} cleaned texts, ${(bytes / 1e6).toFixed(2)} MB, ${docs.reduce((n, d) => n + d.paragraphs.length, 0)} paragraphs`);

const here = await load(root);
let failed = false;
if (sameDir) {
  const other = await load(resolve(sameDir));
  const fixtureDocs = fixtures().map((text) => ({ text, paragraphs: paragraphSpans(text) }));
  let differ = 0;
  let findings = 0;
  for (const [set, list] of [['corpus', docs], ['fixtures', fixtureDocs]]) {
    list.forEach((d, i) => {
      if (d.text === '') return;
      const a = here(d.text, d.paragraphs);
      const b = other(d.text, d.paragraphs);
      findings += a.findings.length;
      const ja = JSON.stringify(a);
      const jb = JSON.stringify(b);
      if (ja === jb) return;
      differ++;
      if (differ <= 10) {
        const sa = new Set(a.findings.map((f) => JSON.stringify(f)));
        const sb = new Set(b.findings.map((f) => JSON.stringify(f)));
        console.log(`differs: ${set} #${i} (lang ${a.lang} / ${b.lang})`);
        for (const f of sa) if (!sb.has(f)) console.log(`  only here:  ${f}`);
        for (const f of sb) if (!sa.has(f)) console.log(`  only there: ${f}`);
      }
    });
  }
  console.log(`findings against ${sameDir}: ${differ === 0 ? 'identical' : `${differ} documents differ`} (${docs.length} corpus texts, ${fixtureDocs.length} fixture texts, ${findings} findings here)`);
  if (differ > 0) failed = true;
}

const pass = (v) => {
  gc();
  const t0 = process.cpuUsage();
  let n = 0;
  for (const d of docs) if (d.text !== '') n += v.detect(d.text, d.paragraphs).findings.length;
  const t = process.cpuUsage(t0);
  return { ms: (t.user + t.system) / 1000, n };
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Time both versions, passes alternated (A B B A …), and print best and median. */
async function compare(heading) {
  const versions = [];
  for (const dir of baseDirs) versions.push({ label: dir, detect: await load(resolve(dir)), times: [] });
  versions.push({ label: 'this checkout', detect: only ? await load(root) : here, times: [] });
  for (const v of versions) pass(v); // warm-up: compiled code, the lazy tables
  for (let round = 0; round < passes; round++) {
    const order = round % 2 === 0 ? versions : [...versions].reverse();
    for (const v of order) v.times.push(pass(v).ms);
  }
  console.log(heading);
  for (const v of versions) {
    v.best = Math.min(...v.times);
    v.median = median(v.times);
    // The ratio of each round's two passes, then their median: a shared machine's load drifts
    // between rounds, less between two passes of one round.
    const paired = median(v.times.map((t, r) => t / versions[0].times[r]));
    const ratio = versions.length > 1 ? `  against base: best ${(v.best / versions[0].best).toFixed(2)}, median ${(v.median / versions[0].median).toFixed(2)}, paired ${paired.toFixed(2)}` : '';
    console.log(`  ${v.label.padEnd(24)} best ${v.best.toFixed(0).padStart(5)}  median ${v.median.toFixed(0).padStart(5)}${ratio}`);
  }
}
await compare(`CPU ms per pass (${passes} passes each, alternated${only ? `, only ${only.join(',')}` : ''}):`);
if (process.argv.includes('--clean')) {
  const { createProcessor } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const processor = createProcessor();
  const inputs = docs.map((d, i) => ({ path: `doc${i}.txt`, data: d.text }));
  const run = () => {
    gc();
    const t0 = process.cpuUsage();
    for (const input of inputs) processor(input);
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  const stage = { detect: here, times: [] };
  run();
  const cleanTimes = [];
  for (let round = 0; round < passes; round++) {
    if (round % 2 === 0) { cleanTimes.push(run()); stage.times.push(pass(stage).ms); } else { stage.times.push(pass(stage).ms); cleanTimes.push(run()); }
  }
  const c = median(cleanTimes);
  const d = median(stage.times);
  console.log(`whole clean of the same texts (createProcessor), this checkout: best ${Math.min(...cleanTimes).toFixed(0)}  median ${c.toFixed(0)} ms per pass; the detection stage ${d.toFixed(0)} (median), ${(100 * d / c).toFixed(1)}% of it`);
}
if (each) {
  const { detectors } = await import(pathToFileURL(join(root, 'dist/detect/index.js')).href);
  for (const id of ['none', ...detectors.map((d) => d.info.id)]) {
    only = [id];
    await compare(`only ${id}:`);
  }
}
process.exit(failed ? 1 : 0);
