import { github } from './github.js';
import type { Reporter } from './report.js';
import type { FileProblems } from '../problems.js';
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

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** One line per problem, then the count: what eslint's `compact` and `unix` print. */
function oneLine(line: (path: string, p: FileProblems['problems'][number]) => string): Reporter {
  return (results) => {
    const lines = results.flatMap((r) => r.problems.map((p) => line(r.path, p)));
    return lines.length === 0 ? '' : `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'}\n`;
  };
}

/** `check --format compact`: `path: line 3, col 1, Error - message (rule)`, as eslint's compact. */
export const compact: Reporter = oneLine((path, p) => `${path}: line ${p.line}, col ${p.column}, ${capital(p.severity)} - ${p.message} (${p.rule})`);

/** `check --format unix`: `path:line:column: message [Error/rule]`, as eslint's unix (grep, vim's errorformat, Emacs compile). */
export const unix: Reporter = oneLine((path, p) => `${path}:${p.line}:${p.column}: ${p.message} [${capital(p.severity)}/${p.rule}]`);

/** The check reporters by `--format` name: the one list. */
export const reporters = { stylish, compact, unix, json, sarif, github } as const satisfies Record<string, Reporter>;

/** A `--format` value. */
export type ReporterName = keyof typeof reporters;
