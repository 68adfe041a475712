import type { Change, RawFinding, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { documentLanguage, FeatureMemo, features, lineFeatures, ownFunctionWords, protectedLines, proseScale, stackedFeatures, tableRows, type OwnWords } from './line-features.js';
import { ruleLinesOf } from './line-view.js';
import { lineModel, type LineModel } from './lists/line-model.js';
import { unitRuns } from '../shared/wrap.js';

/**
 * `line-classifier`: lines of a plain text that a small trained model judges not to be article
 * text: captions without a cue, bylines, datelines, related-story lines, widget leftovers. The
 * model is gradient-boosted trees over the features of line-features.ts, trained by
 * scripts/train.mjs on the visible lines of real news pages labelled against their
 * ground-truth bodies (src/clean/lists/line-model.ts, with its held-out figures).
 *
 * Notes:
 * - Runs on plain text and JSON text fields (lines there look like the rendered lines of a
 *   page); not on Markdown or HTML, whose markup says what a heading or a list item is (on the
 *   WordPress sample the model took `<h3>` subheadings and list items for widgets), and not on
 *   the pieces of a document over 8 MB (its features are the whole document's).
 * - Idempotent by rounds: its features read a line's neighbours and place, which its own
 *   removals change; so it judges the lines that stay again, without the removed ones, until a
 *   round removes nothing (`maxRounds`); cleaning its output again removes (almost) nothing
 *   more (a different title line can change the top of the text).
 *   It judges the lines as the rules it `sees` leave them, the text that comes out.
 * - A text in one of the languages of its function-word lists is read by them (see
 *   `documentLanguage`); a text in another language by its own function words, the short
 *   words it repeats (`ownFunctionWords`), when it has them and separates its words by spaces.
 * - A line is removed at p >= `remove` (set on the held-out sites for precision 0.99); at
 *   p >= `info` it stays and is reported (see `probableJunk`). The record's `reason` names the
 *   features that pushed the line up the most.
 * - Hard-wrapped text (a paragraph broken over lines that continue in lower case) is judged by
 *   paragraph, not by line: a wrapped line is not a short line.
 * - Precision guards, whatever the model says: a text needs at least `minUnits` units and one
 *   prose unit; a unit that is a sentence of function words ("Subscribers complained about the
 *   price.") is never removed, nor the rows of a table or data list (tour dates, prices, a
 *   race calendar: `tableRows`), which the model reads as related links when they end the text
 *   and as a menu when they open it.
 */
export const lineClassifier: CleanRule = {
  id: 'line-classifier',
  stage: 'both',
  severity: 'warning',
  fixable: true,
  sees: ['mojibake', 'invisible-char', 'mixed-script', 'ad-marker', 'caption', 'boilerplate', 'repeated-line', 'stray-punctuation'],
  summary: 'Plain-text lines a trained model judges not to be article text (bylines, captions, related links, widgets)',
  label: 'Line that is probably not article text',
  propose(_text: string, ctx: CleanContext, pass: CleanPass): Change[] {
    if (ctx.plain !== true) return [];
    const changes: Change[] = [];
    for (const u of judgedIn(pass, ctx)) {
      if (!u.removed) continue;
      changes.push({ rule: 'line-classifier', start: u.start, end: u.end, replacement: '', reason: u.reason });
    }
    return changes;
  },
};

/** One unit of a text (a line, or a paragraph of a hard-wrapped text) with its score. */
export interface Judged {
  start: number;
  end: number;
  text: string;
  /** The model's probability that the unit is not article text. */
  p: number;
  /** Whether the rule removes it: p >= `remove`, or p >= `fill` inside a run of removed units (see `scoreLines`). */
  removed: boolean;
  /** The probability and the features that pushed it up the most. */
  reason: string;
}

/** Fewer units than this, and position, neighbours and median length say nothing. */
const minUnits = 4;

/**
 * Lines still in the cleaned text that score between `info` and `remove`: "probably not
 * article text" findings, from the text's `judged` units (`judge` or `judgedIn`).
 */
export function probableJunk(judged: readonly Judged[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (const u of judged) {
    if (u.p < lineModel.info || u.removed) continue;
    found.push({ rule: 'line-classifier', severity: 'info', start: u.start, end: u.end, message: `Probably not article text (${u.reason})` });
  }
  return found;
}

/** Every unit of `text` the guards let the model judge, with its score. */
export function judge(text: string): Judged[] {
  return judgeLines(ruleLinesOf(text));
}

/**
 * `judge` on a pass's text, judged once per pass: by the rule, and by `probableJunk` on the
 * cleaned text. `ctx` is the document's: the lines its passes share are read once (the
 * document's rounds and its cleaned text hold mostly the same lines).
 */
export function judgedIn(pass: CleanPass, ctx: CleanContext): readonly Judged[] {
  let judgeOfPass = judges.get(ctx);
  if (judgeOfPass === undefined) {
    const memo = new FeatureMemo();
    judgeOfPass = (p: CleanPass) => judgeLines(linesAsLeft(p), memo);
    judges.set(ctx, judgeOfPass);
  }
  return pass.once(judgeOfPass);
}

/** The judge of each document's passes, with the document's memo of line features. */
const judges = new WeakMap<CleanContext, (pass: CleanPass) => Judged[]>();

/**
 * The lines of a pass as the rules the classifier sees leave them: a line they remove whole is
 * not there, a line they change reads as they leave it ("Tut.by advertisers." is "advertisers."
 * once `caption` took the credit), so that the classifier judges the text that comes out, the
 * one a second cleaning reads.
 */
function linesAsLeft(pass: CleanPass): TextLine[] {
  // Removals that take a whole line take its line break too: the view leaves such a line as it is.
  const removals = pass.seen().filter((c) => c.replacement === '' && c.end > c.start).sort((a, b) => a.start - b.start);
  const view = pass.views();
  const lines: TextLine[] = [];
  let k = 0;
  let reach = -1;
  for (const l of pass.lines) {
    while (k < removals.length && removals[k]!.start <= l.trimStart) reach = Math.max(reach, removals[k++]!.end);
    const text = view(l).text;
    if (reach >= l.trimEnd && l.trimEnd > l.trimStart) continue;
    if (text === l.text) lines.push(l);
    else if (text !== '') lines.push({ ...l, text });
  }
  return lines;
}

/**
 * Most rounds of judging: a round judges the units the rounds before left. Removing a line
 * changes its neighbours' features (their neighbours, place, the median length), so the units
 * that stay are judged again without it, until a round removes nothing: the text that comes
 * out is one the rule leaves as it is, and cleaning it again removes nothing more. (The model
 * is trained on texts as its removals leave them too, and its threshold set on what the rounds
 * remove together: scripts/train.mjs.)
 */
const maxRounds = 8;

/** `judge` on the lines of a text: its units judged until a round removes none (see `maxRounds`). */
function judgeLines(textLines: readonly TextLine[], memo?: FeatureMemo): Judged[] {
  const units = unitsOf(textLines);
  const judged: Judged[] = [];
  scoreLines(units.map((u) => u.text), lineModel, { memo }).forEach((s, i) => {
    if (s !== undefined) judged.push(new JudgedUnit(units[i]!, s, lineModel));
  });
  return judged;
}

/** A line's probability and its features (stacked ones filled in), as the round that decided it read them. */
export interface LineScore {
  p: number;
  vector: Float64Array;
  /** Removed: p >= the model's `remove`, or a fill (`fill`). */
  removed: boolean;
  /** Removed at p >= `fill` because the lines on both sides of it were removed. */
  fill?: true;
}

/** How `scoreLines` reads a text. */
export interface ScoreOptions {
  /** What the document's earlier rounds and passes computed of its lines. */
  memo?: FeatureMemo | undefined;
  /** Read the text by its own function words whatever its language (scripts/train.mjs measures that reading on the pages of the lists' languages too). */
  own?: boolean;
  /**
   * Leave a table's rows unjudged (`tableRows`; the default). scripts/train.mjs builds the second
   * stage's pages from the first model's removals alone, so that a guard that only keeps lines
   * leaves the trees as they were.
   */
  tables?: boolean;
  /**
   * Read the guard at the document's `proseScale` (the default). scripts/train.mjs trains on
   * lines as the lists read them; the scale is the rule's, where it judges.
   */
  scaled?: boolean;
}

/**
 * The score of each line of one document under `model` (the committed one, or one being
 * trained): the rounds of `maxRounds` at the model's `remove` threshold, a removed line with
 * the score that removed it, a line that stays with its score in the last round; undefined for
 * a line never judged (a protected one, a table's row; every line of a text the guards leave).
 */
export function scoreLines(texts: readonly string[], model: LineModel = lineModel, { memo, own = false, tables = true, scaled = true }: ScoreOptions = {}): Array<LineScore | undefined> {
  const scores: Array<LineScore | undefined> = new Array(texts.length).fill(undefined);
  // A text in one of the lists' languages is read by its function words; a text in another
  // language by its own (the short words it repeats), when it has them.
  const lang = own ? -1 : documentLanguage(texts, memo);
  let ownWords: OwnWords | undefined;
  if (lang < 0) {
    ownWords = ownFunctionWords(texts, model.proseShare);
    if (ownWords === undefined) return scores;
  }
  const flat = flatOf(model);
  let live = texts.map((_, i) => i);
  for (let round = 1; ; round++) {
    const judged = judgeRound(live.map((i) => texts[i]!), lang, flat, scaled ? model.proseShare : undefined, tables, memo, ownWords);
    const out = new Set<number>();
    judged.forEach((s, k) => {
      scores[live[k]!] = s;
      if (s !== undefined && s.p >= model.remove) out.add(live[k]!);
    });
    // A line between two removed ones (or between one and the text's edge), that the model
    // finds likely junk (p >= `fill`), goes with them: a headline among related headlines, a
    // name among share buttons, the last of a footer's lines. Judged by the round's removals by
    // the threshold alone, so that fills do not chain.
    const gone = (k: number) => k < 0 || k >= judged.length || (judged[k] !== undefined && judged[k]!.p >= model.remove);
    judged.forEach((s, k) => {
      if (s === undefined || out.has(live[k]!) || !(s.p >= model.fill) || judged.length < 2) return;
      if (gone(k - 1) && gone(k + 1)) {
        s.fill = true;
        out.add(live[k]!);
      }
    });
    for (const i of out) scores[i]!.removed = true;
    if (out.size === 0 || round === maxRounds) return scores;
    live = live.filter((i) => !out.has(i));
  }
}

/** One round: the score of each line of `texts` the guards let the model judge. */
function judgeRound(texts: readonly string[], lang: number, flat: Flat, proseShare: number | undefined, tables: boolean, memo?: FeatureMemo, ownWords?: OwnWords): Array<LineScore | undefined> {
  const judged: Array<LineScore | undefined> = new Array(texts.length).fill(undefined);
  if (texts.length < minUnits) return judged;
  const vectors = lineFeatures(texts, memo, lang, ownWords);
  // A text without one protected sentence of prose is a list, a table or a menu: nothing to compare with.
  // the guard at the document's prose scale (`scaled`), or as the lists read it
  const prose = protectedLines(vectors, proseShare === undefined ? 1 : proseScale(vectors, proseShare));
  if (!prose.includes(true)) return judged;
  const rows = tables ? tableRows(texts, vectors, prose) : undefined;
  const first = vectors.map((v) => sigmoid(sumOf(flat.stage1, v)));
  stackedFeatures(vectors, first);
  vectors.forEach((v, i) => {
    // A sentence made of function words, a subheading between two or a table's row is never judged junk.
    if (!prose[i] && !rows?.[i]) judged[i] = { p: probability(flat.stage2, v), vector: v, removed: false };
  });
  return judged;
}

/** What the reason of a line removed at p >= `fill` says first (see `scoreLines`). */
export const fillReason = 'between two removed lines';

/** A judged unit whose reason is written when read: most units are article text, and no record says why. */
class JudgedUnit implements Judged {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly p: number;
  readonly removed: boolean;
  readonly #score: LineScore;
  #reason: string | undefined;

  constructor(
    u: Unit,
    s: LineScore,
    private readonly model: LineModel,
  ) {
    this.start = u.start;
    this.end = u.end;
    this.text = u.text;
    this.p = s.p;
    this.removed = s.removed;
    this.#score = s;
  }

  get reason(): string {
    if (this.#reason === undefined) {
      const said = score(this.#score.vector, this.model).reason;
      this.#reason = this.#score.fill ? said.replace(/^(p=[\d.]+: )/u, `$1${fillReason}, `) : said;
    }
    return this.#reason;
  }
}

type Stage = LineModel['stage1'];

/**
 * A stage's trees in two flat arrays, walked without a JS array per node: each node's feature
 * and its children's places (`tree`), its threshold and value (`value`), node k at 3k and 2k.
 * The sums read the same numbers in the same order as over `lineModel`, so they are the same.
 */
interface FlatStage {
  base: number;
  /** Where each tree's root is. */
  roots: Int32Array;
  /** Per node: feature (-1: a leaf), left child, right child (node numbers). */
  tree: Int32Array;
  /** Per node: threshold, value. */
  value: Float64Array;
}

function flatten(stage: Stage): FlatStage {
  const count = stage.trees.reduce((n, nodes) => n + nodes.length, 0);
  const roots = new Int32Array(stage.trees.length);
  const tree = new Int32Array(3 * count);
  const value = new Float64Array(2 * count);
  let at = 0;
  stage.trees.forEach((nodes, t) => {
    roots[t] = at;
    nodes.forEach(([feature, threshold, left, right, leaf], j) => {
      const k = at + j;
      tree[3 * k] = feature;
      tree[3 * k + 1] = at + left;
      tree[3 * k + 2] = at + right;
      value[2 * k] = threshold;
      value[2 * k + 1] = leaf;
    });
    at += nodes.length;
  });
  return { base: stage.base, roots, tree, value };
}

/** A model's two stages, flat. */
interface Flat {
  stage1: FlatStage;
  stage2: FlatStage;
}

/** Each model's stages, flattened once (the committed model's, and a model being trained). */
const flats = new WeakMap<LineModel, Flat>();

function flatOf(model: LineModel): Flat {
  let flat = flats.get(model);
  if (flat === undefined) flats.set(model, (flat = { stage1: flatten(model.stage1), stage2: flatten(model.stage2) }));
  return flat;
}

/** A stage's score: its base plus the value of the leaf each tree reaches. */
function sumOf(stage: FlatStage, v: Float64Array): number {
  const { roots, tree, value } = stage;
  let t = stage.base;
  for (let r = 0; r < roots.length; r++) {
    let k = roots[r]!;
    for (let f = tree[3 * k]!; f >= 0; f = tree[3 * k]!) k = v[f]! <= value[2 * k]! ? tree[3 * k + 1]! : tree[3 * k + 2]!;
    t += value[2 * k + 1]!;
  }
  return t;
}

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

/** `score`'s probability alone, summed in the same order (so the same number). */
function probability(stage2: FlatStage, v: Float64Array): number {
  const { roots, tree, value } = stage2;
  let t = stage2.base;
  for (let r = 0; r < roots.length; r++) {
    let k = roots[r]!;
    t += value[2 * k + 1]!;
    for (let f = tree[3 * k]!; f >= 0; f = tree[3 * k]!) {
      const next = v[f]! > value[2 * k]! ? tree[3 * k + 2]! : tree[3 * k + 1]!;
      t += value[2 * next + 1]! - value[2 * k + 1]!;
      k = next;
    }
  }
  return sigmoid(t);
}

/**
 * The model's probability for one line's features (stacked ones filled in), and the reason:
 * the features whose splits raised the score the most (each split a line passes adds the
 * change of the tree's value to its feature).
 */
export function score(v: Float64Array, model: LineModel = lineModel): { p: number; reason: string } {
  const stage = model.stage2;
  let t = stage.base;
  // What each feature added: by the splits where the line went right (a value above the
  // threshold) and where it went left.
  const high = new Float64Array(features.length);
  const low = new Float64Array(features.length);
  for (const nodes of stage.trees) {
    let node = nodes[0]!;
    t += node[4];
    while (node[0] >= 0) {
      const right = v[node[0]]! > node[1];
      const next = nodes[right ? node[3] : node[2]]!;
      (right ? high : low)[node[0]]! += next[4] - node[4];
      t += next[4] - node[4];
      node = next;
    }
  }
  const p = sigmoid(t);
  const top: Array<[number, string]> = [];
  for (let j = 0; j < features.length; j++) {
    const up = high[j]! + low[j]!;
    if (up > 0.05) top.push([up, high[j]! >= low[j]! ? features[j]!.says : features[j]!.low]);
  }
  top.sort((a, b) => b[0] - a[0]);
  return { p, reason: `p=${p.toFixed(3)}: ${top.slice(0, 4).map(([, said]) => said).join(', ')}` };
}

/** A unit to judge: its trimmed text and source span. */
interface Unit {
  start: number;
  end: number;
  text: string;
}

/** The units of a text (`unitRuns`): its non-blank lines, or runs of them that break one sentence, as one text. */
function unitsOf(textLines: readonly TextLine[]): Unit[] {
  const lines = textLines.filter((l) => l.trimEnd > l.trimStart);
  return unitRuns(lines).map(({ first, last }) => ({
    start: lines[first]!.trimStart,
    end: lines[last]!.trimEnd,
    text: first === last ? lines[first]!.text : lines.slice(first, last + 1).map((l) => l.text).join(' '),
  }));
}
