import type { Change, RawFinding, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { documentLanguage, features, lineFeatures, protectedLines, stackedFeatures } from './line-features.js';
import { linesOf } from './line-view.js';
import { lineModel, type LineModel } from './lists/line-model.js';

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
 *   round removes nothing (`maxRounds`), and cleaning its output again removes nothing more.
 * - Only a text in one of the languages of its function-word lists is judged (see
 *   `documentLanguage`): in another language no line looks like prose to it.
 * - A line is removed at p >= `remove` (set on the held-out sites for precision 0.99); at
 *   p >= `info` it stays and is reported (see `probableJunk`). The record's `reason` names the
 *   features that pushed the line up the most.
 * - Hard-wrapped text (a paragraph broken over lines that continue in lower case) is judged by
 *   paragraph, not by line: a wrapped line is not a short line.
 * - Precision guards, whatever the model says: a text needs at least `minUnits` units and one
 *   prose unit; a unit that is a sentence of function words ("Subscribers complained about the
 *   price.") is never removed.
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
    for (const u of judgedIn(pass)) {
      if (u.p < lineModel.remove) continue;
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
    if (u.p < lineModel.info || u.p >= lineModel.remove) continue;
    found.push({ rule: 'line-classifier', severity: 'info', start: u.start, end: u.end, message: `Probably not article text (${u.reason})` });
  }
  return found;
}

/** Every unit of `text` the guards let the model judge, with its score. */
export function judge(text: string): Judged[] {
  return judgeLines(linesOf(text));
}

/** `judge` on a pass's text, judged once per pass: by the rule, and by `probableJunk` on the cleaned text. */
export function judgedIn(pass: CleanPass): readonly Judged[] {
  return pass.once(judgeOfPass);
}

/**
 * The lines of a pass as the rules the classifier sees leave them: a line they remove whole is
 * not there, a line they change reads as they leave it ("Tut.by advertisers." is "advertisers."
 * once `caption` took the credit), so that the classifier judges the text that comes out, the
 * one a second cleaning reads.
 */
const judgeOfPass = (pass: CleanPass) => {
  const view = pass.views();
  const lines: TextLine[] = [];
  for (const l of pass.lines) {
    const text = view(l).text;
    if (text === l.text) lines.push(l);
    else if (text !== '') lines.push({ ...l, text });
  }
  return judgeLines(lines);
};

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
function judgeLines(textLines: readonly TextLine[]): Judged[] {
  const units = unitsOf(textLines);
  const judged: Judged[] = [];
  scoreLines(units.map((u) => u.text)).forEach((s, i) => {
    if (s !== undefined) judged.push({ start: units[i]!.start, end: units[i]!.end, text: units[i]!.text, ...s });
  });
  return judged;
}

/**
 * The score of each line of one document under `model` (the committed one, or one being
 * trained): the rounds of `maxRounds` at the model's `remove` threshold, a removed line with
 * the score that removed it, a line that stays with its score in the last round; undefined for
 * a line never judged (a protected one; every line of a text the guards leave).
 */
export function scoreLines(texts: readonly string[], model: LineModel = lineModel): Array<{ p: number; reason: string } | undefined> {
  const scores: Array<{ p: number; reason: string } | undefined> = new Array(texts.length).fill(undefined);
  // Only a text in one of the lists' languages is judged: its function words are its prose's.
  const lang = documentLanguage(texts);
  if (lang < 0) return scores;
  let live = texts.map((_, i) => i);
  for (let round = 1; ; round++) {
    const judged = judgeRound(live.map((i) => texts[i]!), lang, model);
    const out = new Set<number>();
    judged.forEach((s, k) => {
      scores[live[k]!] = s;
      if (s !== undefined && s.p >= model.remove) out.add(live[k]!);
    });
    if (out.size === 0 || round === maxRounds) return scores;
    live = live.filter((i) => !out.has(i));
  }
}

/** One round: the score of each line of `texts` the guards let the model judge. */
function judgeRound(texts: readonly string[], lang: number, model: LineModel): Array<{ p: number; reason: string } | undefined> {
  const judged: Array<{ p: number; reason: string } | undefined> = new Array(texts.length).fill(undefined);
  if (texts.length < minUnits) return judged;
  const vectors = lineFeatures(texts, lang);
  // A text without one protected sentence of prose is a list, a table or a menu: nothing to compare with.
  const prose = protectedLines(vectors);
  if (!prose.includes(true)) return judged;
  const first = vectors.map((v) => sigmoid(sumOf(model.stage1, v)));
  vectors.forEach((v, i) => {
    stackedFeatures(v, first, i);
    // A sentence made of function words, or a subheading between two, is never judged junk.
    if (!prose[i]) judged[i] = score(v, model);
  });
  return judged;
}

type Stage = LineModel['stage1'];

function sumOf(stage: Stage, v: Float64Array): number {
  let t = stage.base;
  for (const nodes of stage.trees) {
    let node = nodes[0]!;
    while (node[0] >= 0) node = nodes[v[node[0]]! <= node[1] ? node[2] : node[3]]!;
    t += node[4];
  }
  return t;
}

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

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

/** Whether line `b`, right below `a`, goes on with a sentence `a` broke off. */
function continues(a: string, b: string): boolean {
  return !/[.!?:…"”»)]$/u.test(a) && /^\p{Ll}/u.test(b);
}

/**
 * The units of a text: its non-blank lines, a line that continues the sentence of the line
 * above joined to it; or, when the text is hard-wrapped (lines that break a sentence and go on
 * in lower case on the next line), its paragraphs.
 */
function unitsOf(textLines: readonly TextLine[]): Unit[] {
  const lines = textLines.filter((l) => l.trimEnd > l.trimStart);
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (b.start !== a.end + 1) continue;
    if (continues(a.text, b.text)) broken++;
  }
  // A hard-wrapped text: paragraphs, runs of lines with no blank line between them. Otherwise
  // lines, except that a line continuing a sentence the line above broke off (no blank line,
  // no end mark above, a lower-case start) stays with it: one wrapped paragraph is one unit.
  const wrapped = broken >= 3 && broken * 5 >= lines.length;
  const units: Unit[] = [];
  let current: Unit | undefined;
  let lastEnd = -2;
  for (const l of lines) {
    if (current && l.start === lastEnd + 1 && (wrapped || continues(current.text, l.text))) {
      current.end = l.trimEnd;
      current.text += ' ' + l.text;
    } else {
      current = { start: l.trimStart, end: l.trimEnd, text: l.text };
      units.push(current);
    }
    lastEnd = l.end;
  }
  return units;
}
