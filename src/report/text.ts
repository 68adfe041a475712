/**
 * `unscrape report --format text`: the headline numbers and the worst sites as a plain table,
 * for a terminal over SSH. Same data as the HTML report.
 */
import type { ReportData } from './aggregate.js';

/** Sites in the text table. */
const textSites = 15;

const int = (n: number) => n.toLocaleString('en-US');
const dec = (n: number, d = 1) => n.toFixed(d);

/** Columns padded to their widest cell; numbers right-aligned. */
function columns(rows: string[][], numeric: boolean[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** The text report. */
export function renderText(data: ReportData): string {
  const r = data.run;
  const lines: string[] = [];
  lines.push(`unscrape report: ${int(r.documents)} documents, ${int(r.sites)} sites`);
  lines.push(`  error records   ${int(r.errors)}${data.errorsByCode.length ? ` (${data.errorsByCode.map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`);
  lines.push(`  bad lines       ${int(r.badLines)}${data.badLines.length ? ` (first: ${data.badLines[0]!.path}${data.badLines[0]!.line !== undefined ? `:${data.badLines[0]!.line}` : ''}: ${data.badLines[0]!.reason})` : ''}`);
  lines.push(`  languages       ${r.languages.slice(0, 6).map(([l, n]) => `${l} ${n}`).join(', ') || '-'}`);
  lines.push(`  characters      ${int(r.charsIn)} in, ${int(r.charsOut)} out (${dec(r.charsIn > 0 ? (100 * r.removedChars) / r.charsIn : 0)} % removed)`);
  const findings = data.findings.reduce((t, f) => [t[0]! + f.error, t[1]! + f.warning, t[2]! + f.info], [0, 0, 0]);
  lines.push(`  findings        ${int(findings[0]!)} errors, ${int(findings[1]!)} warnings, ${int(findings[2]!)} infos`);
  if (data.removed.length) lines.push(`  removed most    ${data.removed.slice(0, 3).map((x) => `${x.rule} ${int(x.chars)} chars`).join(', ')}`);
  if (r.seconds !== undefined) lines.push(`  time            ${dec(r.seconds)} s`);
  lines.push('');
  const sites = data.sites.filter((s) => s.docs > s.errors).slice(0, textSites);
  if (sites.length > 0) {
    lines.push(`Worst sites (of ${int(data.sites.length)}), likeliest machine-translated first:`);
    const rows = [['site', 'score', 'docs', 'warned', 'warn/1k sent', 'removed', 'top rule']];
    for (const s of sites) {
      const top = Object.entries(s.ruleRates).sort((a, b) => b[1] - a[1])[0];
      rows.push([s.site, String(s.score), int(s.docs), `${dec(100 * s.withWarnings, 0)} %`, dec(s.warningRate), `${dec(100 * s.removedShare)} %`, top ? `${top[0]} ${dec(top[1])}` : '-']);
    }
    lines.push(columns(rows, [false, true, true, true, true, true, false]));
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
