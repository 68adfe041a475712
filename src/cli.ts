import { fstatSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type AtomicStream, atomicStream, removeStaleTemps, writeErrorMessage } from './run/atomic.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ReporterName } from './check/report/index.js';
import { createExecutor, defaultJobs } from './run/pool.js';
import { runClean, type RunSummary } from './run/clean.js';
import { loadIgnoreFile } from './run/ignores.js';
import { showProgress, terminalState } from './run/terminal.js';
import { defaultSettings, loadConfig, unknownRule, type Settings } from './settings.js';
import { ConfigurationError } from './errors.js';
import type { RuleLevel } from './types.js';
import { formatRules } from './check/report/rules.js';
import { fixSummaryLines } from './check/report/fix-summary.js';
import type { InputFormat } from './types.js';
import { regexpFlag, setV8Flag } from './run/v8-flags.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; description: string };

/** Options every command that reads documents shares. */
interface InputOptions {
  inputFormat?: InputFormat;
  encoding?: string;
  maxSize?: number;
  config?: string;
  debug?: boolean;
  rule?: string[];
  select?: string[];
  disable?: string[];
  /** false with --no-ignore. */
  ignore?: boolean;
  profile?: string;
  textField?: string[];
}

const debug = process.argv.includes('--debug');

// Before any pattern runs, here or in a worker (see v8-flags.ts).
setV8Flag(regexpFlag(process.execArgv));

/** Settings from the configuration file and the command line, or a ConfigurationError. */
async function settingsFrom(options: InputOptions): Promise<Settings> {
  const cwd = process.cwd();
  const loaded = loadConfig(cwd, options.config);
  if (!loaded.ok) throw loaded.error;
  const settings: Settings = { ...defaultSettings(), ...loaded.value, rules: { ...loaded.value.rules } };
  // The rule registry loads every rule's module: only when the configuration or the command line names rules.
  const fromCommandLine = (options.rule?.length ?? 0) + (options.select?.length ?? 0) + (options.disable?.length ?? 0) > 0;
  if (Object.keys(settings.rules).length > 0 || fromCommandLine) {
    const { ruleIds } = await import('./pipeline/registry.js');
    const unknown = unknownRule(loaded.value, ruleIds);
    if (unknown) throw unknown;
    applyRuleOptions(settings, options, ruleIds);
  }
  settings.ignore = [...settings.ignore, ...loadIgnoreFile(cwd)];
  if (options.inputFormat) settings.inputFormat = options.inputFormat;
  if (options.encoding !== undefined) {
    // Checked here, once: an unknown name would otherwise fail every document on its own.
    if (!(await import('./decode/bytes.js')).knownEncoding(options.encoding)) {
      throw new ConfigurationError(`--encoding: unknown encoding ${JSON.stringify(options.encoding)}`, 'use a name such as utf-8, windows-1251, koi8-r or iso-8859-1');
    }
    settings.encoding = options.encoding;
  }
  if (options.maxSize !== undefined) settings.maxSize = options.maxSize;
  // The command line's fields replace the configuration's list, as --profile replaces its profile.
  if (options.textField !== undefined && options.textField.length > 0) settings.textFields = textFieldList(options.textField);
  if (options.profile !== undefined) settings.profile = resolve(cwd, options.profile);
  // A profile replaces the first pass: what qualifies is all that is kept (and sent to workers).
  if (settings.profile !== undefined) settings.learned = (await import('./run/learn.js')).readProfileFile(settings.profile);
  if (options.debug) settings.debug = true;
  return settings;
}

