/**
 * V8 settings for the command line's batch work, measured on this workload (2 cores; the
 * figures are in the commit messages and README.md, "Speed and scale"). V8's flags are the
 * process's: set in the main thread before the work starts, they reach the workers' isolates
 * too. The library API sets none. A flag the user gives node itself (`node --regexp-tier-up
 * bin/unscrape.js …`) wins over these.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget: how much bytecode a function runs before V8 considers optimising it
 * (66 KB by default). With a worker on every core, the optimising compiler (TurboFan) runs on
 * the same cores as the workers, and for each worker again. Four times the budget optimises only
 * the functions that stay hot: half the compiles, and a shorter run. With a core to spare,
 * compiling costs the workers nothing and the longer wait for optimised code makes `--jobs 1`
 * slower, so the budget stays as it is then. The measurements: docs/performance.md.
 */
const contendedInterruptBudget = 270_000;

/** Whether the user set a V8 flag of this name on node's command line. */
function userSet(execArgv: readonly string[], name: string): boolean {
  const forms = [name, name.replaceAll('-', '_')];
  return execArgv.some((a) => forms.some((f) => a === `--${f}` || a === `--no-${f}` || a.startsWith(`--${f}=`)));
}

/** The flag to set before a pool of `jobs` workers starts on `cores` cores, if any. */
export function tieringFlag(jobs: number, cores: number, execArgv: readonly string[]): string | undefined {
  if (jobs < cores || userSet(execArgv, 'interrupt-budget')) return undefined;
  return `--interrupt-budget=${contendedInterruptBudget}`;
}

/**
 * V8 runs a regular expression's first match in its bytecode interpreter, then compiles it to
 * machine code: each of the rules' hundred-odd patterns would be compiled twice in every worker,
 * and the bytecode (with its peephole optimisation, the costlier part) would serve one match.
 * Compiling to machine code at once halves the time spent compiling patterns
 * (docs/performance.md).
 */
export function regexpFlag(execArgv: readonly string[]): string | undefined {
  return userSet(execArgv, 'regexp-tier-up') ? undefined : '--no-regexp-tier-up';
}

/**
 * How far V8 lets a heap's old generation grow past what the last full collection kept: by
 * default a factor V8 picks from how little time collecting took, which lets a busy worker of
 * this pipeline hold more than twice its live data between collections, and a stream's memory
 * followed it. At 1.35 full collections come more often, each short (the measurements are in
 * docs/performance.md).
 */
const heapGrowingPercent = 35;

/** The heap-growing flag to set before a pool's workers start, unless the user set it. */
export function heapFlag(execArgv: readonly string[]): string | undefined {
  return userSet(execArgv, 'heap-growing-percent') ? undefined : `--heap-growing-percent=${heapGrowingPercent}`;
}

/** Set a flag from the functions above (none: nothing to do). */
export function setV8Flag(flag: string | undefined): void {
  if (flag) setFlagsFromString(flag);
}
