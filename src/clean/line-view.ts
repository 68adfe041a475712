import type { Change, LineView, TextLine } from '../types.js';
import { isSpace, lineEnds, matchStarts, mayHoldOddBlanks } from './util.js';
import { logicalLines } from '../shared/wrap.js';

/**
 * Judging a line as the higher-ranked rules will leave it.
 *
 * Line rules (ad labels, boilerplate, captions) remove whole lines, but rules ranked before them
 * (mojibake, invisible-char, ad-marker) may change characters inside the same line, and on an
 * overlap the higher-ranked change wins and the line removal is dropped. "Read also:\u200b …"
 * would then survive the first pass and be removed by the second. So a line rule tests the
 * line's *view* (the line with those changes applied) and removes the line as the pieces
 * between them, which never overlap.
 */

/** Where a run of blanks or a blank other than a space starts; a line without one is `plain`. */
const oddBlank = /[^\S \n]| \s/g;

/**
 * The lines of `text`, split where the whitespace rule splits them ("\n", and also "\f", "\v",
 * NEL, U+2028, U+2029, which it turns into "\n"): a line rule must see the lines the second
 * pass will see. A pass splits its text once (clean/pass.ts).
 */
export function linesOf(text: string): TextLine[] {
  // Without "  " or a blank other than a space, only " \n" would match: no blank inside a line.
  const odd = mayHoldOddBlanks(text) ? matchStarts(oddBlank, text) : [];
  const lines: TextLine[] = [];
  let start = 0;
  let k = 0;
  for (const end of lineEnds(text)) {
    let a = start;
    let b = end;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    // The first odd blank inside the content starts a match inside it: matches never cross a non-blank.
    while (k < odd.length && odd[k]! < a) k++;
    lines.push({ start, end, trimStart: a, trimEnd: b, text: text.slice(a, b), plain: k === odd.length || odd[k]! >= b });
    start = end + 1;
  }
  return lines;
}

/**
 * The lines the line rules read in `text`: its lines (`linesOf`), a sentence that a text wrapped
 * at a width broke across lines read as one (`logicalLines`, shared/wrap.ts).
 */
export function ruleLinesOf(text: string): readonly TextLine[] {
  return logicalLines(text, linesOf(text));
}

/** A blank at a line's ends: what /[\s\u200b\ufeff]/u matches, without a regex call per character. */
function isBlank(c: number): boolean {
  return isSpace(c) || c === 0x200b;
}

/** The higher-ranked changes, sorted by start, overlapping ones dropped. */
export function holesOf(changes: readonly Change[]): Change[] {
  const sorted = changes.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Change[] = [];
  for (const c of sorted) if (kept.length === 0 || c.start >= kept[kept.length - 1]!.end) kept.push(c);
  return kept;
}

/** Walks the lines of one text in order, giving each line's view and its pieces; linear overall. */
export class LineViews {
  #next = 0;

  constructor(private readonly text: string, private readonly holes: readonly Change[]) {}

  /**
   * The line's trimmed text with the holes inside it applied, and the spans of the line between
   * them. A hole that crosses the line's ends leaves the line as it is.
   */
  view(line: TextLine): LineView {
    const { holes } = this;
    while (this.#next < holes.length && holes[this.#next]!.end <= line.trimStart) this.#next++;
    const inside: Change[] = [];
    for (let k = this.#next; k < holes.length && holes[k]!.start < line.trimEnd; k++) {
      const h = holes[k]!;
      if (h.start < line.trimStart || h.end > line.trimEnd) return whole(line);
      inside.push(h);
    }
    if (inside.length === 0) return whole(line);
    let view = '';
    const pieces: Array<[number, number]> = [];
    let at = line.trimStart;
    for (const h of inside) {
      if (h.start > at) pieces.push([at, h.start]);
      view += this.text.slice(at, h.start) + h.replacement;
      at = h.end;
    }
    if (line.trimEnd > at) pieces.push([at, line.trimEnd]);
    view += this.text.slice(at, line.trimEnd);
    // "also \u200b Read." reads "also Read.", as the whitespace rule will leave it.
    return { text: squeeze(view).trim(), pieces };
  }
}

/** The view of a line no hole touches. */
function whole(line: TextLine): LineView {
  return { text: line.plain ? line.text : squeeze(line.text), pieces: [[line.trimStart, line.trimEnd]] };
}

/** Runs of blanks as one space, as the whitespace rule will leave them: "Read   also." reads "Read also.". */
function squeeze(s: string): string {
  return s.replace(/\s+/gu, ' ');
}
