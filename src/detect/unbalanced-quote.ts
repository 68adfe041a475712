/**
 * unbalanced-quote: a quotation opened and never closed within its paragraph, as when MT
 * or a scraper drops the closing mark or turns it into an opening one.
 *
 * Notes:
 * - A paragraph whose quote stays open is fine when the next paragraph opens with a quote
 *   mark: the convention for quotations running over several paragraphs. Up to two short
 *   paragraphs without an end mark (an embedded post's caption and attribution) may stand
 *   between the two.
 * - A » that ends a paragraph closes every « still open: nested guillemet quotes that end
 *   together are often closed by one mark.
 * - Inside a paragraph, a line that opens with a quote mark while a quotation is open
 *   continues it: texts with one paragraph per line keep their paragraphs on lines.
 * - Likewise when the next paragraph's first quote mark closes: the quotation was broken
 *   by a line break.
 * - Single quotes are ignored: ’ and ' are apostrophes far more often than quotes.
 * - Straight double quotes toggle; after a digit with nothing open they are inch marks
 *   (12" pipe).
 * - A curly mark's role follows its context: “ closing a „ quote (Russian style), a “
 *   glued to the end of a quotation (“… profession. “.) closes it, and a Swedish-style ”
 *   before a word with nothing open opens one.
 * - Closing marks with nothing open are not this rule's business.
 */
import type { DocumentDetector, DocumentUnit, Reporter } from './types.js';

const ruleId = 'unbalanced-quote';
const marks = /’’|''|["“”„«»]/g;
const opening = /^\s*["“„«”]/;
const spaceBefore = /[\s(\[{—–-]/;
const boundaryAfter = /[\s.,;:!?)\]}…—–-]/;
/** Only blanks since a line break: the mark opens a line of the paragraph. */
const lineStart = /\n[ \t]*$/;
/** Only closing punctuation and blanks to the end of the paragraph. */
const paragraphEnd = /^[\s.,;:!?…)\]]*$/u;
/** A paragraph that is not prose: no end mark (a caption, a heading, an embed's attribution). */
const notProse = /[^.!?…"”»'’)\]:]\s*$/u;
/** Most such paragraphs between a quotation and the paragraph that continues it. */
const maxInterruptions = 2;

/** Offsets of quote marks left open in `text` (a paragraph). */
export function openQuotes(text: string): number[] {
  const stack: Array<{ mark: string; at: number }> = [];
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const q = m[0].length === 2 ? '”' : m[0]; // ’’ and '' close like ”
    const i = m.index;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + m[0].length < text.length ? text[i + m[0].length]! : ' ';
    const before = spaceBefore.test(prev);
    const after = boundaryAfter.test(next);
    const top = stack[stack.length - 1];
    // A line that opens with a quote mark while a quotation is open continues it, as a new
    // paragraph inside a quotation does (the previous line is left unclosed on purpose).
    if (top && (q === '"' || q === '“' || q === '«' || q === '„') && lineStart.test(text.slice(Math.max(0, i - 8), i)) && !after) {
      top.at = i;
      continue;
    }
    let close: boolean;
    if (!top && !before && after && q !== '„' && q !== '«') continue; // stray closing mark
    if (q === '"') {
      if (!top && /\d/.test(prev)) continue; // inch mark
      close = top?.mark === '"' || (top !== undefined && after && !before);
    } else if (q === '“') {
      close = top?.mark === '„' || (top !== undefined && after);
    } else if (q === '”' || q === '»') {
      close = top !== undefined || !(before && !after);
    } else close = false; // „ «
    if (close) {
      if (top) stack.pop();
      // A » that ends the paragraph closes every guillemet still open: nested quotes that end
      // together are often closed by one mark («… «Да ладно!»). Not so for “ ” and ": a quote
      // inside a quote takes single marks in English, and a second “ means the first lost its
      // closing mark.
      if (q === '»' && paragraphEnd.test(text.slice(i + 1)) && stack.every((s) => s.mark === '«')) stack.length = 0;
    } else stack.push({ mark: q, at: i });
  }
  return stack.map((s) => s.at);
}

/** True when the first quote mark of `text` is a closing one ("… binasanya.”"). */
function closesFirst(text: string): boolean {
  marks.lastIndex = 0;
  const m = marks.exec(text);
  if (!m) return false;
  const prev = m.index > 0 ? text[m.index - 1]! : ' ';
  const next = m.index + m[0].length < text.length ? text[m.index + m[0].length]! : ' ';
  return /[”»]|’’|''/.test(m[0]) || (m[0] === '"' && !spaceBefore.test(prev) && boundaryAfter.test(next));
}

function check({ text, paragraphs }: DocumentUnit, report: Reporter): void {
  paragraphs.forEach((p, k) => {
    const value = text.slice(p.start, p.end);
    marks.lastIndex = 0;
    if (!marks.test(value)) return;
    const open = openQuotes(value);
    if (open.length === 0) return;
    // The next paragraph of prose: an embed's caption and attribution lines may stand between.
    for (let j = k + 1; j < paragraphs.length && j - k <= maxInterruptions + 1; j++) {
      const after = text.slice(paragraphs[j]!.start, paragraphs[j]!.end);
      if (opening.test(after.slice(0, 8))) return;
      if (!notProse.test(after)) break;
    }
    const next = paragraphs[k + 1];
    // A line break inside a quotation: the next paragraph closes before it opens anything.
    if (next && closesFirst(text.slice(next.start, next.end))) return;
    const at = p.start + open[0]!;
    const excerpt = text.slice(at, Math.min(p.end, at + 40)).replace(/\s+\S*$/, '');
    report({
      start: at, end: at + 1,
      message: `Quotation opened at “${excerpt}…” is never closed in this paragraph`,
    });
  });
}

/** A document rule, since a quote may continue in the next paragraph. */
const detector: DocumentDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'a quotation opened and never closed' },
  needs: 'document',
  check,
};
export default detector;
