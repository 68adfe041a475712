#!/usr/bin/env node
// Train the line classifier (src/clean/line-classifier.ts) and write its weights to
// src/clean/lists/line-model.ts. `npm run train` (builds first: the features are the built
// dist/clean/line-features.js, the very code the rule runs).
//
// Data: the labelled lines of the benchmark pages (scripts/line-data.mjs): each page's visible
// text lines, labelled against its ground-truth body.
// Split: by site (a seeded hash of the URL's host): `heldOutShare` of the hosts are held out;
// the thresholds are set on them, and the figures printed are theirs.
// Model: gradient-boosted trees (depth 3, logistic loss) on binned features, a fixed number of
// rounds: deterministic, no random numbers. Thresholds and leaf values are rounded as they are
// made, so that the file is the same byte for byte on every run.
//
// Usage: node scripts/train.mjs [--check]   (--check: compare with the committed file, exit 1 if it differs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { features, lineFeatures, documentLanguage, languageCode, ownFunctionWords, stacked, stackedFeatures, protectedLines } from '../dist/clean/line-features.js';
import { scoreLines } from '../dist/clean/line-classifier.js';
import { cleanText } from '../dist/clean/index.js';
import { corpora, heldOut, pages } from './line-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'clean', 'lists', 'line-model.ts');
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

const cacheFile = process.env.TRAIN_CACHE;
let docs = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : pages();
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(docs));
for (const d of docs) {
  d.held = heldOut(d.host);
  d.lang = languageCode(documentLanguage(d.lines.map((l) => l.text)));
}
// A page in none of the lists' languages (Swedish, Czech, Turkish, Japanese …) is never judged
// by the rule: left out of training and of the figures.
// Such a page is read by its own function words (ownFunctionWords): the held-out ones are
// measured so below (`own`), with the model the other pages train.
const others = docs.filter((d) => d.lang === 'und');
const unjudged = others.length;
docs = docs.filter((d) => d.lang !== 'und');
// The classifier judges a text as the rules it sees leave it (ad-marker, caption, boilerplate
// …: line-classifier.ts): the lines those rules remove whole are not there when it reads its
// lines' neighbours. So it learns, and is measured, on the pages as they leave them: each page
// is cleaned with every other rule (default settings, a plain text), and the lines removed whole
// are set aside (`listed`: counted in the figures of cleaning as a whole, not the model's).
const ruleCtx = { markers: [], boilerplate: [], plain: true };
const unseen = new Set(['line-classifier', 'page-furniture', 'punctuation-line']);
for (const d of [...docs, ...others]) {
  const text = d.lines.map((l) => l.text).join('\n');
  // page-furniture's and punctuation-line's lines stay: the classifier reads them (the rules
  // are not in its `sees`).
  const removals = cleanText(text, ruleCtx, (id) => !unseen.has(id)).changes.filter((c) => c.replacement === '');
  let at = 0;
  const kept = [];
  d.listed = [];
  for (const l of d.lines) {
    const [s, e] = [at, at + l.text.length];
    at = e + 1;
    let covered = 0;
    for (const c of removals) covered += Math.max(0, Math.min(e, c.end) - Math.max(s, c.start));
    (covered >= e - s ? d.listed : kept).push(l);
  }
  d.lines = kept;
}
// Lists and tables inside a body (product specs, tour dates, box scores: runs of three or more
// body lines that are not sentences) are article text on some sites and furniture on others,
// as each ground truth chose: left out, so that the model learns neither.
const notSentence = (t) => !/[.!?…]["'”’»)\]]*$/u.test(t);
for (const d of [...docs, ...others]) {
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
const withFeatures = (d) => {
  d.vectors = lineFeatures(d.lines.map((l) => l.text));
  // The lines the guards keep as the lists read them: the trees learn from the rest (the rule
  // reads its guard at a thin list's `proseScale` where it judges: scoreLines).
  d.prose = protectedLines(d.vectors);
  return d;
};
for (const d of docs) withFeatures(d);
const round = (v) => Math.round(v * 1e4) / 1e4;
const sigmoid = (t) => 1 / (1 + Math.exp(-t));
// The share of function words in a line of prose (ten words or more) of a page, the median over
// its such lines; `proseShare` is the median over the training pages: what a text read by its
// own function words scales its lines' shares to (ownFunctionWords).
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};
const logWordsIndex = features.findIndex((x) => x.name === 'logWords');
const stopIndex = features.findIndex((x) => x.name === 'stopShare');
const proseShare = round(median(docs.filter((d) => !d.held).map((d) => d.vectors.filter((v) => Math.round(Math.expm1(-v[logWordsIndex])) >= 10).map((v) => v[stopIndex])).filter((s) => s.length > 0).map(median)));
const labelled = (list) => list.flatMap((d) => d.lines.flatMap((l, i) => (l.label === undefined ? [] : [{ d, i, y: 1 - l.label }])));

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

/** Both stages on the labelled lines of `list`: stage 1 on a line's own features, stage 2 also on stage 1's scores of the lines around. */
function trainStages(list) {
  const rows = labelled(list);
  const stage1 = train(rows.map((r) => r.d.vectors[r.i]), rows.map((r) => r.y), firstStage);
  stack(list, stage1);
  const stage2 = train(rows.map((r) => r.d.vectors[r.i]), rows.map((r) => r.y), k);
  return { stage1, stage2, rows: rows.length };
}

/** Each document's stacked features, from the first stage's scores of its lines. */
function stack(list, stage1) {
  for (const d of list) stackedFeatures(d.vectors, d.vectors.map((x) => sigmoid(margin_(stage1, x))));
}

/** A protected line (a sentence of function words) is never removed: it scores 0 here as in the rule. */
function singlePass(list, stages) {
  stack(list, stages.stage1);
  return labelled(list).map((r) => ({ y: r.y, lang: r.d.lang, text: r.d.lines[r.i].text, id: r.d.id, p: r.d.prose[r.i] ? 0 : sigmoid(margin_(stages.stage2, r.d.vectors[r.i])) }));
}

/** The lowest threshold at which the lines of `scored` at or above it are junk at `precision`. */
function thresholdFor(scored, precision) {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let tp = 0;
  let best = 1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].y === 1) tp++;
    // Only where the next line scores lower can a threshold fall.
    if (i + 1 < sorted.length && sorted[i + 1].p === sorted[i].p) continue;
    if (tp / (i + 1) >= precision) best = sorted[i].p;
  }
  return Math.ceil(best * 1e4) / 1e4;
}

