// The article-extraction benchmark's measure, written from its description: each text is cut
// into words (runs of letters, digits and "_", as Python's \w), the words into overlapping
// 4-word shingles (a text of fewer words is one shingle; an empty text none); per document the
// shingles both sides share are true positives, the extra predicted ones false positives, the
// missing ones false negatives. Precision is averaged over the documents with any predicted
// shingle, recall over those with any true shingle, and F1 is the harmonic mean of the two
// averages. `evaluate(gt, pred)` takes `{id: {articleBody}}` maps, as ../shared's scorer does
// (same figures, without the bootstrap), so `npm run eval:gate` needs nothing outside the repo.

const WORD = /[\p{L}\p{N}_]+/gu;
const N = 4;

/** The words of a text. */
export function tokenize(text) {
  return text ? text.match(WORD) ?? [] : [];
}

/** The multiset of a token list's n-word shingles. */
export function shingles(tokens, n = N) {
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shared, predicted-only and true-only shingles of one document: { tp, fp, fn }. */
export function compare(trueText, predText, n = N) {
  const t = shingles(tokenize(trueText), n);
  const p = shingles(tokenize(predText), n);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const [k, c] of t) {
    const d = p.get(k) ?? 0;
    tp += Math.min(c, d);
    fn += Math.max(0, c - d);
  }
  for (const [k, d] of p) fp += Math.max(0, d - (t.get(k) ?? 0));
  return { tp, fp, fn };
}

/** One document's precision and recall (both 1 when prediction and truth are the same). */
export function docScores({ tp, fp, fn }) {
  const same = fp === 0 && fn === 0;
  return {
    precision: same ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: same ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn),
  };
}

const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Score predictions against ground truth, both `{id: {articleBody}}`. A page missing from
 * `pred` counts as an empty prediction. Returns `{ metrics: { f1, precision, recall,
 * accuracy, n, missing }, perDoc: {id: { precision, recall, exact }} }`.
 */
export function evaluate(gt, pred) {
  const precisions = [];
  const recalls = [];
  const exact = [];
  const perDoc = {};
  let missing = 0;
  for (const [id, truth] of Object.entries(gt)) {
    if (!(id in pred)) missing++;
    const t = String(truth?.articleBody ?? '');
    const p = String(pred[id]?.articleBody ?? '');
    const counts = compare(t, p);
    const s = docScores(counts);
    if (counts.tp + counts.fp > 0) precisions.push(s.precision);
    if (counts.tp + counts.fn > 0) recalls.push(s.recall);
    const tt = tokenize(t);
    const pt = tokenize(p);
    const same = tt.length === pt.length && tt.every((w, i) => w === pt[i]) ? 1 : 0;
    exact.push(same);
    perDoc[id] = { ...s, exact: same };
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { metrics: { f1, precision, recall, accuracy: mean(exact), n: exact.length, missing }, perDoc };
}
