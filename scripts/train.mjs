#!/usr/bin/env node
// Train the line classifier (src/clean/line-classifier.ts) and write its weights to
// src/clean/lists/line-model.ts. `npm run train` (builds first: the features are the built
// dist/clean/line-features.js, the very code the rule runs).
//
// Data: every page of ../shared/corpora/article-extraction-benchmark and
// ../shared/corpora/fundus-news, rendered with cheerio to its visible text lines (block
// elements end a line), each line labelled by whether it belongs to the page's ground-truth
// body (normalized text matched against the body's paragraphs and word trigrams); lines that
// are partly body, and the page's title, are left out. A scraped plain text holds the article
// and what surrounds it, not the page's menus: only the lines from `margin` lines above the
// body's first line to `margin` below its last are kept.
// Split: by site (a seeded hash of the URL's host): `heldOutShare` of the hosts are held out;
// the thresholds are set on them, and the figures printed are theirs.
// Model: gradient-boosted trees (depth 3, logistic loss) on binned features, a fixed number of
// rounds: deterministic, no random numbers. Thresholds and leaf values are rounded as they are
// made, so that the file is the same byte for byte on every run.
//
// Usage: node scripts/train.mjs [--check]   (--check: compare with the committed file, exit 1 if it differs)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { features, lineFeatures, documentLanguage, languageCode, stacked, stackedFeatures, protectedLines } from '../dist/clean/line-features.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = ['article-extraction-benchmark', 'fundus-news'].map((c) => join(root, '..', 'shared', 'corpora', c));
const out = join(root, 'src', 'clean', 'lists', 'line-model.ts');
const seed = 'unscrape-line-classifier-1';
const heldOutShare = 0.25;
const margin = 12;
const rounds = 200;
const maxDepth = 3;
const minLeaf = 20;
const lambda = 1;
const shrinkage = 0.15;
const minGain = 1e-3;
const bins = 24;
/** Removal: the lowest threshold at which held-out precision stays at or above this. */
const removePrecision = 0.99;
/** An info finding: the same, at this precision. */
const infoPrecision = 0.95;

for (const c of corpora) if (!existsSync(c)) { console.error(`train: ${c} not found (the training data is in ../shared)`); process.exit(2); }

// 1. Render pages to lines.
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'label']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'head', 'title', 'meta', 'link', 'select', 'option', 'textarea', 'input', 'button']);
const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The visible text lines of a page: each block element's text, blanks collapsed. */
function render(html) {
  const $ = load(html);
  const lines = [];
  let buffer = '';
  const flush = () => {
    const t = buffer.replace(/\s+/gu, ' ').trim();
    if (t) lines.push(t);
    buffer = '';
  };
  const stack = [$.root()[0]];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === 'flush') { flush(); continue; }
    if (node.type === 'text') { buffer += node.data; continue; }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const name = node.name?.toLowerCase();
    if (name && SKIP.has(name)) continue;
    if (node.attribs && ('hidden' in node.attribs || hidden.test(node.attribs.style ?? '') || node.attribs['aria-hidden'] === 'true')) continue;
    if (name === 'br') { flush(); continue; }
    const block = name !== undefined && !INLINE.has(name);
    if (block) { flush(); stack.push('flush'); }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  const title = $('title').first().text();
  const h1 = $('h1').first().text();
  const og = $('meta[property="og:title"]').attr('content') ?? '';
  return { lines, titles: [title, h1, og].map(norm).filter(Boolean) };
}