/**
 * What the rule does to each page of `list` with `stages` at threshold `remove`: its rounds
 * (scoreLines, the rule's own code), a line removed in any round counted as removed.
 */
function asTheRuleDoes(list, stages, remove, own = false) {
  const out = [];
  for (const d of list) {
    const scores = scoreLines(d.lines.map((l) => l.text), { fill: 2, proseShare, ...stages, remove }, { own });
    d.lines.forEach((l, i) => {
      if (l.label !== undefined) out.push({ y: 1 - l.label, lang: d.lang, text: l.text, id: d.id, removed: scores[i]?.removed ?? false, p: scores[i]?.p ?? 0 });
    });
  }
  return out;
}

const trainDocs = docs.filter((d) => !d.held);
const heldDocs = docs.filter((d) => d.held);
// First model: on the pages as rendered.
const first = trainStages(trainDocs);
const firstRemove = thresholdFor(singlePass(heldDocs, first), removePrecision);
// Second model: also on the training pages as the first model's rounds leave them, the texts a
// second cleaning reads; so that a line that was below removed ones is judged as it will be
// read once they are gone (the first lines of an article, once the header above is gone).
const cleanedDocs = [];
for (const d of trainDocs) {
  // The first model's removals alone: the rule's table guard (scoreLines' `tables`) only keeps lines.
  const scores = scoreLines(d.lines.map((l) => l.text), { ...first, remove: firstRemove, fill: 2 }, { tables: false, scaled: false });
  const lines = d.lines.filter((_, i) => !(scores[i]?.removed ?? false));
  if (lines.length < d.lines.length && lines.some((l) => l.label !== undefined)) cleanedDocs.push(withFeatures({ ...d, id: `${d.id} (cleaned)`, lines }));
}
const stages = trainStages([...trainDocs, ...cleanedDocs]);
const model = { features: features.map((x) => x.name), stage1: stages.stage1, stage2: stages.stage2 };