/** Rule ids of a --select / --disable value: comma-separated, repeatable. */
function ruleList(values: readonly string[] | undefined, option: string, known: ReadonlySet<string>): string[] {
  const ids = (values ?? []).flatMap((v) => v.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  for (const id of ids) if (!known.has(id)) throw new ConfigurationError(`${option}: unknown rule "${id}"`, 'run `unscrape rules` to list the rule ids');
  return ids;
}

/**
 * The command line's rule switches over the configuration, as ruff and eslint apply them:
 * `--select` keeps only the rules it names (the others off), then `--disable` turns rules off,
 * then each `--rule id:level` sets one rule's level.
 */
function applyRuleOptions(settings: Settings, options: InputOptions, known: ReadonlySet<string>): void {
  const selected = ruleList(options.select, '--select', known);
  if (selected.length > 0) {
    for (const id of known) if (!selected.includes(id)) settings.rules[id] = 'off';
  }
  for (const id of ruleList(options.disable, '--disable', known)) settings.rules[id] = 'off';
  for (const value of options.rule ?? []) {
    const m = /^\s*([\w-]+)\s*[:=]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new ConfigurationError(`--rule: expected id:level such as calque:off, got ${JSON.stringify(value)}`);
    const [, id, level] = m as unknown as [string, string, string];
    if (!known.has(id)) throw new ConfigurationError(`--rule: unknown rule "${id}"`, 'run `unscrape rules` to list the rule ids');
    if (!['off', 'info', 'warning', 'error'].includes(level)) throw new ConfigurationError(`--rule ${id}: level ${JSON.stringify(level)}; use off, info, warning or error`);
    settings.rules[id] = level as RuleLevel;
  }
}

/** --text-field values: one name each, or comma-separated; an empty name is a usage error. */
function textFieldList(values: readonly string[]): string[] {
  const names = values.flatMap((v) => v.split(',')).map((n) => n.trim());
  if (names.some((n) => n === '')) throw new ConfigurationError(`--text-field: expected a field name such as maintext, got ${JSON.stringify(values.join(','))}`);
  return [...new Set(names)];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new ConfigurationError(`--max-size: cannot read ${JSON.stringify(value)}; use bytes or a unit such as 50MB`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new ConfigurationError(`--jobs: expected a whole number from 1 to 256, got ${JSON.stringify(value)}`);
  return n;
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new ConfigurationError(`--shard: expected i/n with 1 <= i <= n, got ${JSON.stringify(value)}`);
  return { index, count };
}

function inputOptions(command: Command): Command {
  return command
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of sniffing').choices(['text', 'html', 'markdown', 'json', 'jsonl']))
    .option('--encoding <name>', 'decode inputs with this encoding instead of detecting it (e.g. windows-1251)')
    .option('--text-field <name>', 'JSON/JSONL: the field that holds the article text (e.g. news-please\'s maintext), tried before text, html, markdown, content, body, article; repeatable, in order', collect, [])
    .option('--max-size <size>', 'largest document to process, e.g. 64MB (larger ones get a too-large error record)', parseSize)
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--rule <id:level>', 'set a rule\'s level (off, info, warning, error) over the configuration; repeatable', collect, [])
    .option('--select <ids>', 'only these rules (comma-separated; the others off); repeatable', collect, [])
    .option('--disable <ids>', 'turn these rules off (comma-separated); repeatable', collect, [])
    .option('--profile <file>', 'repeated lines per site from `unscrape learn`, instead of learning them from the inputs')
    .option('--debug', 'print stack traces for internal errors, what the first pass learned, which files a walk skipped and why, and why line-classifier removed or reported each line')
    .option('--no-ignore', 'also walk node_modules and .git, and ignore no .gitignore, .unscrapeignore or "ignore" list');
}

const program = new Command()
  .name('unscrape')
  .description(pkg.description)
  .addHelpText('after', `
Examples:
  unscrape clean corpus/ --out cleaned/      one .json per document; re-runs skip unchanged ones
  cat a.jsonl | unscrape clean > out.jsonl   JSON Lines in, JSON Lines out
  unscrape clean corpus/ -o cleaned.jsonl    all records in one file
  unscrape clean --format text article.txt  only the title and the cleaned text
  unscrape check corpus/                     lint for pre-commit and CI; --fix repairs
  unscrape rules                             every rule with its id
  unscrape report out.jsonl -o report.html   one HTML page: sites, rules, documents to look at

Exit codes: 0 done, 1 some documents failed (check: problems found), 2 usage or configuration error.
Docs: README.md and docs/rules.md`)
  .version(pkg.version, '-v, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

/** A --timeout value: seconds (a fraction allowed), more than 0. */
function parseTimeout(value: string): number {
  const n = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(n > 0)) throw new InvalidArgumentError('expected a number of seconds greater than 0, such as 60 or 0.5');
  return n;
}

/** Options of `clean`. */
interface CleanCommandOptions extends InputOptions {
  out?: string;
  outputFile?: string;
  format: 'json' | 'text';
  null?: boolean;
  force?: boolean;
  jobs?: number;
  shard?: { index: number; count: number };
  progress?: boolean;
  quiet?: boolean;
  report?: string;
  timeout?: number;
}

inputOptions(
  program
    .command('clean')
    .description('clean documents and write normalized unscrape/1 JSON (JSON Lines on stdout or to -o FILE, or one file per document with --out DIR)')
    .argument('[paths...]', 'files, folders (walked recursively) and globs; "-" or nothing with a pipe reads stdin')
    .option('-o, --output-file <file>', 'write the JSON Lines (or the --format text output) to FILE instead of stdout ("-": stdout), atomically: FILE appears complete or not at all')
    .option('--out <dir>', 'write one .json per document under DIR, mirroring the input paths (.txt with --format text); re-runs skip unchanged documents')
    .addOption(new Option('-f, --format <format>', 'json: unscrape/1 records; text: each document\'s title line and cleaned text, documents separated by a blank line and a form feed line').choices(['json', 'text']).default('json'))
    .option('-z, --null', 'with --format text: end each document with a NUL byte instead of separating them with a form feed (for xargs -0, like find -print0)')
    .option('--force', 'also overwrite files under --out that unscrape did not write')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', parseJobs)
    .option('--shard <i/n>', 'process only shard i of n (1-based; a stable hash of each document path picks its shard)', parseShard)
    .option('--progress', 'show the progress bar on stderr even when it would be hidden')
    .option('--no-progress', 'never show the progress bar')
    .option('-q, --quiet', 'no progress bar and no summary line (failures are still reported)')
    .option('--report <file>', 'also write an HTML report of the run to FILE (aggregated while writing, as `unscrape report` would make it)')
    .option('--timeout <seconds>', 'a document whose processing takes longer on its worker is stopped and written as a `timeout` error record (default: 300)', parseTimeout),
).action(async (paths: string[], options: CleanCommandOptions) => {
  const settings = await settingsFrom(options);
  if (paths.length === 0 && process.stdin.isTTY) throw new ConfigurationError('no input: name files or folders, or pipe a document to stdin', 'unscrape clean corpus/   or   cat article.txt | unscrape clean');
  const cwd = process.cwd();
  // Every option is checked before the first document is read (see checkTarget).
  if (options.outputFile === '-') delete options.outputFile;
  notStdout(options.out, '--out', 'it names a folder for one file per document; the records go to stdout without it');
  notStdout(options.report, '--report', 'stdout carries the records; name a file, or run `unscrape report` on them');
  if (options.out !== undefined && options.outputFile !== undefined) throw new ConfigurationError('-o/--output-file (one JSON Lines file) and --out (a folder of files) exclude each other');
  if (options.null && options.format !== 'text') throw new ConfigurationError('-z/--null separates documents of --format text', 'add --format text');
  if (options.out !== undefined) checkTarget(resolve(cwd, options.out), 'folder', '--out');
  if (options.outputFile !== undefined) checkTarget(resolve(cwd, options.outputFile), 'file', '-o/--output-file');
  const output = options.outputFile !== undefined ? openOutputFile(resolve(cwd, options.outputFile)) : undefined;
  const executor = createExecutor(settings, options.jobs ?? defaultJobs(), options.timeout !== undefined ? { timeoutMs: options.timeout * 1000 } : {});
  const report = options.report ? (await import('./report/index.js')).reportCollector(paths) : undefined;
  const controller = new AbortController();
  // First Ctrl-C, SIGTERM (timeout, Docker, Slurm) or SIGHUP: stop reading, finish and write the
  // documents in flight, leave no partial file, exit 128 + the signal's number. A second
  // signal: leave now (temporary files are removed on the way out, or by the next run).
  let stoppedBy: number | undefined;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(stoppedBy ?? code);
      stoppedBy = code;
      controller.abort();
    });
  }
  const terminal = options.quiet ? false : showProgress(options, terminalState());
  const progress = terminal ? (await import('./run/progress.js')).terminalProgress(process.stderr) : undefined;
  let summary: RunSummary;
  try {
    summary = await runClean({
      paths,
      cwd,
      settings,
      walk: {
        noIgnore: options.ignore === false,
        skipped: (display, reason, named) => {
          if (named) process.stderr.write(`unscrape: ${display}: skipped: ${reason}\n`);
          else if (options.debug) process.stderr.write(`unscrape: debug: ${display}: skipped: ${reason}\n`);
        },
      },
      ...(options.out ? { out: options.out } : {}),
      ...(options.outputFile ? { exclude: [options.outputFile] } : {}),
      format: options.format,
      ...(options.null ? { nul: true } : {}),
      force: options.force === true,
      tool: pkg.version,
      stdin: process.stdin,
      stdout: output?.stream ?? process.stdout,
      warn: (line) => {
        progress?.clear();
        process.stderr.write(`unscrape: ${line}\n`);
      },
      executor,
      signal: controller.signal,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.debug ? { debug: (line: string) => process.stderr.write(`unscrape: debug: ${line}\n`) } : {}),
      ...(report ? { collect: report.collect } : {}),
      ...(progress ? { progress } : {}),
    });
  } catch (error) {
    await output?.discard();
    // The output file failed (a full disk): the run stopped there, FILE is as it was.
    if (output?.failure() === undefined) throw error;
    process.stderr.write(`unscrape: unwritable: ${options.outputFile}: the output cannot be written (${writeErrorMessage(output.failure())}); it was left as it was\n`);
    process.exitCode = 1;
    return;
  } finally {
    await executor.close();
  }
  if (output) {
    if (controller.signal.aborted) {
      await output.discard();
      process.stderr.write(`unscrape: interrupted: ${options.outputFile} was not written\n`);
    } else {
      try {
        await output.commit();
      } catch (error) {
        process.stderr.write(`unscrape: unwritable: ${options.outputFile}: the output cannot be written (${writeErrorMessage(error)}); it was left as it was\n`);
        process.exitCode = 1;
        return;
      }
    }
  }
  if (report && options.report) {
    const { writeReport } = await import('./report/index.js');
    await writeReport(report.result(), { format: 'html', file: options.report, cwd, version: pkg.version, stdout: process.stdout });
  }
  // On a terminal, one line of what was done (a pipe or CI gets none: they have the records).
  if (terminal && process.stderr.isTTY) process.stderr.write(`unscrape: ${(await import('./run/progress.js')).summaryLine(summary)}\n`);
  if (controller.signal.aborted) process.exitCode = stoppedBy ?? 130;
  else process.exitCode = summary.failed > 0 || summary.refused > 0 ? 1 : 0;
});