/** Lower case, letters and digits only, one space between words. */
function norm(s) {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function trigrams(words) {
  const out = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** 1 body, 0 not body, undefined left out (partly body, or the page's title). */
function labeller(body, titles) {
  const paragraphs = new Set(body.split(/\n+/u).map(norm).filter(Boolean));
  const whole = ` ${norm(body)} `;
  const grams = new Set(trigrams(whole.trim().split(' ')));
  return (line) => {
    const n = norm(line);
    if (n !== '' && titles.some((t) => t === n || (n.length > 20 && t.includes(n)) || (t.length > 20 && n.includes(t)))) return undefined;
    if (n === '') return 0;
    if (paragraphs.has(n)) return 1;
    const words = n.split(' ');
    if (words.length < 5) return whole.includes(` ${n} `) ? undefined : 0;
    const g = trigrams(words);
    const hit = g.filter((x) => grams.has(x)).length / g.length;
    if (hit >= 0.7) return 1;
    if (hit <= 0.2) return 0;
    return undefined;
  };
}

function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return url;
  }
}

const heldOut = (host) => createHash('sha256').update(`${seed}:${host}`).digest().readUInt32BE(0) / 2 ** 32 < heldOutShare;

const cacheFile = process.env.TRAIN_CACHE;
let docs = [];
if (cacheFile && existsSync(cacheFile)) docs = JSON.parse(readFileSync(cacheFile, 'utf8'));
else for (const corpus of corpora) {
  const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
  for (const id of Object.keys(truth).sort()) {
    const file = join(corpus, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const { lines, titles } = render(gunzipSync(readFileSync(file)).toString('utf8'));
    const label = labeller(truth[id].articleBody, titles);
    const labels = lines.map(label);
    const first = labels.indexOf(1);
    const last = labels.lastIndexOf(1);
    if (first < 0) continue;
    const from = Math.max(0, first - margin);
    const to = Math.min(lines.length, last + margin + 1);
    // The title is left out of the document: a plain text's title line is cut before cleaning.
    const kept = [];
    for (let i = from; i < to; i++) {
      const n = norm(lines[i]);
      if (n !== '' && titles.some((t) => t === n)) continue;
      kept.push({ text: lines[i], label: labels[i] });
    }
    const host = hostOf(truth[id].url ?? id);
    docs.push({ id, host, held: heldOut(host), lang: languageCode(documentLanguage(kept.map((k) => k.text))), lines: kept });
  }
}

if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(docs));
for (const d of docs) d.held = heldOut(d.host);
// Lists and tables inside a body (product specs, tour dates, box scores: runs of three or more
// body lines that are not sentences) are article text on some sites and furniture on others,
// as each ground truth chose: left out, so that the model learns neither.
const notSentence = (t) => !/[.!?…]["'”’»)\]]*$/u.test(t);
for (const d of docs) {
  for (let i = 0; i < d.lines.length; ) {
    let j = i;
    while (j < d.lines.length && d.lines[j].label === 1 && notSentence(d.lines[j].text)) j++;
    if (j - i >= 3) for (let m = i; m < j; m++) { d.lines[m].label = undefined; d.lines[m].list = true; }
    i = j > i ? j : i + 1;
  }
}

// 2. Features. The last `stacked` features are the first stage's scores of the lines around.
const k = features.length;
const firstStage = k - stacked.length;
for (const d of docs) {
  d.vectors = lineFeatures(d.lines.map((l) => l.text));
  d.prose = protectedLines(d.vectors);
}
const round = (v) => Math.round(v * 1e4) / 1e4;
const sigmoid = (t) => 1 / (1 + Math.exp(-t));
const labelled = (held) => docs.filter((d) => d.held === held).flatMap((d) => d.lines.flatMap((l, i) => (l.label === undefined ? [] : [{ d, i, y: 1 - l.label }])));
const trainRows = labelled(false);
const testRows = labelled(true);

// 3. Gradient-boosted trees (logistic loss, Newton steps): small trees over binned features,
//    each split on one feature at a threshold. A line's score is the sum of its leaves; each
//    split it passes adds (child value - node value) to its feature: the reason's figures.
function train(X, Y, width) {
  const n = X.length;
  // Candidate thresholds per feature: midpoints between up to `bins` quantiles of its values.
  const edges = Array.from({ length: width }, (_, j) => {
    const values = [...new Set(X.map((x) => round(x[j])))].sort((a, b) => a - b);
    const picked = values.length <= bins ? values : Array.from({ length: bins }, (_, q) => values[Math.floor(((q + 0.5) * values.length) / bins)]);
    const unique = [...new Set(picked)];
    const out = [];
    for (let i = 0; i + 1 < unique.length; i++) out.push(round((unique[i] + unique[i + 1]) / 2));
    return [...new Set(out)];
  });
  // Bin of each row per feature: the number of edges below its value.
  const binOf = X.map((x) => edges.map((e, j) => {
    let b = 0;
    while (b < e.length && x[j] > e[b]) b++;
    return b;
  }));
  const positives = Y.reduce((a, y) => a + y, 0);
  const base = round(Math.log(positives / (n - positives)));
  const sums = new Float64Array(n).fill(base);
  const trees = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const leafValue = (G, H) => round((-G / (H + lambda)) * shrinkage);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(sums[i]);
      g[i] = p - Y[i];
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    // Nodes: [feature, threshold, left, right, value]; a leaf has feature -1.
    const nodes = [];
    const grow = (at, depth) => {
      let G = 0;
      let H = 0;
      for (const i of at) { G += g[i]; H += h[i]; }
      const id = nodes.length;
      nodes.push([-1, 0, -1, -1, leafValue(G, H)]);
      if (depth === maxDepth || at.length < 2 * minLeaf) return id;
      let best = { gain: minGain, j: -1, b: -1 };
      const parent = (G * G) / (H + lambda);
      for (let j = 0; j < width; j++) {
        const m = edges[j].length + 1;
        if (m < 2) continue;
        const hg = new Float64Array(m);
        const hh = new Float64Array(m);
        const hc = new Int32Array(m);
        for (const i of at) { const b = binOf[i][j]; hg[b] += g[i]; hh[b] += h[i]; hc[b]++; }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let b = 0; b + 1 < m; b++) {
          gl += hg[b]; hl += hh[b]; cl += hc[b];
          if (cl < minLeaf || at.length - cl < minLeaf) continue;
          const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent;
          if (gain > best.gain) best = { gain, j, b };
        }
      }
      if (best.j < 0) return id;
      const l = grow(at.filter((i) => binOf[i][best.j] <= best.b), depth + 1);
      const rr = grow(at.filter((i) => binOf[i][best.j] > best.b), depth + 1);
      nodes[id] = [best.j, edges[best.j][best.b], l, rr, nodes[id][4]];
      return id;
    };
    grow(Array.from({ length: n }, (_, i) => i), 0);
    trees.push(nodes);
    for (let i = 0; i < n; i++) sums[i] += leafOf(nodes, X[i])[4];
  }
  return { base, trees };
}

