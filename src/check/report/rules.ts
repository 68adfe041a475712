import type { Rule } from '../../pipeline/registry.js';

/**
 * `unscrape rules`: a table for people (with a header row), JSON for scripts, or the Markdown
 * table docs/rules.md holds (tests/registry.test.ts checks that the two are the same).
 */
export function formatRules(rules: readonly Rule[], format: 'table' | 'json' | 'markdown'): string {
  if (format === 'json') return JSON.stringify({ rules }, null, 2) + '\n';
  if (format === 'markdown') {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    return ['| rule | stage | severity | fixable | what it finds |', '|---|---|---|---|---|',
      ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.stage} | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${cell(r.summary)} |`)].join('\n') + '\n';
  }
  const rows = [['RULE', 'STAGE', 'SEVERITY', 'FIXABLE', 'SUMMARY'], ...rules.map((r) => [r.id, r.stage, r.severity, r.fixable ? 'fixable' : '', r.summary])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd()).join('\n') + '\n';
}
