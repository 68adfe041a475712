#!/usr/bin/env node
// `clean` of two builds, alternated: the command-line run end to end (first pass, worker,
// every stage, records to a pipe), on one or more corpus folders, as issue 20 measures it.
// Usage: node scripts/bench-clean.mjs --base DIR [--head DIR] --corpus FOLDER [--corpus FOLDER …]
//          [--rounds N] [--jobs N] [--save DIR]
//   --base     a checkout of the code to compare with, built (e.g. `git worktree add --detach
//              /tmp/base 1770593^`, node_modules linked, `npm run build` there)
//   --head     the checkout to measure (default: this one); both run their bin/unscrape.js
//   --corpus   a folder of inputs (default: ../shared/corpora/article-extraction-benchmark/html
//              and ../shared/corpora/fundus-news/html)
//   --rounds   runs of each build per corpus, in the order A B, B A, A B … (default 5)
//   --jobs     the --jobs of the runs (default 1)
//   --save     write each build's records (its last run) to DIR/<build>-<corpus>.jsonl, to
//              compare two versions' records byte for byte with cmp
// Each run is timed by /usr/bin/time: wall seconds and CPU seconds (user + sys). On a shared
// machine CPU time is the figure to read; wall time shows what the neighbours left. Prints, per
// corpus and build, the best and the median of both, and MB/s from the median wall time over
// the corpus's bytes as the pipeline reads them (after gunzip) and as files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const all = (name) => args.flatMap((a, i) => (a === name && i + 1 < args.length ? [args[i + 1]] : []));
const one = (name, dflt) => all(name).at(-1) ?? dflt;
const base = one('--base');
if (!base) {
  console.error('usage: node scripts/bench-clean.mjs --base DIR [--head DIR] [--corpus FOLDER …] [--rounds N] [--jobs N] [--save DIR]');
  process.exit(2);
}
const builds = [
  ['base', resolve(base)],
  ['head', resolve(one('--head', here))],
];
const shared = resolve(here, '../shared/corpora');
const corpora = all('--corpus').length > 0 ? all('--corpus').map((c) => resolve(c)) : [join(shared, 'article-extraction-benchmark/html'), join(shared, 'fundus-news/html')];
const rounds = Math.max(1, Number(one('--rounds', '5')));
const jobs = one('--jobs', '1');

/** Bytes of a folder's files, as stored and as the pipeline reads them (gunzipped). */
function sizes(dir) {
  let stored = 0;
  let read = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        stored += statSync(p).size;
        read += e.name.endsWith('.gz') ? gunzipSync(readFileSync(p)).length : statSync(p).size;
      }
    }
  };
  walk(dir);
  return { stored, read };
}

function run(dir, corpus) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, join(dir, 'bin/unscrape.js'), 'clean', '--jobs', jobs, corpus], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${dir}: exit ${r.status}: ${r.stderr}`);
  const [wall, user, sys, rss] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, rss: rss / 1024, records: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f2 = (x) => x.toFixed(2);

console.log(`clean --jobs ${jobs}, ${rounds} alternated rounds; base ${builds[0][1]}, head ${builds[1][1]}; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log('| corpus | build | CPU s best | CPU s median | wall s best | wall s median | MB/s (median wall; gunzipped / as stored) | peak RSS MB |');
console.log('|---|---|---|---|---|---|---|---|');
for (const corpus of corpora) {
  const size = sizes(corpus);
  const runs = Object.fromEntries(builds.map(([name]) => [name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, dir] of i % 2 === 0 ? builds : [...builds].reverse()) runs[name].push(run(dir, corpus));
  }
  const name = corpus.split('/').slice(-2).join('/');
  for (const [build] of builds) {
    const rs = runs[build];
    const wall = median(rs.map((r) => r.wall));
    const mbs = `${f2(size.read / 1e6 / wall)} / ${f2(size.stored / 1e6 / wall)}`;
    console.log(`| ${name} (${f2(size.read / 1e6)} MB) | ${build} | ${f2(Math.min(...rs.map((r) => r.cpu)))} | ${f2(median(rs.map((r) => r.cpu)))} | ${f2(Math.min(...rs.map((r) => r.wall)))} | ${f2(wall)} | ${mbs} | ${Math.round(Math.max(...rs.map((r) => r.rss)))} |`);
  }
  const save = one('--save');
  if (save) {
    mkdirSync(save, { recursive: true });
    for (const [build] of builds) writeFileSync(join(save, `${build}-${name.replaceAll('/', '-')}.jsonl`), runs[build].at(-1).records);
  }
}
