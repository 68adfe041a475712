#!/usr/bin/env node
// npm run bench: throughput and memory of `unscrape clean`, side by side with the floor (a bare
// unified + retext-english parse on one thread) and with peers (textlint, alex, write-good),
// all measured in this one run on this machine. Reads ../shared (not part of a user's clone).
//
//   npm run bench                 the full run (~100 MB corpus, 1 GB JSON Lines, 50 MB document)
//   BENCH_MB=20 npm run bench     a quicker run on a smaller corpus
//   BENCH_ROUNDS=4 npm run bench  more rounds of the three corpus runs (default 2)
//   BENCH_ONLY=first-pass node scripts/bench.mjs   only `clean` and the first pass (`learn`) on the corpus
//
// A shared machine's speed drifts (here by a fifth from minute to minute), and a ratio of two
// runs taken minutes apart measures the drift as much as the code. So the bare parse, one worker
// and all cores run in rounds, in alternating order (A B C D, then D C B A, …): each run's time
// is the mean over rounds, which cancels a steady drift, and the spread of rounds is printed too.
//
// The fourth corpus run is the bare parse in one process per core, each parsing its share of the
// files: the speed-up this machine gives a parser that shares nothing, with no pool and no start-up
// worth the name. It is the ceiling against which unscrape's own scaling is to be read.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
// Outside the checkout: `clean` and `learn` skip what .gitignore lists (bench-out/ among it),
// and a corpus written under the project would be skipped, its figures those of an empty run.
const out = resolve(process.env.BENCH_OUT ?? join(tmpdir(), 'unscrape-bench'));
const corpusMb = Number(process.env.BENCH_MB ?? 100);
const streamMb = Number(process.env.BENCH_STREAM_MB ?? 1000);
const docMb = Number(process.env.BENCH_DOC_MB ?? 50);
const peerMb = Number(process.env.BENCH_PEER_MB ?? 3);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
if (!existsSync(shared)) {
  console.error('bench: needs ../shared (the corpora) beside the project');
  process.exit(2);
}
const bin = join(root, 'bin/unscrape.js');

/** Articles as plain text: the benchmark's ground-truth bodies and the WP posts' text. */
function articles() {
  const gt = JSON.parse(readFileSync(join(shared, 'corpora/article-extraction-benchmark/ground-truth.json'), 'utf8'));
  const texts = Object.values(gt).map((v) => v.articleBody);
  const posts = join(shared, 'corpora/wp-automatic-sample/posts');
  // One record per post: their texts hold blank lines, so the text output cannot be split back into posts.
  const r = spawnSync('node', [bin, 'clean', posts], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 0) {
    const bodies = r.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line).text ?? '');
    texts.push(...bodies.filter((t) => t.trim().length > 200));
  }
  texts.push(readFileSync(join(shared, 'samples/belarus-open-letter.txt'), 'utf8'));
  return texts;
}

function buildCorpus(texts) {
  const dir = join(out, 'corpus');
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  for (let copy = 0; bytes < corpusMb * 1e6; copy++) {
    mkdirSync(join(dir, `c${copy}`), { recursive: true });
    texts.forEach((t, i) => {
      const body = `Copy ${copy} of article ${i}\n\n[ad_1]\n\n${t}\n`;
      writeFileSync(join(dir, `c${copy}`, `a${String(i).padStart(4, '0')}.txt`), body);
      bytes += Buffer.byteLength(body);
      files++;
    });
  }
  return { dir, bytes, files };
}

function subset(dir, mb) {
  const sub = join(out, `subset-${mb}`);
  rmSync(sub, { recursive: true, force: true });
  mkdirSync(sub, { recursive: true });
  let bytes = 0;
  for (const f of readdirSync(join(dir, 'c0'))) {
    if (bytes >= mb * 1e6) break;
    const t = readFileSync(join(dir, 'c0', f));
    writeFileSync(join(sub, f), t);
    bytes += t.length;
  }
  return { dir: sub, bytes };
}

