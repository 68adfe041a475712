import type { Rule } from '../../pipeline/registry.js';
import type { FileProblems } from '../problems.js';
import type { FixSummary } from './fix-summary.js';

/** What a check reporter may use besides the results. */
export interface ReportContext {
  /** Colour the output (stylish only): decided by cli.ts from the TTY, NO_COLOR and FORCE_COLOR. */
  color: boolean;
  tool: { name: string; version: string; informationUri: string };
  /** The rule registry, for SARIF's rule metadata. */
  rules: readonly Rule[];
  /** What --fix did, for the summary of stylish (the other formats leave it to stderr). */
  fix?: FixSummary;
  /** Width of the terminal (stylish wraps long messages to it); 100 when not a terminal. */
  columns?: number;
}

/** A check reporter: results in, the whole report out. */
export type Reporter = (results: readonly FileProblems[], context: ReportContext) => string;
