import type { Change, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';

/**
 * Nothing to read: punctuation, symbols and blanks alone, without a letter, a digit or an emoji.
 */
const nothingToRead = /^[\p{P}\p{S}\s\u200b-\u200d\u2060\ufeff]+$/u;
/** What a line with something to read holds. */
const readable = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
/** A line of brackets and code punctuation alone ("}", "});"): kept where the text holds code. */
const codeScrap = /^[{}()[\];,.\s]+$/u;
/** A line that opens a block of code ("function f() {", "if (x) {"): the text holds code. */
const opensBlock = /\{[ \t]*$/mu;
/**
 * A section break: one mark three times or more, spaced or not ("* * *", "***", "___", "---",
 * "===", "• • •", "#  #  #"), or "⁂": the article's own structure, kept.
 */
const sectionBreak = /^(?:([*_=~#•·\-–—])(?:\s{0,2}\1){2,}|⁂)$/u;
/** A table's rule ("|---|---|", "+----+----+"): kept next to a row of cells. */
const tableRule = /^[|+][-=:|+ ]*$/u;

/** Whether `line` (if any) is a row of a table's cells: "| Name | Age |". */
function cellsAt(text: string, line: TextLine | undefined): boolean {
  return line !== undefined && text.slice(line.trimStart, line.trimEnd).split('|').length >= 3;
}

/**
 * `punctuation-line`: removes a line with nothing to read: punctuation and symbols alone
 * (").", ",", "|", ">", "▄▄▄"), what a scraper leaves where it cut a link, a citation or a
 * widget out of a line.
 *
 * Notes:
 * - A line is judged as the rules it sees leave it: "[ad_1] )." is such a line.
 * - A section break stays: one mark three times or more ("* * *", "___", "---"), the article's
 *   own structure (the article benchmark's truth keeps AP's "___").
 * - A line of brackets alone ("}", "});") stays in a text that holds code (a line that opens a
 *   block with "{"), and a table's rule ("|---|---|") next to a row of its cells.
 * - A line with a letter, a digit or an emoji stays, whatever else it holds ("***1***", "🔥").
 * - No article sentence can be lost: the line has no word. The line classifier does not read
 *   this rule's removals (it is not in its `sees`): it judges a line's neighbours as they were on
 *   the pages it learned from, where such lines stood.
 */
export const punctuationLine: CleanRule = {
  id: 'punctuation-line',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'A line with nothing to read: punctuation and symbols alone (").", "|", ">", "___")',
  label: 'Line with nothing to read',
  sees: ['mojibake', 'invisible-char', 'ad-marker', 'caption', 'boilerplate'],
  propose(text: string, _ctx: CleanContext, pass: CleanPass): Change[] {
    const changes: Change[] = [];
    const viewOf = pass.views();
    let code: boolean | undefined;
    const lines = pass.lines;
    for (const [k, line] of lines.entries()) {
      if (line.trimEnd === line.trimStart) continue;
      // Views are asked in order, each line's (a line no seen change touches is its own text).
      const view = viewOf(line);
      // Most lines begin with something to read.
      if (view.text === '' || readable.test(view.text) || !nothingToRead.test(view.text)) continue;
      if (sectionBreak.test(view.text)) continue;
      if (codeScrap.test(view.text) && (code ??= opensBlock.test(text))) continue;
      if (tableRule.test(view.text) && (cellsAt(text, lines[k - 1]) || cellsAt(text, lines[k + 1]))) continue;
      for (const [start, end] of view.pieces) changes.push({ rule: punctuationLine.id, start, end, replacement: '', reason: 'punctuation and symbols alone: no letter, digit or emoji' });
    }
    return changes;
  },
};
