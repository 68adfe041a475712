import { fstatSync } from 'node:fs';

/** What the progress decision depends on (a seam for tests: no terminal is needed to test it). */
export interface TerminalState {
  /** stderr is a terminal. */
  stderr: boolean;
  /** CI is set (to anything but "", "0" or "false"): CI services give stderr a pseudo-terminal. */
  ci: boolean;
  /** stdout is a regular file (`> out.jsonl`), not a terminal or a pipe. */
  stdoutIsFile: boolean;
}

/** The state of this process's streams and environment. */
export function terminalState(env: NodeJS.ProcessEnv = process.env): TerminalState {
  let stdoutIsFile = false;
  try {
    stdoutIsFile = fstatSync(1).isFile();
  } catch {
    // no stdout
  }
  const ci = env.CI;
  return { stderr: process.stderr.isTTY === true, ci: ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false', stdoutIsFile };
}

/**
 * Whether `clean` shows its progress bar: `--progress` / `--no-progress` decide; by default only
 * when stderr is a terminal, CI is not set, and the records do not go to that screen: they go
 * to files (--out, -o) or stdout is redirected to a file. Not when stdout is a terminal or a
 * pipe (`unscrape clean big | jq -r .title` prints on the same screen as the bar).
 */
export function showProgress(options: { progress?: boolean; out?: string; outputFile?: string }, tty: TerminalState): boolean {
  if (options.progress !== undefined) return options.progress;
  if (!tty.stderr || tty.ci) return false;
  return options.out !== undefined || options.outputFile !== undefined || tty.stdoutIsFile;
}
