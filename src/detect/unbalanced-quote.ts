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
 * - A closing mark that faces the wrong way is reported on that mark, one finding a
 *   quotation: an opening “ or « glued to the end of a quotation (“…data“.), unless the
 *   paragraph pairs its marks that way twice or more (its convention), and a ” before a word
 *   inside a “ quotation. « glued to the end of a » quotation closes it (Danish »…«), and a ”
 *   before a word inside guillemets opens a quote within the quote (»… sagde ”nej”.«).
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

/**
 * A quotation closed within its paragraph: its two marks, their offsets, and how the closing
 * mark stands (`glued`: no blank before it; `beforeWord`: a blank before it and a word after,
 * where an opening mark stands).
 */
export interface QuotePair { open: string; openAt: number; close: string; closeAt: number; glued: boolean; beforeWord: boolean }

/** Offsets of quote marks left open in `text` (a paragraph). */
export function openQuotes(text: string): number[] {
  return scanQuotes(text).open;
}

/** The quote marks of `text` (a paragraph): those left open and the pairs that close. */
export function scanQuotes(text: string): { open: number[]; pairs: QuotePair[] } {
  const stack: Array<{ mark: string; at: number }> = [];
  const pairs: QuotePair[] = [];
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
    } else if (q === '”' && (top?.mark === '»' || top?.mark === '«') && before && !after) {
      close = false; // a quote inside a guillemet quote (Danish »… sagde ”nej”.«)
    } else if (q === '”' || q === '»') {
      close = top !== undefined || !(before && !after);
    } else if (q === '«') {
      // « glued to the end of a quotation closes it: the Danish »…« convention, or an opening
      // mark where a closing one belongs («…regularisation«,).
      close = (top?.mark === '»' || top?.mark === '«') && !before && after;
    } else close = false; // „
    if (close) {
      if (top) {
        stack.pop();
        pairs.push({ open: top.mark, openAt: top.at, close: q, closeAt: i, glued: !before, beforeWord: before && !after });
      }
      // A » that ends the paragraph closes every guillemet still open: nested quotes that end
      // together are often closed by one mark («… «Да ладно!»). Not so for “ ” and ": a quote
      // inside a quote takes single marks in English, and a second “ means the first lost its
      // closing mark.
      if (q === '»' && paragraphEnd.test(text.slice(i + 1)) && stack.every((s) => s.mark === '«')) stack.length = 0;
    } else stack.push({ mark: q, at: i });
  }
  return { open: stack.map((s) => s.at), pairs };
}

/**
 * Pairings some typographic convention uses: English “…”, German „…“ and »…«, Polish and
 * Hungarian „…”, Swedish and Finnish ”…” and »…», French, Spanish and Russian «…», straight "…".
 * A straight mark paired with a curly one ("…” or “…") is left alone: native pages mix them
 * often where an editor typed some marks by hand.
 */
const conventional = new Set(['“”', '„“', '„”', '””', '«»', '»«', '»»', '""', '"”', '“"']);

/**
 * Pairs whose closing mark faces the wrong way: an opening mark (“ or «) glued to the end of a
 * quotation (a pairing the paragraph uses twice or more is its convention, not a slip), or a ”
 * that stands before a word inside a “ quotation, where only an opening mark stands.
 */
function wrongWay(pairs: QuotePair[]): QuotePair[] {
  const key = (p: QuotePair) => p.open + p.close;
  return pairs.filter((p) => (!conventional.has(key(p)) && (p.close === '“' || p.close === '«') && p.glued
    && pairs.filter((o) => key(o) === key(p)).length < 2)
    || (key(p) === '“”' && p.beforeWord));
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
    const { open, pairs } = scanQuotes(value);
    const excerptAt = (at: number) => text.slice(at, Math.min(p.end, at + 40)).replace(/\s+\S*$/, '');
    // One finding a quotation, on the mark that faces the wrong way.
    for (const w of wrongWay(pairs)) {
      const at = p.start + w.closeAt;
      report({
        start: at, end: at + 1,
        message: w.close === '”'
          ? `” stands before a word inside the quotation opened at ${excerptAt(p.start + w.openAt)}…: a closing mark where an opening one belongs`
          : `${w.close} closes the quotation opened at ${excerptAt(p.start + w.openAt)}…: an opening mark where a closing one belongs`,
      });
    }
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
    report({
      start: at, end: at + 1,
      message: `Quotation opened at “${excerptAt(at)}…” is never closed in this paragraph`,
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