/**
 * A usage error, before anything is processed, when `path` cannot be the output it should be:
 * a folder for --out (an existing file is refused), a file for -o (an existing folder, or a
 * missing parent folder, is refused).
 */
function checkTarget(path: string, kind: 'folder' | 'file', option: string): void {
  let info: ReturnType<typeof statSync> | undefined;
  try {
    info = statSync(path);
  } catch {
    info = undefined;
  }
  if (kind === 'folder') {
    if (info && !info.isDirectory()) throw new ConfigurationError(`${option}: ${path} exists and is not a folder`, 'name a new or existing folder, or use -o FILE for one JSON Lines file');
    return;
  }
  if (info?.isDirectory()) throw new ConfigurationError(`${option}: ${path} is a folder`, 'use --out DIR for one file per document');
  let parent: ReturnType<typeof statSync> | undefined;
  try {
    parent = statSync(dirname(path));
  } catch {
    parent = undefined;
  }
  if (!parent?.isDirectory()) throw new ConfigurationError(`${option}: the folder of ${path} does not exist`);
}

/**
 * `-o FILE`: the records go to a temporary file beside FILE (run/atomic.ts: every byte written
 * and counted, a name a later run recognizes and removes if this one is killed), renamed over
 * FILE when the run is done. A FILE that cannot be a target (a symbolic link, a folder) is a
 * usage error before anything is processed.
 */