/** Run a command under /usr/bin/time; seconds and peak RSS in MB. */
function measure(label, argv, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: options.cwd ?? root, shell: false });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(r.stderr.trim().split('\n').pop()) / 1024;
  if (r.status !== 0 && !options.anyStatus) console.error(`bench: ${label} exited ${r.status}: ${r.stderr.slice(-400)}`);
  return { label, secs, rssMb: rss, status: r.status };
}

function bareParseScript() {
  const file = join(out, 'bare-parse.mjs');
  writeFileSync(file, `
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
// argv: folder [share shares]: parse every shares-th file, starting at the share-th (default all)
const [dir, share = 0, shares = 1] = [process.argv[2], Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 1)];
const p = unified().use(retextEnglish);
let n = 0;
const files = fg.sync('**/*.txt', { cwd: dir, absolute: true }).sort();
for (let i = share; i < files.length; i += shares) n += p.parse(readFileSync(files[i], 'utf8')).children.length;
console.log(n);
`);
  return file;
}

mkdirSync(out, { recursive: true });
const texts = articles();
const corpus = buildCorpus(texts);
const mb = corpus.bytes / 1e6;
console.log(`corpus: ${mb.toFixed(1)} MB in ${corpus.files} plain-text files; ${availableParallelism()} cores`);
const rows = [];
const row = (m, bytes, docs) => {
  const r = { ...m, mbps: bytes / 1e6 / m.secs, docsps: docs / m.secs };
  rows.push(r);
  const spread = m.rounds ? `  (rounds: ${m.rounds.map((secs) => (bytes / 1e6 / secs).toFixed(2)).join(', ')} MB/s)` : '';
  console.log(`${m.label.padEnd(40)} ${r.mbps.toFixed(2).padStart(7)} MB/s ${r.docsps.toFixed(0).padStart(6)} docs/s  peak RSS ${m.rssMb.toFixed(0)} MB${spread}`);
  return r;
};
/** The corpus runs, `rounds` times in alternating order; each keeps its mean time and its highest peak RSS. */
const bareScript = bareParseScript();
const cores = availableParallelism();
const shares = Array.from({ length: cores }, (_, i) => `node ${bareScript} ${corpus.dir} ${i} ${cores} > /dev/null &`).join(' ');
const corpusRuns = [
  ['bare retext-english parse, 1 thread', ['node', bareScript, corpus.dir]],
  ['unscrape clean --jobs 1', ['bash', '-c', `node ${bin} clean --jobs 1 ${corpus.dir} > /dev/null`]],
  [`unscrape clean (default: ${cores} workers)`, ['bash', '-c', `node ${bin} clean ${corpus.dir} > /dev/null`]],
  [`bare parse, ${cores} processes (1/${cores} each)`, ['bash', '-c', `${shares} wait`]],
  // What `clean` and `check` do first on files and folders (see src/run/learn.ts), alone.
  ['first pass alone (unscrape learn)', ['bash', '-c', `node ${bin} learn ${corpus.dir} -o /dev/null`]],
];
const only = process.env.BENCH_ONLY === 'first-pass' ? new Set([2, 4]) : undefined;
const times = corpusRuns.map(() => []);
for (let round = 0; round < rounds; round++) {
  const order = corpusRuns.map((_, i) => i).filter((i) => !only || only.has(i));
  if (round % 2 === 1) order.reverse();
  for (const i of order) times[i].push(measure(...corpusRuns[i]));
}
const [bare, one, all, bareAll, firstPass] = corpusRuns.map(([label], i) => {
  if (times[i].length === 0) return undefined;
  const secs = times[i].map((m) => m.secs);
  const mean = { label, secs: secs.reduce((a, b) => a + b, 0) / secs.length, rssMb: Math.max(...times[i].map((m) => m.rssMb)), status: times[i].find((m) => m.status !== 0)?.status ?? 0, rounds: secs };
  return row(mean, corpus.bytes, corpus.files);
});

// The first pass's share of a `clean` run, which includes it (issue 19: at most 10%; startup included).
console.log(`first pass / clean (all cores): ${(100 * firstPass.secs / all.secs).toFixed(1)}% of the run's time`);
if (only) process.exit(0);

