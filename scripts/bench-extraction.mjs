#!/usr/bin/env node
// Extraction benchmark: runs the built HTML extractor (dist/extract/index.js) over a corpus
// of pages (html/<id>.html[.gz] + ground-truth.json {id: {articleBody, url}}), scores the
// predictions against THAT corpus's ground truth with the shared scorer and prints
// F1 / precision / recall / accuracy, per-language and per-site slices, and throughput
// (extraction only, one core).
// Usage: npm run bench:extraction [-- --corpus DIR --scorer PATH --out DIR --passes N --baseline PAGES.json]
//   --corpus    default ../shared/corpora/article-extraction-benchmark
//   --scorer    a module exporting evaluate(gt, pred) (default ../shared/bench/score-extraction.mjs)
//   --passes    timed passes (default 3, median reported)
//   --baseline  an earlier OUT/extraction-pages.json: prints the pages that got worse or better
// Languages come from the corpus's pages.json (`lang`, as fundus-news has) when there is one,
// else from the page's own `<html lang>` (meta.lang); sites are the URL's host without "www.".
// Writes OUT/extraction-preds.json, OUT/extraction-score.json (overall and every slice) and
// OUT/extraction-pages.json (per page: F1, precision, recall, sizes, lang, site, url; worst first).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractHtml } from '../dist/extract/index.js';
import { corpusPages, decodePage } from './corpus.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const shared = resolve(arg('--shared', process.env.UNSCRAPE_SHARED ?? '../shared'));
const corpus = resolve(arg('--corpus', join(shared, 'corpora/article-extraction-benchmark')));
const scorerPath = resolve(arg('--scorer', join(shared, 'bench/score-extraction.mjs')));
const out = resolve(arg('--out', 'bench-out'));
const passes = Math.max(1, Number(arg('--passes', '3')));
const baselinePath = arg('--baseline', undefined);
mkdirSync(out, { recursive: true });

const { evaluate } = await import(pathToFileURL(scorerPath).href);
if (typeof evaluate !== 'function') {
  console.error(`${scorerPath} does not export evaluate(gt, pred)`);
  process.exit(2);
}
const gt = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
const pagesInfo = new Map();
if (existsSync(join(corpus, 'pages.json'))) {
  const p = JSON.parse(readFileSync(join(corpus, 'pages.json'), 'utf8'));
  for (const r of Array.isArray(p) ? p : Object.entries(p).map(([id, v]) => ({ id, ...v }))) pagesInfo.set(r.id, r);
}

const docs = [...corpusPages(corpus)].map(({ id, bytes }) => ({ id, bytes: bytes.length, html: decodePage(bytes) })).filter((d) => d.id in gt);

const preds = {};
const langs = {};
// one warm-up pass so the timed passes measure steady-state throughput
for (const d of docs.slice(0, 20)) extractHtml(d.html);
// timed passes, median reported: a shared machine makes single runs noisy
// (CPU time too: on a loaded machine wall time measures the neighbours)
const times = [];
const cpuTimes = [];
for (let pass = 0; pass < passes; pass++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const d of docs) {
    const x = extractHtml(d.html);
    preds[d.id] = { articleBody: x.text };
    langs[d.id] = x.meta.lang;
  }
  const c = process.cpuUsage(c0);
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  cpuTimes.push((c.user + c.system) / 1e6);
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const secs = median(times);
const cpuSecs = median(cpuTimes);
const bytes = docs.reduce((a, d) => a + d.bytes, 0);
writeFileSync(join(out, 'extraction-preds.json'), JSON.stringify(preds));