function openOutputFile(path: string): AtomicStream {
  removeStaleTemps(dirname(path), 0);
  try {
    return atomicStream(path);
  } catch (error) {
    throw new ConfigurationError(`-o/--output-file: ${path} cannot be written (${writeErrorMessage(error)})`);
  }
}

/** Options of `check`. */
interface CheckCommandOptions extends InputOptions {
  format: ReporterName;
  strict?: boolean;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  failOn: 'error' | 'warning' | 'info';
  cache?: boolean;
  cacheLocation: string;
  baseline?: string;
  writeBaseline?: string;
  printConfig?: string;
  stdinFilename?: string;
  followSymlinks?: boolean;
  jobs?: number;
  timeout?: number;
}

/** A --max-warnings value: a whole number, or -1 for no limit (eslint's default). */
function parseCount(value: string): number {
  if (value.trim() === '-1') return -1;
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number such as 0 or 10, or -1 for no limit');
  return Number(value);
}

/** Colour for people at a terminal, unless NO_COLOR; FORCE_COLOR forces it (https://no-color.org). */
function useColor(toFile: boolean): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' ) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return !toFile && process.stdout.isTTY === true;
}

/** No paths: stdin when it is a pipe or a redirected file, else the current folder. */
function defaultPaths(): string[] {
  try {
    const stat = fstatSync(0);
    if (!process.stdin.isTTY && (stat.isFIFO() || stat.isFile() || stat.isSocket())) return ['-'];
  } catch {
    // no stdin at all
  }
  return ['.'];
}

