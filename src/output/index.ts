import { github } from './github.js';
import type { Reporter } from './report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { Reporter, ReportContext } from './report.js';

/**
 * `check --format json`: an array of files, each with its problems and counts (files without
 * problems included, so that a script sees what was checked).
 */
export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      path: r.path,
      errorCount: r.problems.filter((p) => p.severity === 'error').length,
      warningCount: r.problems.filter((p) => p.severity === 'warning').length,
      infoCount: r.problems.filter((p) => p.severity === 'info').length,
      fixableCount: r.problems.filter((p) => p.fixable).length,
      problems: r.problems,
    })),
    null,
    2,
  ) + '\n';

/** The check reporters by `--format` name: the one list. */
export const reporters = { stylish, json, sarif, github } as const satisfies Record<string, Reporter>;

/** A `--format` value. */
export type ReporterName = keyof typeof reporters;
