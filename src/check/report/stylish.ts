import type { Reporter } from './report.js';
import type { Severity } from '../../types.js';
import { fixSummaryLines } from './fix-summary.js';
import { plural } from '../../shared/plural.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;


/**
 * Wrap `text` at spaces into lines of at most `width` characters (a word longer than that stands
 * alone on its line).
 */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * For people (the default): one line per problem, `path:line:column  severity  message  rule`,
 * aligned per file, files separated by a blank line, then a summary as eslint prints it:
 * `✖ 3 problems (1 error, 2 warnings)` and how many --fix can repair, and after --fix what it
 * did. Columns are as wide as their content; a message longer than the room the terminal
 * leaves (100 columns off a terminal) wraps onto lines of its own under the message column,
 * and no line is padded past its last word. Nothing when clean (except the --fix summary).
 */
export const stylish: Reporter = (results, { color, fix, columns }) => {
  const paint = (style: Style, s: string) => (color ? `\u001b[${codes[style][0]}m${s}\u001b[${codes[style][1]}m` : s);
  const tone: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const width = Math.max(columns ?? 100, 60);
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.problems.length === 0) continue;
    const rows = r.problems.map((p) => [`${r.path}:${p.line}:${p.column}`, p.severity, p.message, p.rule, p.severity] as const);
    const w0 = Math.max(...rows.map((row) => row[0].length));
    const w1 = Math.max(...rows.map((row) => row[1].length));
    const w3 = Math.max(...rows.map((row) => row[3].length));
    // The message column: as wide as the longest message, at most what the line has room for.
    const room = Math.max(width - w0 - w1 - w3 - 6, 30);
    const w2 = Math.min(Math.max(...rows.map((row) => row[2].length)), room);
    const indent = ' '.repeat(w0 + w1 + 4);
    blocks.push(rows.map(([place, sev, message, rule, s]) => {
      const [first, ...rest] = wrap(message, w2);
      const head = `${place.padEnd(w0)}  ${paint(tone[s], sev.padEnd(w1))}  ${first!.padEnd(w2)}  ${paint('dim', rule)}`;
      return [head, ...rest.map((line) => indent + line)].join('\n');
    }).join('\n'));
    for (const p of r.problems) {
      if (p.severity === 'error') errors++;
      else if (p.severity === 'warning') warnings++;
      else infos++;
      if (p.fixable) fixable++;
    }
  }
  const total = errors + warnings + infos;
  // After --fix: what it did, when it did or left anything (a run with nothing to do says nothing).
  const fixLines = fix && (fix.fixed > 0 || fix.notFixed.length > 0 || total > 0) ? fixSummaryLines(fix, total).join('\n') + '\n' : '';
  if (total === 0) return fixLines;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${infos} info` : ''})`;
  const fixLine = fixable > 0 ? `\n  ${plural(fixable, 'problem')} ${fixable === 1 ? 'is' : 'are'} fixable with --fix` : '';
  return `${blocks.join('\n\n')}\n\n${paint('bold', paint(errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'blue', summary))}${fixLine}\n${fixLines ? '\n' + fixLines : ''}`;
};
