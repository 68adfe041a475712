// What `npm run eval` (scripts/eval.mjs) and `npm run eval:gate` (scripts/eval-gate.mjs) both
// measure: the detectors on the dev sets of fixtures/dev, and the committed sample of
// fixtures/eval. Reads the built dist/: run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { detectors } from '../dist/detect/index.js';
import { isSentence, removedFrom } from './line-data.mjs';

const detectRules = detectors.map((d) => d.info);

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Findings that count: warnings and errors (info is a hint, not an alarm). */
export const counts = (f) => f.severity === 'warning' || f.severity === 'error';

/** Paragraph spans of a text whose paragraphs are separated by blank lines (or newlines). */
export function split(raw, sep = /\n\s*\n/) {
  const parts = raw.replace(/\r\n?/g, '\n').split(sep).map((s) => s.trim()).filter(Boolean);
  const text = parts.join('\n\n');
  const paragraphs = [];
  let at = 0;
  for (const p of parts) { paragraphs.push({ start: at, end: at + p.length }); at += p.length + 2; }
  return { text, paragraphs };
}

/**
 * Score a detector (`createDetector(level)`) on a dev set of fixtures/dev: per rule the expected
 * spans, true and false positives, misses; per perturbation kind how many unperturbed
 * controls drew any warning or error; and a line per false positive and miss.
 */
export function scoreDevSet(file, detect, keep = () => true) {
  const dev = readDevSet(file).filter(keep);
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

/** The items of a dev set of fixtures/dev, one JSON object a line. */
export function readDevSet(file) {
  return readFileSync(join(root, 'fixtures/dev', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/**
 * Real machine translation (fixtures/dev/mt-apertium.jsonl, one item an article): besides the
 * per-rule counts of scoreDevSet, how often the detectors fire (warnings and errors per 1000
 * sentences) and the share of them that lie on a span labelled as an error of any kind
 * (`errors`: the rules' kinds and the pronoun errors no rule is named for).
 */
export function scoreRealMt(file, detect, split_) {
  const keep = (item) => item.split === split_;
  const { dev, stats, misses } = scoreDevSet(file, detect, keep);
  let sentences = 0;
  let fired = 0;
  let onError = 0;
  for (const item of dev) {
    const { text, paragraphs } = split(item.text);
    sentences += sentenceCount(text);
    for (const f of detect(text, paragraphs).findings.filter(counts)) {
      fired++;
      if ((item.errors ?? []).some((e) => f.start < e.at + e.span.length && e.at < f.end)) onError++;
    }
  }
  return { dev, stats, misses, sentences, fired, onError };
}

/** Precision and recall of one rule's counts (1 when there was nothing to find or nothing found). */
export function rates(s) {
  return {
    precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
    recall: s.expected === 0 ? 1 : s.tp / (s.tp + s.fn),
  };
}

/**
 * The article-extraction benchmark's ground truth, `{id: {articleBody, url}}` (181 native news
 * bodies, MIT): the committed copy in fixtures/eval (written by scripts/eval-sample.mjs).
 */
export function readGroundTruth() {
  return JSON.parse(gunzipSync(readFileSync(join(root, 'fixtures/eval/ground-truth.json.gz'))).toString('utf8'));
}

/** Sentence ends of a text, the unit of the native false-positive rate. */
export const sentenceCount = (text) => (text.match(/[.!?](\s|$)/g) ?? []).length;

/**
 * The page-kinds dev set (fixtures/pages-dev, see its SOURCE.txt): each page's id, its HTML
 * file's name and its passages ({main, boilerplate}).
 */
export function readPagesDev(dir = join(root, 'fixtures', 'pages-dev')) {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith('.snippets.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.snippets.json'.length);
      const page = files.find((g) => g.startsWith(`${id}.`) && /\.html?(\.gz)?$/.test(g));
      return { id, page, spec: JSON.parse(readFileSync(join(dir, f), 'utf8')) };
    });
}

/** Passages and record text compared with blanks collapsed, quotes and apostrophes folded, case folded. */
const foldPassage = (s) => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').replace(/[’‘]/gu, "'").replace(/[“”„«»]/gu, '"').trim().toLowerCase();

/**
 * The pages of the page-kinds set scored against their records (`recordOf(id, page)`, undefined
 * when a page has none): each page's main passages missed in its title or text and boilerplate
 * passages kept, and the totals over the set.
 */
export function scorePagesDev(recordOf, dir) {
  const total = { found: 0, mains: 0, leaks: 0, boiler: 0 };
  const pages = readPagesDev(dir).map(({ id, page, spec }) => {
    const record = recordOf(id, page);
    const text = foldPassage(`${record?.title ?? ''}\n${record?.text ?? ''}`);
    const missed = spec.main.filter((s) => !text.includes(foldPassage(s)));
    const leaked = spec.boilerplate.filter((s) => text.includes(foldPassage(s)));
    total.found += spec.main.length - missed.length;
    total.mains += spec.main.length;
    total.leaks += leaked.length;
    total.boiler += spec.boilerplate.length;
    return { id, spec, missed, leaked };
  });
  return { pages, total };
}

/** Counts per group and for `all`: `add(group, key)` counts one of `keys` in both. */
export function groupCounts(keys) {
  const stats = {};
  const add = (group, key) => {
    for (const g of [group, 'all']) {
      stats[g] ??= Object.fromEntries(keys.map((k) => [k, 0]));
      stats[g][key]++;
    }
  };
  return { stats, add };
}

/**
 * fixtures/plain-dev scored on the records `unscrape clean .` wrote for it (run in `dir`): per
 * site and `all`, its documents, junk lines and those left in the text (the title counts as
 * left), article lines and those removed (a line counts as removed when removal records cover
 * more than half of it; a line the record takes as its title is kept), and article sentences
 * (a final . ! ? …, four words or more) and those lost. `onLine(kind, path, text, record)` hears
 * of each junk line left ('left') and article line removed ('removed').
 */
export function scorePlainDev(records, dir, onLine = () => {}) {
  const labels = JSON.parse(readFileSync(join(dir, 'junk.json'), 'utf8'));
  const { stats, add } = groupCounts(['docs', 'junk', 'left', 'article', 'removed', 'sentences', 'lost']);
  for (const rec of records) {
    const path = rec.source.path.replace(/^\.\//u, '');
    const junk = labels[path];
    if (junk === undefined) continue;
    const junkLines = new Set(junk.map((j) => j.trim()));
    const site = path.split('/')[0];
    add(site, 'docs');
    let offset = 0;
    for (const raw of readFileSync(join(dir, path), 'utf8').split('\n')) {
      // record offsets count code points
      const n = [...raw].length;
      const [start, end] = [offset, offset + n];
      offset += n + 1;
      const text = raw.trim();
      if (text === '') continue;
      const gone = removedFrom(rec, start, end);
      const title = rec.title !== undefined && rec.title === text;
      if (junkLines.has(text)) {
        add(site, 'junk');
        if (!gone || title) {
          add(site, 'left');
          onLine('left', path, text, rec, start, end);
        }
      } else if (!title) {
        add(site, 'article');
        if (gone) {
          add(site, 'removed');
          onLine('removed', path, text, rec, start, end);
        }
        if (isSentence(text)) {
          add(site, 'sentences');
          if (gone) add(site, 'lost');
        }
      }
    }
  }
  return stats;
}