// 4. Thresholds on the held-out sites: removal, the lowest threshold at which what the rule's
//    rounds remove is junk at `removePrecision`, over all lines and in each language with
//    `minJunk` junk lines or more; the info finding at `infoPrecision` by one pass.
const minJunk = 100;
const test = singlePass(heldDocs, stages);
function figures(list) {
  const removed = list.filter((r) => r.removed);
  const tp = removed.filter((r) => r.y === 1).length;
  const junk = list.filter((r) => r.y === 1).length;
  return { lines: list.length, junk, removed: removed.length, precision: removed.length ? tp / removed.length : 1, recall: junk ? tp / junk : 1 };
}
const langs = [...new Set(test.map((r) => r.lang))].sort();
const holds = (ruled) => figures(ruled).precision >= removePrecision && langs.every((l) => {
  const f = figures(ruled.filter((r) => r.lang === l));
  return f.junk < minJunk || f.precision >= removePrecision;
});
/**
 * The lowest value of a descending grid at which the held-out figures hold, there and at the
 * value above (precision is not monotone in a threshold), from a start that holds (`above`:
 * whether the value above the grid's first holds).
 */
function lowestHolding(grid, start, ruledAt, holdsAt = holds) {
  let { value, ruled } = start;
  let above = start.above;
  for (const t of grid) {
    const at = ruledAt(t);
    const ok = holdsAt(at);
    if (ok && above) {
      value = t;
      ruled = at;
    }
    above = ok;
  }
  return { value, ruled };
}
const grid = (from, to, step) => {
  const values = [];
  for (let t = from; t >= to; t = round(t - step)) values.push(t);
  return values;
};
const atTop = asTheRuleDoes(heldDocs, stages, 0.999);
let { value: remove, ruled } = lowestHolding(grid(0.995, 0.8, 0.005), { value: 0.999, ruled: atTop, above: holds(atTop) }, (t) => asTheRuleDoes(heldDocs, stages, t));
model.remove = remove;
// A line between two removed ones is removed at p >= `fill`: the lowest grid value at which
// the held-out figures still hold (and at the one above), as for `remove`, and the lines the
// fills add are junk at `removePrecision` themselves (a few fills hardly move the figures of
// all removals); never below 0.5 (a line the model judges more likely article text than not
// stays, wherever it stands).
const noFills = ruled;
const fillsHold = (at) => {
  if (!holds(at)) return false;
  const added = at.filter((r, i) => r.removed && !noFills[i].removed);
  return added.length === 0 || added.filter((r) => r.y === 1).length / added.length >= removePrecision;
};
let fill;
({ value: fill, ruled } = lowestHolding(grid(round(remove - 0.05), 0.5, 0.05), { value: remove, ruled, above: true }, (t) => asTheRuleDoes(heldDocs, { ...stages, remove, fill: t }, remove), fillsHold));
model.fill = fill;
model.info = Math.min(model.remove, thresholdFor(test, infoPrecision));

