import type { Change, CleanRule } from '../types.js';
import { isInlineSpace, lineEnds, matchStarts, mayHoldOddBlanks } from './util.js';

/** An inline blank other than " ", or a space followed by another inline blank (see isInlineSpace). */
const oddInline = /[\t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| [ \t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * `whitespace`: normalizes blanks: no-break and other odd spaces become plain spaces, runs of
 * spaces become one, blanks at line ends and around the text go, and runs of blank lines become
 * one blank line (the paragraph separator). Line breaks inside a paragraph are kept.
 *
 * It runs after the other cleaning rules, on their result, and makes only deletions and
 * one-for-one substitutions, so each of its records maps to exact characters of the source.
 *
 * Notes:
 * - Single line breaks are kept: joining them would change poems, lists and addresses.
 */
export const whitespace: CleanRule = {
  id: 'whitespace',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Runs of spaces and blank lines, blanks at line ends, no-break and odd spaces',
  label: 'Superfluous or odd whitespace',
  propose(text: string): Change[] {
    const changes: Change[] = [];
    const del = (start: number, end: number) => {
      if (end <= start) return;
      const last = changes[changes.length - 1];
      if (last && last.end === start && last.replacement === '') last.end = end;
      else changes.push({ rule: 'whitespace', start, end, replacement: '' });
    };
    const sub = (at: number, to: string) => changes.push({ rule: 'whitespace', start: at, end: at + 1, replacement: to });

    // 1. Lines: [start, end) and the offset of their terminator (end, or -1 for the last one).
    const lines: Array<{ start: number; end: number; trimStart: number; trimEnd: number; blank: boolean }> = [];
    let start = 0;
    for (const end of lineEnds(text)) {
      let a = start;
      let b = end;
      while (a < b && isInlineSpace(text.charCodeAt(a))) a++;
      while (b > a && isInlineSpace(text.charCodeAt(b - 1))) b--;
      lines.push({ start, end, trimStart: a, trimEnd: b, blank: a === b });
      start = end + 1;
    }
    // Where a run of blanks or a blank other than " " starts (inside a line: a match never
    // crosses a non-blank); a single space between words, most blanks, needs no visit.
    const odd = mayHoldOddBlanks(text) ? matchStarts(oddInline, text) : [];
    let o = 0;
    // 2. Within each line: trim, collapse runs, make odd spaces plain.
    let prevContent = -1;
    const nextContent: number[] = new Array<number>(lines.length);
    for (let k = lines.length - 1, next = -1; k >= 0; k--) {
      nextContent[k] = next;
      if (!lines[k]!.blank) next = k;
    }
    lines.forEach((line, k) => {
      const i = line.trimStart;
      const end = line.trimEnd;
      del(line.start, i);
      while (o < odd.length && odd[o]! < i) o++;
      for (; o < odd.length && odd[o]! < end; o++) {
        const at = odd[o]!;
        let j = at + 1;
        while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(at) !== 0x20) sub(at, ' ');
        del(at + 1, j);
        // Later matches inside the same run.
        while (o + 1 < odd.length && odd[o + 1]! < j) o++;
      }
      del(end, line.end);
      // 3. The terminator: kept between two content lines (one break), or as the two breaks
      //    that make one blank line across a gap; every other break goes.
      if (line.end < text.length) {
        const next = nextContent[k]!;
        if (!line.blank) prevContent = k;
        const keep = prevContent >= 0 && next >= 0 && (k === prevContent || k === next - 1);
        if (!keep) del(line.end, line.end + 1);
        else if (text.charCodeAt(line.end) !== 0x0a) sub(line.end, '\n');
      }
    });
    return changes;
  },
};
