import { plural } from '../../shared/plural.js';

/** What `check --fix` (or `--fix-dry-run`) did, for the report's last lines. */
export interface FixSummary {
  /** --fix wrote the files (false: --fix-dry-run, nothing written). */
  written: boolean;
  /** Problems fixed, and the files rewritten. */
  fixed: number;
  files: number;
  /** Files with fixable problems that --fix cannot rewrite, and why (HTML, compressed, Markdown syntax …). */
  notFixed: Array<{ path: string; reason: string }>;
}

/**
 * As ruff says it: "Fixed 9 problems in 3 files; 4 remain." (or "Would fix …" for a dry run),
 * then one line per file that could not be fixed.
 */
export function fixSummaryLines(s: FixSummary, remain: number): string[] {
  const head = s.written
    ? `Fixed ${plural(s.fixed, 'problem')} in ${plural(s.files, 'file')}; ${remain} remain${remain === 1 ? 's' : ''}.`
    : `Would fix ${plural(s.fixed, 'problem')} in ${plural(s.files, 'file')}; ${remain} would remain.`;
  return [head, ...s.notFixed.map((n) => `Not fixed: ${n.path}: ${n.reason}`)];
}