function leafOf(nodes, x) {
  let node = nodes[0];
  while (node[0] >= 0) node = nodes[x[node[0]] <= node[1] ? node[2] : node[3]];
  return node;
}
const margin_ = (stage, x) => {
  let t = stage.base;
  for (const nodes of stage.trees) t += leafOf(nodes, x)[4];
  return t;
};

const stage1 = train(trainRows.map((r) => r.d.vectors[r.i]), trainRows.map((r) => r.y), firstStage);
// The first stage's scores of every line, then the features that read them (as the rule does).
for (const d of docs) {
  const p = d.vectors.map((x) => sigmoid(margin_(stage1, x)));
  d.vectors.forEach((x, i) => stackedFeatures(x, p, i));
}
const stage2 = train(trainRows.map((r) => r.d.vectors[r.i]), trainRows.map((r) => r.y), k);
const model = { features: features.map((x) => x.name), stage1, stage2 };
const score = (x) => sigmoid(margin_(stage2, x));
const rows = { test: testRows.map((r) => ({ x: r.d.vectors[r.i], y: r.y, lang: r.d.lang, text: r.d.lines[r.i].text, id: r.d.id, prose: r.d.prose[r.i] })) };

// 4. Thresholds on the held-out sites.
// A protected line (a sentence of function words) is never removed: it scores 0 here as in the rule.
const test = rows.test.map((r) => ({ ...r, p: r.prose ? 0 : score(r.x) }));
function thresholdFor(precision) {
  const sorted = [...test].sort((a, b) => b.p - a.p);
  let tp = 0;
  let best = 1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].y === 1) tp++;
    // Only where the next line scores lower can a threshold fall.
    if (i + 1 < sorted.length && sorted[i + 1].p === sorted[i].p) continue;
    // Precision is counted over every line at or above the threshold; the lowest such threshold wins.
    if (tp / (i + 1) >= precision) best = sorted[i].p;
  }
  return Math.ceil(best * 1e4) / 1e4;
}
model.remove = thresholdFor(removePrecision);
model.info = Math.min(model.remove, thresholdFor(infoPrecision));

// 5. Figures.
function figures(list, t) {
  const removed = list.filter((r) => r.p >= t);
  const tp = removed.filter((r) => r.y === 1).length;
  const junk = list.filter((r) => r.y === 1).length;
  return { lines: list.length, junk, removed: removed.length, precision: removed.length ? tp / removed.length : 1, recall: junk ? tp / junk : 1 };
}
const langs = [...new Set(test.map((r) => r.lang))].sort();
const report = [['all', figures(test, model.remove)], ...langs.map((l) => [l, figures(test.filter((r) => r.lang === l), model.remove)])];
model.heldOut = Object.fromEntries(report.map(([l, f]) => [l, { lines: f.lines, junk: f.junk, precision: round(f.precision), recall: round(f.recall) }]));
// The same, with the lists left out above counted as article text: what a user whose lists are article text sees.
const lists = docs.filter((d) => d.held).flatMap((d) => d.lines.flatMap((l, i) => (l.list ? [{ y: 0, p: d.prose[i] ? 0 : score(d.vectors[i]), lang: d.lang }] : [])));
const strict = figures([...test, ...lists], model.remove);
model.data = { pages: docs.length, heldOutPages: docs.filter((d) => d.held).length, trainLines: trainRows.length, heldOutLines: testRows.length };