const peers = subset(corpus.dir, peerMb);
const peerDocs = readdirSync(peers.dir).length;
const bins = join(root, 'node_modules/.bin');
writeFileSync(join(out, '.textlintrc.json'), JSON.stringify({ rules: { 'sentence-length': { max: 60 }, 'max-comma': true, terminology: true } }));
const textlint = row(measure(`textlint (3 rules) on ${(peers.bytes / 1e6).toFixed(1)} MB`, [join(bins, 'textlint'), '--config', join(out, '.textlintrc.json'), '--format', 'json', '--output-file', join(out, 'textlint.json'), peers.dir], { anyStatus: true }), peers.bytes, peerDocs);
const alex = row(measure(`alex on ${(peers.bytes / 1e6).toFixed(1)} MB`, ['bash', '-c', `${join(bins, 'alex')} --text ${peers.dir} > /dev/null 2>&1; true`], { anyStatus: true }), peers.bytes, peerDocs);
const writeGood = row(measure(`write-good on ${(peers.bytes / 1e6).toFixed(1)} MB`, ['bash', '-c', `${join(bins, 'write-good')} ${peers.dir}/*.txt > /dev/null 2>&1; true`], { anyStatus: true }), peers.bytes, peerDocs);

// Memory: a JSON Lines stream far larger than memory should need, and one large document.
const big = join(out, 'stream.jsonl');
const streamDocs = await new Promise((done) => {
  const ws = createWriteStream(big);
  let bytes = 0;
  let i = 0;
  const pump = () => {
    while (bytes < streamMb * 1e6) {
      const line = JSON.stringify({ id: i, text: texts[i % texts.length] }) + '\n';
      i++;
      bytes += line.length;
      if (!ws.write(line)) return ws.once('drain', pump);
    }
    ws.end(() => done(i));
  };
  pump();
});
const streamBytes = statSync(big).size;
const stream = row(measure(`JSON Lines stream ${(streamBytes / 1e6).toFixed(0)} MB on stdin`, ['bash', '-c', `node ${bin} clean - < ${big} > /dev/null`]), streamBytes, streamDocs);
const learnStream = row(measure(`unscrape learn on the ${(streamBytes / 1e6).toFixed(0)} MB stream`, ['bash', '-c', `node ${bin} learn ${big} -o /dev/null`]), streamBytes, streamDocs);
rmSync(big, { force: true });
const large = join(out, 'large.txt');
let largeText = 'A large document\n\n';
for (let i = 0; largeText.length < docMb * 1e6; i++) largeText += texts[i % texts.length] + '\n\n';
writeFileSync(large, largeText);
const single = row(measure(`one ${(largeText.length / 1e6).toFixed(0)} MB document`, ['bash', '-c', `node ${bin} clean ${large} > /dev/null`]), largeText.length, 1);
rmSync(large, { force: true });

const ratios = {
  'clean (all cores) / bare parse': all.mbps / bare.mbps,
  'clean (all cores) / clean (1 worker)': all.mbps / one.mbps,
  'bare parse: all cores / 1 thread': bareAll.mbps / bare.mbps,
  'clean (all cores) / textlint': all.mbps / textlint.mbps,
  'clean (all cores) / alex': all.mbps / alex.mbps,
  'clean (all cores) / write-good': all.mbps / writeGood.mbps,
  'first pass / clean (all cores), time': firstPass.secs / all.secs,
};
console.log(`\nratios (corpus runs: mean of ${rounds} rounds):`);
for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(40)} ${v.toFixed(2)}x`);
console.log(`peak RSS: ${stream.rssMb.toFixed(0)} MB for the ${(streamBytes / 1e6).toFixed(0)} MB stream (learn: ${learnStream.rssMb.toFixed(0)} MB), ${single.rssMb.toFixed(0)} MB for the ${(largeText.length / 1e6).toFixed(0)} MB document (goal <= 300)`);
writeFileSync(join(out, 'bench.json'), JSON.stringify({ corpusMb: mb, files: corpus.files, rows, ratios }, null, 2));
