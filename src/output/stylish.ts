import type { Reporter } from './report.js';
import type { Severity } from '../types.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * For people (the default): one line per problem, `path:line:column  severity  message  rule`,
 * aligned per file, files separated by a blank line, then a summary as eslint prints it:
 * `✖ 3 problems (1 error, 2 warnings)` and how many --fix can repair. Nothing when clean.
 */
export const stylish: Reporter = (results, { color }) => {
  const paint = (style: Style, s: string) => (color ? `\u001b[${codes[style][0]}m${s}\u001b[${codes[style][1]}m` : s);
  const tone: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
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
    const w2 = Math.max(...rows.map((row) => row[2].length));
    blocks.push(rows.map(([place, sev, message, rule, s]) => `${place.padEnd(w0)}  ${paint(tone[s], sev.padEnd(w1))}  ${message.padEnd(w2)}  ${paint('dim', rule)}`).join('\n'));
    for (const p of r.problems) {
      if (p.severity === 'error') errors++;
      else if (p.severity === 'warning') warnings++;
      else infos++;
      if (p.fixable) fixable++;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${infos} info` : ''})`;
  const fixLine = fixable > 0 ? `\n  ${plural(fixable, 'problem')} ${fixable === 1 ? 'is' : 'are'} fixable with --fix` : '';
  return `${blocks.join('\n\n')}\n\n${paint('bold', paint(errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'blue', summary))}${fixLine}\n`;
};