/** The model as a TypeScript literal: one tree per line. */
function format(m) {
  const stage = (st) => `{\n    base: ${st.base},\n    trees: [\n${st.trees.map((t) => `      ${JSON.stringify(t)},`).join('\n')}\n    ],\n  }`;
  return `{\n  features: ${JSON.stringify(m.features)},\n  stage1: ${stage(m.stage1)},\n  stage2: ${stage(m.stage2)},\n  remove: ${m.remove},\n  info: ${m.info},\n  heldOut: ${JSON.stringify(m.heldOut)},\n  data: ${JSON.stringify(m.data)},\n}`;
}

const body = `/**
 * Generated by scripts/train.mjs (\`npm run train\`); do not edit. The line classifier's model:
 * gradient-boosted trees in two stages over the features of line-features.ts (in the order of
 * \`features\`). Stage 1 reads a line's own features; stage 2 also the stage-1 scores of the lines
 * around it. A tree is a list of nodes [feature, threshold, left, right, value] (feature -1: a
 * leaf; x <= threshold goes left); a stage's score is base + the values of the leaves reached,
 * p = sigmoid(score). A line is removed at p >= \`remove\` and reported (info) at p >= \`info\`;
 * \`heldOut\` holds the figures of the held-out sites at \`remove\`, by the document's language.
 */
export const lineModel: LineModel = ${format(model)};

/** The shape of the model. */
export interface LineModel {
  features: string[];
  stage1: { base: number; trees: Array<Array<[number, number, number, number, number]>> };
  stage2: { base: number; trees: Array<Array<[number, number, number, number, number]>> };
  remove: number;
  info: number;
  heldOut: Record<string, { lines: number; junk: number; precision: number; recall: number }>;
  data: { pages: number; heldOutPages: number; trainLines: number; heldOutLines: number };
}
`;
if (process.argv.includes('--check')) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === body;
  console.log(same ? 'train: the committed model is reproduced byte for byte' : 'train: the model differs from the committed file');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(out, body);
  console.log(`train: wrote ${out}`);
}
console.log(`pages ${model.data.pages} (held out ${model.data.heldOutPages}), lines ${model.data.trainLines} train / ${model.data.heldOutLines} held out`);
console.log(`with the ${lists.length} list lines of held-out bodies counted as article text: precision ${strict.precision.toFixed(4)}, recall ${strict.recall.toFixed(4)}`);
console.log(`thresholds: remove >= ${model.remove}, info >= ${model.info}`);
console.log('held out   lines  junk  removed  precision  recall');
for (const [l, f] of report) console.log(`${l.padEnd(8)} ${String(f.lines).padStart(7)} ${String(f.junk).padStart(5)} ${String(f.removed).padStart(8)} ${f.precision.toFixed(4).padStart(10)} ${f.recall.toFixed(4).padStart(7)}`);
if (process.env.TRAIN_VERBOSE) {
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99]) {
    const f = figures(test, t);
    console.log(`at ${t}: removed ${f.removed} precision ${f.precision.toFixed(4)} recall ${f.recall.toFixed(4)}`);
  }
  const bad = test.filter((r) => r.y === 0).sort((a, b) => b.p - a.p).slice(0, Number(process.env.TRAIN_VERBOSE));
  for (const r of bad) console.log(`FALSE REMOVAL ${r.p.toFixed(3)} ${r.id}: ${r.text.slice(0, 160)}`);
  const used = new Map();
  for (const t of model.stage2.trees) for (const node of t) if (node[0] >= 0) used.set(features[node[0]].name, (used.get(features[node[0]].name) ?? 0) + 1);
  console.log([...used].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n}:${c}`).join(' '));
}
if (process.env.TRAIN_MISSES) {
  const missed = test.filter((r) => r.y === 1 && r.p < model.remove);
  for (let i = 0; i < missed.length; i += Math.ceil(missed.length / 60)) console.log(`MISSED ${missed[i].p.toFixed(3)} ${missed[i].lang} ${missed[i].text.slice(0, 120)}`);
}