const langOf = (id) => String(pagesInfo.get(id)?.lang ?? langs[id] ?? '?').toLowerCase().split(/[-_]/)[0] || '?';
const siteOf = (id) => {
  const host = pagesInfo.get(id)?.host;
  if (host) return String(host).replace(/^www\./, '');
  try {
    return new URL(gt[id]?.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return '?';
  }
};
const opts = { nBootstrap: 200, seed: 1 };
const { metrics: score, perDoc } = evaluate(gt, preds, opts);
const sliceScore = (ids) => {
  const sub = Object.fromEntries(ids.map((id) => [id, gt[id]]));
  return evaluate(sub, preds, { ...opts, nBootstrap: 0, allowMissing: true }).metrics;
};
const group = (key) => {
  const m = new Map();
  for (const id of Object.keys(gt)) {
    const k = key(id);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(id);
  }
  return m;
};
const byLang = group(langOf);
const bySite = group(siteOf);
const langSlices = {};
for (const [k, ids] of [...byLang].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) langSlices[k] = sliceScore(ids);
const restIds = Object.keys(gt).filter((id) => !['de', 'en'].includes(langOf(id)));
const mainSlices = { de: langSlices.de, en: langSlices.en, rest: restIds.length ? sliceScore(restIds) : undefined };
const siteSlices = {};
for (const [k, ids] of bySite) siteSlices[k] = sliceScore(ids);
writeFileSync(join(out, 'extraction-score.json'), JSON.stringify({ corpus, all: score, langMain: mainSlices, lang: langSlices, site: siteSlices }, null, 2));

const pages = Object.entries(perDoc).map(([id, r]) => {
  const f1 = r.precision + r.recall > 0 ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0;
  return { id, f1, precision: r.precision, recall: r.recall, exact: r.exact, predChars: preds[id]?.articleBody.length ?? 0, trueChars: gt[id]?.articleBody.length ?? 0, lang: langOf(id), site: siteOf(id), url: gt[id]?.url };
}).sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id));
writeFileSync(join(out, 'extraction-pages.json'), JSON.stringify(pages, null, 2));

const f = (x) => (x === undefined || Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const row = (name, m, n) => `  ${name.padEnd(22)} ${String(n).padStart(4)}  F1 ${f(m.f1)}  P ${f(m.precision)}  R ${f(m.recall)}`;
console.log(`corpus ${corpus}`);
console.log(`F1 ${f(score.f1)} ± ${f(score.f1_std)}  precision ${f(score.precision)}  recall ${f(score.recall)}  accuracy ${f(score.accuracy)}  (${score.n} pages)`);
console.log('by language (de, en, rest):');
for (const [k, m] of Object.entries(mainSlices)) if (m) console.log(row(k, m, m.n));
console.log('by language:');
for (const [k, m] of Object.entries(langSlices)) console.log(row(k, m, m.n));
const sites = Object.entries(siteSlices).sort((a, b) => a[1].f1 - b[1].f1);
console.log(`by site: ${sites.length} sites; the 10 weakest:`);
for (const [k, m] of sites.slice(0, 10)) console.log(row(k, m, m.n));
console.log(`speed ${(docs.length / secs).toFixed(1)} pages/s  ${(bytes / 1e6 / secs).toFixed(1)} MB/s wall, ${(bytes / 1e6 / cpuSecs).toFixed(1)} MB/s of CPU time  (${(bytes / 1e6).toFixed(1)} MB, median of ${passes} passes, extraction only, one thread; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB with every page held in memory)`);
console.log(`worst: ${pages.slice(0, 5).map((p) => `${p.id.slice(0, 24)} ${f(p.f1)}`).join(', ')}  (all in ${join(out, 'extraction-pages.json')})`);
if (baselinePath) {
  const before = new Map(JSON.parse(readFileSync(baselinePath, 'utf8')).map((p) => [p.id, p]));
  const diffs = pages.filter((p) => before.has(p.id)).map((p) => ({ p, d: p.f1 - before.get(p.id).f1 })).filter((x) => Math.abs(x.d) >= 0.005);
  diffs.sort((a, b) => a.d - b.d);
  const worse = diffs.filter((x) => x.d < 0);
  const better = diffs.filter((x) => x.d > 0).reverse();
  console.log(`against ${baselinePath}: ${better.length} pages better, ${worse.length} worse (|ΔF1| ≥ 0.005)`);
  for (const { p, d } of worse.slice(0, 15)) console.log(`  worse  ${d.toFixed(3)}  ${f(p.f1)}  ${p.id}`);
  for (const { p, d } of better.slice(0, 15)) console.log(`  better +${d.toFixed(3)}  ${f(p.f1)}  ${p.id}`);
}
