import type { RuleInfo } from '../../types.js';

/** `unscrape rules`: a table for people (with a header row) or JSON for scripts. */
export function formatRules(rules: readonly RuleInfo[], format: 'table' | 'json'): string {
  if (format === 'json') return JSON.stringify({ rules }, null, 2) + '\n';
  const rows = [['RULE', 'STAGE', 'SEVERITY', 'FIXABLE', 'SUMMARY'], ...rules.map((r) => [r.id, r.stage, r.severity, r.fixable ? 'fixable' : '', r.summary])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd()).join('\n') + '\n';
}