// 5. Figures, of the rule's rounds at `remove`.
const report = [['all', figures(ruled)], ...langs.map((l) => [l, figures(ruled.filter((r) => r.lang === l))])];
model.proseShare = proseShare;
// Read by their own function words, at the same thresholds: the held-out pages in no listed
// language that have them (`own`), and the held-out pages of the lists' languages as if no
// list held theirs (`own:listed`, the same reading on many more pages).
const heldOthers = others.filter((d) => d.held);
const readOwn = heldOthers.filter((d) => ownFunctionWords(d.lines.map((l) => l.text), proseShare) !== undefined);
const ownRuled = asTheRuleDoes(readOwn, { ...stages, fill }, remove);
const ownListed = asTheRuleDoes(heldDocs, { ...stages, fill }, remove, true);
report.push(['own', figures(ownRuled)], ['own:listed', figures(ownListed)]);
// The same with the list lines of their bodies counted as article text (as `strict` below).
const ownLists = [];
for (const d of readOwn) {
  const scores = scoreLines(d.lines.map((l) => l.text), { ...model, ...stages, remove, fill, proseShare });
  d.lines.forEach((l, i) => { if (l.list) ownLists.push({ y: 0, removed: scores[i]?.removed ?? false }); });
}
const ownStrict = figures([...ownRuled, ...ownLists]);
for (const [l, f] of report.slice(-2)) if (f.precision < removePrecision) console.warn(`train: held-out precision ${f.precision.toFixed(4)} < ${removePrecision} for ${l}`);
model.heldOut = Object.fromEntries(report.map(([l, f]) => [l, { lines: f.lines, junk: f.junk, precision: round(f.precision), recall: round(f.recall) }]));
// The same, with the lists left out above counted as article text: what a user whose lists are article text sees.
const lists = [];
for (const d of heldDocs) {
  const scores = scoreLines(d.lines.map((l) => l.text), model);
  d.lines.forEach((l, i) => { if (l.list) lists.push({ y: 0, removed: scores[i]?.removed ?? false }); });
}
const strict = figures([...ruled, ...lists]);
// Cleaning as a whole on the held-out sites: the lines the other rules removed, and the model's.
const listedRows = heldDocs.flatMap((d) => d.listed.filter((l) => l.label !== undefined).map((l) => ({ y: 1 - l.label, removed: true })));
const whole = figures([...ruled, ...listedRows]);
model.data = { pages: docs.length, heldOutPages: heldDocs.length, trainLines: stages.rows, heldOutLines: ruled.length };

/** The model as a TypeScript literal: one tree per line. */
function format(m) {
  const stage = (st) => `{\n    base: ${st.base},\n    trees: [\n${st.trees.map((t) => `      ${JSON.stringify(t)},`).join('\n')}\n    ],\n  }`;
  return `{\n  features: ${JSON.stringify(m.features)},\n  stage1: ${stage(m.stage1)},\n  stage2: ${stage(m.stage2)},\n  remove: ${m.remove},\n  fill: ${m.fill},\n  info: ${m.info},\n  proseShare: ${m.proseShare},\n  heldOut: ${JSON.stringify(m.heldOut)},\n  data: ${JSON.stringify(m.data)},\n}`;
}