inputOptions(
  program
    .command('check')
    .description('lint documents for pre-commit and CI: what clean would remove or edit is a fixable problem, findings are problems of their severity')
    .argument('[paths...]', 'files, folders (walked recursively) and globs; "-" reads stdin; nothing: stdin when piped, else the current folder')
    .addOption(new Option('-f, --format <format>', 'report format: stylish (people), compact or unix (one line per problem), json, sarif, github').choices(['stylish', 'compact', 'unix', 'json', 'sarif', 'github']).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to FILE instead of stdout ("-": stdout; the exit code is the same)')
    .option('--fix', 'rewrite text, Markdown and JSON/JSONL files with their fixable problems fixed (atomically; HTML is never rewritten)')
    .option('--fix-dry-run', 'print a unified diff of what --fix would write, and write nothing (the report goes to stderr)')
    .option('--max-warnings <n>', 'fail when there are more than N warnings (errors always fail; -1: no limit, as without it)', parseCount)
    .option('--quiet', 'report and count errors only')
    .addOption(new Option('--fail-on <severity>', 'the lowest severity that fails the check').choices(['error', 'warning', 'info']).default('warning'))
    .option('--strict', 'a JSON file found by walking that has no text field is a problem (by default it is skipped, with a note under --debug)')
    .option('--cache', 'skip files whose content, configuration and unscrape version are unchanged since the last run')
    .option('--cache-location <path>', 'where the cache is kept', '.unscrapecache')
    .option('--baseline <file>', 'report only problems that are not in this baseline')
    .option('--write-baseline <file>', 'record today\'s problems in FILE and exit 0')
    .option('-j, --jobs <n>', 'worker threads that analyze files (default: one per core)', parseJobs)
    .option('--timeout <seconds>', 'a file whose analysis takes longer on its worker is stopped and reported as a `timeout` problem (default: 300)', parseTimeout)
    .option('--follow-symlinks', 'with --fix, rewrite the file a symbolic link named on the command line points to (links are never followed otherwise)')
    .option('--stdin-filename <path>', 'the path of the document read from stdin: shown in the report, and its extension picks the format (for editors)')
    .option('--print-config <file>', 'print the settings that apply to FILE (rule levels, markers, ignore) and the configuration file they come from, as JSON, and exit'),
).action(async (paths: string[], options: CheckCommandOptions) => {
  // Loaded here, so that `clean` does not pay for check's modules at startup.
  const [{ countProblems, exitCodeFor, runCheck, printConfig }, { reporters }, { allRules }] = await Promise.all([import('./check/index.js'), import('./check/report/index.js'), import('./pipeline/registry.js')]);
  const settings = await settingsFrom(options);
  const cwd = process.cwd();
  if (options.printConfig !== undefined) {
    process.stdout.write(await printConfig(options.printConfig, cwd, settings));
    return;
  }
  // Every option and named file is checked before any file is read or rewritten.
  if (options.fix && options.fixDryRun) throw new ConfigurationError('--fix and --fix-dry-run exclude each other');
  if (options.baseline && options.writeBaseline) throw new ConfigurationError('--baseline and --write-baseline exclude each other');
  if (options.outputFile === '-') delete options.outputFile;
  notStdout(options.writeBaseline, '--write-baseline', 'the baseline is a file that later runs read; name one');
  if (options.outputFile !== undefined) checkTarget(resolve(cwd, options.outputFile), 'file', '-o/--output-file');
  if (options.writeBaseline !== undefined) checkTarget(resolve(cwd, options.writeBaseline), 'file', '--write-baseline');
  const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'off';
  const result = await runCheck({
    paths: paths.length > 0 ? paths : defaultPaths(),
    cwd,
    settings,
    tool: pkg.version,
    fix,
    ...(options.cache ? { cache: resolve(cwd, options.cacheLocation) } : {}),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.writeBaseline ? { writeBaseline: options.writeBaseline } : {}),
    ...(options.outputFile ? { exclude: [options.outputFile] } : {}),
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
    stdin: process.stdin,
    warn: (line) => process.stderr.write(`unscrape: ${line}\n`),
    ...(options.debug ? { debug: (line: string) => process.stderr.write(`unscrape: debug: ${line}\n`) } : {}),
    ...(options.followSymlinks ? { followSymlinks: true } : {}),
    ...(options.ignore === false ? { noIgnore: true } : {}),
    ...(options.strict ? { strict: true } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.timeout !== undefined ? { timeoutMs: options.timeout * 1000 } : {}),
  });
  if (options.writeBaseline) {
    if (result.baselineWritten !== undefined) process.stderr.write(`unscrape: wrote ${result.baselineWritten} problem(s) to ${options.writeBaseline}\n`);
    process.exitCode = result.unwritten.length > 0 ? 1 : 0;
    return;
  }
  const results = options.quiet ? result.results.map((r) => ({ ...r, problems: r.problems.filter((p) => p.severity === 'error') })) : result.results;
  const report = reporters[options.format](results, {
    color: useColor(options.outputFile !== undefined || fix === 'dry-run'),
    ...(options.outputFile === undefined && fix !== 'dry-run' && process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    tool: { name: 'unscrape', version: pkg.version, informationUri: 'https://github.com/unscrape/unscrape' },
    rules: allRules,
    ...(fix !== 'off' ? { fix: { written: fix === 'write', ...result.fixSummary } } : {}),
  });
  if (fix === 'dry-run') process.stdout.write(result.diff);
  if (options.outputFile) writeFileSync(resolve(cwd, options.outputFile), report);
  else if (fix === 'dry-run') process.stderr.write(report);
  else process.stdout.write(report);
  // A summary of --fix for the machine formats, which have no room for it, goes to stderr.
  const n = countProblems(results);
  if (fix !== 'off' && options.format !== 'stylish' && (result.fixSummary.fixed > 0 || result.fixSummary.notFixed.length > 0 || n.error + n.warning + n.info > 0)) {
    for (const line of fixSummaryLines({ written: fix === 'write', ...result.fixSummary }, n.error + n.warning + n.info)) process.stderr.write(`unscrape: ${line}\n`);
  }
  process.exitCode = exitCodeFor(results, { failOn: options.failOn, ...(options.maxWarnings !== undefined && options.maxWarnings >= 0 ? { maxWarnings: options.maxWarnings } : {}) });
  // A file --fix could not rewrite fails the run whatever its problems' severity.
  if (result.unwritten.length > 0) process.exitCode = 1;
});

program
  .command('rules')
  .description('list every rule: id, stage (clean|detect|both), default severity, fixable, summary')
  .addOption(new Option('-f, --format <format>', 'output format (markdown: the table of docs/rules.md)').choices(['table', 'json', 'markdown']).default('table'))
  .action(async (options: { format: 'table' | 'json' | 'markdown' }) => {
    const { allRules } = await import('./pipeline/registry.js');
    process.stdout.write(formatRules(allRules, options.format));
  });

program
  .command('learn')
  .description('read a corpus once and write a profile of each site\'s repeated lines (JSON), for `clean --profile` and `check --profile` on streams and pre-commit runs')
  .argument('[paths...]', 'files, folders and globs; "-" or nothing with a pipe reads JSON Lines from stdin')
  .option('-o, --output <file>', 'write the profile to FILE instead of stdout ("-": stdout)')
  .addOption(new Option('--input-format <format>', 'read every input as this format instead of sniffing').choices(['text', 'html', 'markdown', 'json', 'jsonl']))
  .option('--text-field <name>', 'JSON/JSONL: the field that holds the article text, tried before the usual ones; repeatable', collect, [])
  .option('-c, --config <file>', 'use this configuration file instead of searching for one (its ignore globs apply)')
  .option('--debug', 'print what was counted')
  .action(async (paths: string[], options: { output?: string; inputFormat?: InputFormat; textField?: string[]; config?: string; debug?: boolean }) => {
    const { runLearn } = await import('./run/learn-command.js');
    const settings = await settingsFrom({ ...options, ...(options.config ? { config: options.config } : {}) });
    if (paths.length === 0 && process.stdin.isTTY) throw new ConfigurationError('no input: name files or folders, or pipe JSON Lines to stdin', 'unscrape learn corpus/ -o profile.json');
    const json = await runLearn(paths.length > 0 ? paths : ['-'], process.cwd(), settings, process.stdin, (line) => process.stderr.write(`unscrape: ${line}\n`), options.debug ? (line) => process.stderr.write(`unscrape: debug: ${line}\n`) : undefined);
    if (options.output && options.output !== '-') writeFileSync(resolve(process.cwd(), options.output), json);
    else process.stdout.write(json);
  });

program
  .command('report')
  .description('turn unscrape/1 records into one self-contained HTML report with charts, or a text summary')
  .argument('[records...]', 'JSON Lines files, .json records and folders of them (a `clean --out` folder); "-" or nothing with a pipe reads stdin')
  .option('-o, --output <file>', 'write the report to FILE (HTML default: unscrape-report.html; text default: stdout; "-": stdout)')
  .addOption(new Option('-f, --format <format>', 'report format').choices(['html', 'text']).default('html'))
  .action(async (paths: string[], options: { output?: string; format: 'html' | 'text' }) => {
    if (paths.length === 0 && process.stdin.isTTY) throw new ConfigurationError('no records: name JSON Lines files or a `clean --out` folder, or pipe records to stdin', 'unscrape clean corpus/ > records.jsonl && unscrape report records.jsonl');
    const { collectRecords, defaultReportFile, writeReport } = await import('./report/index.js');
    const cwd = process.cwd();
    const output = options.output ?? (options.format === 'html' ? defaultReportFile : undefined);
    const data = await collectRecords(paths.length > 0 ? paths : ['-'], cwd, process.stdin, output && output !== '-' ? resolve(cwd, output) : undefined);
    const written = await writeReport(data, { format: options.format, ...(output ? { file: output } : {}), cwd, version: pkg.version, stdout: process.stdout });
    if (data.run.badLines > 0) process.stderr.write(`unscrape: ${data.run.badLines} line(s) were not unscrape/1 records; the report names them\n`);
    if (written) process.stderr.write(`unscrape: wrote ${output} (${data.run.documents} documents, ${data.run.sites} sites)\n`);
    process.exitCode = 0;
  });

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `unscrape clean corpus | head`: the reader left; stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitFor(error);
}

/** An option that names a file or folder and cannot be stdout: "-" there is a usage error, not a file named "-". */
function notStdout(value: string | undefined, option: string, why: string): void {
  if (value === '-') throw new ConfigurationError(`${option} -: "-" (stdout) cannot be used here: ${why}`);
}

function exitFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof ConfigurationError) {
    process.stderr.write(`unscrape: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
    if (debug && error.stack) process.stderr.write(error.stack + '\n');
    return 2;
  }
  if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') return process.exitCode as number ?? 0;
  process.stderr.write(`unscrape: internal error: ${(error as Error)?.message ?? String(error)}\n${debug ? ((error as Error)?.stack ?? '') + '\n' : 'run again with --debug for details\n'}`);
  return 2;
}