const body = `/**
 * Generated by scripts/train.mjs (\`npm run train\`); do not edit. The line classifier's model:
 * gradient-boosted trees in two stages over the features of line-features.ts (in the order of
 * \`features\`). Stage 1 reads a line's own features; stage 2 also the stage-1 scores of the lines
 * around it. A tree is a list of nodes [feature, threshold, left, right, value] (feature -1: a
 * leaf; x <= threshold goes left); a stage's score is base + the values of the leaves reached,
 * p = sigmoid(score). A line is removed at p >= \`remove\`, or at p >= \`fill\` between two lines
 * removed at \`remove\`, and reported (info) at p >= \`info\`;
 * \`heldOut\` holds the figures of the held-out sites at \`remove\`, by the document's language
 * (\`own\`: pages in no listed language, read by their own function words; \`own:listed\`: the
 * pages of the lists' languages read so); \`proseShare\` is what \`ownFunctionWords\` scales to.
 */
export const lineModel: LineModel = ${format(model)};

/** The shape of the model. */
export interface LineModel {
  features: string[];
  stage1: { base: number; trees: Array<Array<[number, number, number, number, number]>> };
  stage2: { base: number; trees: Array<Array<[number, number, number, number, number]>> };
  remove: number;
  fill: number;
  info: number;
  /** The share of function words in a line of prose of the training pages (median): see ownFunctionWords. */
  proseShare: number;
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
console.log(`pages ${model.data.pages} (held out ${model.data.heldOutPages}; ${unjudged} in no listed language left out of training, ${readOwn.length} of their ${heldOthers.length} held out read by their own function words, proseShare ${proseShare}; ${cleanedDocs.length} training pages also as the first model cleans them), lines ${model.data.trainLines} train / ${model.data.heldOutLines} held out`);
console.log(`with the ${lists.length} list lines of held-out bodies counted as article text: precision ${strict.precision.toFixed(4)}, recall ${strict.recall.toFixed(4)}`);
console.log(`own, with the ${ownLists.length} list lines of their bodies counted as article text: precision ${ownStrict.precision.toFixed(4)}, recall ${ownStrict.recall.toFixed(4)}`);
console.log(`cleaning as a whole (with the ${listedRows.length} labelled lines the other rules remove): precision ${whole.precision.toFixed(4)}, recall ${whole.recall.toFixed(4)}`);
console.log(`thresholds: remove >= ${model.remove}, fill >= ${model.fill} (between removed lines), info >= ${model.info}`);
console.log('held out   lines  junk  removed  precision  recall');
for (const [l, f] of report) console.log(`${l.padEnd(8)} ${String(f.lines).padStart(7)} ${String(f.junk).padStart(5)} ${String(f.removed).padStart(8)} ${f.precision.toFixed(4).padStart(10)} ${f.recall.toFixed(4).padStart(7)}`);
if (process.env.TRAIN_VERBOSE) {
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99]) {
    const f = figures(test.map((r) => ({ ...r, removed: r.p >= t })));
    console.log(`at ${t}: removed ${f.removed} precision ${f.precision.toFixed(4)} recall ${f.recall.toFixed(4)}`);
  }
  for (const t of [0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.975]) {
    const f = figures(asTheRuleDoes(heldDocs, stages, t));
    console.log(`rounds at ${t}: removed ${f.removed} precision ${f.precision.toFixed(4)} recall ${f.recall.toFixed(4)} ` + langs.map((l) => { const g = figures(asTheRuleDoes(heldDocs.filter((d) => d.lang === l), stages, t)); return `${l} ${g.precision.toFixed(3)}/${g.recall.toFixed(3)}`; }).join(' '));
  }
  const bad = ruled.filter((r) => r.y === 0 && r.removed).sort((a, b) => b.p - a.p).slice(0, Number(process.env.TRAIN_VERBOSE));
  for (const r of bad) console.log(`FALSE REMOVAL ${r.p.toFixed(3)} ${r.id}: ${r.text.slice(0, 160)}`);
  const used = new Map();
  for (const t of model.stage2.trees) for (const node of t) if (node[0] >= 0) used.set(features[node[0]].name, (used.get(features[node[0]].name) ?? 0) + 1);
  console.log([...used].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n}:${c}`).join(' '));
}
for (const d of readOwn) {
  const f = figures(ownRuled.filter((r) => r.id === d.id));
  console.log(`own ${d.host.padEnd(26)} ${String(f.lines).padStart(4)} ${String(f.junk).padStart(4)} ${String(f.removed).padStart(4)} ${f.precision.toFixed(4)} ${f.recall.toFixed(4)}`);
}
if (process.env.TRAIN_VERBOSE) for (const r of [...ownRuled, ...ownListed].filter((x) => x.y === 0 && x.removed)) console.log(`FALSE REMOVAL (own) ${r.p.toFixed(3)} ${r.id}: ${r.text.slice(0, 160)}`);
if (process.env.TRAIN_MISSES) {
  const missed = ruled.filter((r) => r.y === 1 && !r.removed);
  for (let i = 0; i < missed.length; i += Math.ceil(missed.length / 60)) console.log(`MISSED ${missed[i].p.toFixed(3)} ${missed[i].lang} ${missed[i].text.slice(0, 120)}`);
}
