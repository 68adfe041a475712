import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { createTwoFilesPatch } from 'diff';
import { type FileIdentity, identityOf, writeErrorMessage, writeFileAtomic } from '../run/atomic.js';
import { readInputFile } from '../run/outcome.js';
import { expandPaths, type InputFile } from '../run/inputs.js';
import { ignoreFilter } from '../run/ignores.js';
import { createGuardedPool, defaultJobs, smallEnough } from '../run/pool.js';
import { firstPass, shouldLearn } from '../run/learn.js';
import type { Settings } from '../settings.js';
import type { Severity } from '../types.js';
import type { Analysis } from './analyze.js';
import { type CheckJob, createAnalyzer, received } from './job.js';
import { readBaseline, writeBaseline } from './baseline.js';
import { cacheKey, openCache, type Cache } from './cache.js';
import { documentProblem, severityRank, type FileProblems, type Problem } from './problems.js';
import type { FixSummary } from './report/fix-summary.js';
import { formatFromContent, formatFromPath } from '../decode/sniff.js';
import { allRules, documentRule, levelOf } from '../pipeline/registry.js';

export type { FileProblems, Problem } from './problems.js';

/** How to run `check`. */
export interface CheckOptions {
  paths: string[];
  cwd: string;
  settings: Settings;
  /** The tool's version (part of the cache key). */
  tool: string;
  /** Rewrite files (`write`), print what would change (`dry-run`), or only report. */
  fix: 'off' | 'write' | 'dry-run';
  /** Where the cache is (absolute), when `--cache` is on. */
  cache?: string;
  /** Report only problems not in this baseline file. */
  baseline?: string;
  /** Write today's problems to this baseline file instead of failing on them. */
  writeBaseline?: string;
  /** Files that are never inputs (the report file); the baseline and the cache are excluded too. */
  exclude?: string[];
  /** Read when a path is "-". */
  stdin?: Readable;
  /** The path of the document on stdin (--stdin-filename): shown in the report; its extension picks the format. */
  stdinFilename?: string;
  /** One line about the run for the user (stderr). */
  warn: (line: string) => void;
  /** One line for --debug (stderr). */
  debug?: (line: string) => void;
  /** With --fix: rewrite the file a symbolic link named on the command line points to (else it is not fixed). */
  followSymlinks?: boolean;
  /** `--no-ignore`: walk node_modules and .git, ignore no .gitignore, .unscrapeignore or `ignore` list. */
  noIgnore?: boolean;
  /** `--strict`: a JSON file found by walking that has no text field is a problem, not skipped. */
  strict?: boolean;
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** A file whose analysis takes longer is stopped and reported (`timeout`); default 5 minutes (`--timeout`). */
  timeoutMs?: number;
}

/** What a check run found and did. */
export interface CheckResult {
  /** Every checked file, in input order, with its problems (those left after --fix). */
  results: FileProblems[];
  /** Files --fix rewrote (or would rewrite, with dry-run). */
  fixed: string[];
  /** The unified diff of --fix-dry-run. */
  diff: string;
  /** Files processed, and files whose problems came from the cache. */
  processed: number;
  fromCache: number;
  /** Problems written to the baseline (with writeBaseline). */
  baselineWritten?: number;
  /** Files or outputs that could not be written (a --fix rewrite, the baseline): the run fails (exit 1). */
  unwritten: string[];
  /** What --fix did (or would do): problems fixed, files rewritten, files it cannot rewrite. */
  fixSummary: Omit<FixSummary, 'written'>;
}

/**
 * Check files: expand the paths (ignore globs apply to named files too, so that a pre-commit
 * hook skips them), analyze each file (or take it from the cache), fix what can be fixed,
 * filter by the baseline.
 */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const { cwd, settings } = options;
  // The baseline, the cache and the report are JSON files of ours, not documents to check.
  const own = [options.baseline, options.writeBaseline, options.cache, ...(options.exclude ?? [])].filter((p): p is string => p !== undefined);
  const files = await expandPaths(options.paths, cwd, settings.ignore, own, {
    noIgnore: options.noIgnore === true,
    skipped: (display, reason) => options.debug?.(`${display}: skipped: ${reason}`),
    warn: options.warn,
  });
  // Read before any file is: a missing or broken baseline is a usage error, and --fix must not
  // have rewritten files by then.
  const baseline = options.baseline && !options.writeBaseline ? readBaseline(options.baseline, cwd) : undefined;
  // Repeated lines, learned from the files checked (or given by --profile), before the cache key is made of the settings.
  if (shouldLearn(settings)) await firstPass(files, settings, options.debug);
  let cache: Cache | undefined;
  if (options.cache) {
    try {
      cache = openCache(options.cache, options.tool, settings);
    } catch (error) {
      // The cache only saves time: the check runs without it.
      options.warn(`cache not used: ${writeErrorMessage(error)}`);
    }
  }
  const out: CheckResult = { results: [], fixed: [], diff: '', processed: 0, fromCache: 0, unwritten: [], fixSummary: { fixed: 0, files: 0, notFixed: [] } };
  const stdinName = options.stdinFilename !== undefined ? displayName(resolve(cwd, options.stdinFilename), cwd) : undefined;
  // Each file is analyzed on a worker, under the pool's timeout and memory limit, as `clean`
  // runs documents: a file that hangs or exhausts the parser is a problem of that file, and
  // the check goes on. A run's only file, when small, is analyzed in this thread (no worker
  // to start for a pre-commit hook's one file), as `clean` does.
  const jobs = options.jobs ?? defaultJobs();
  const pool = createGuardedPool<CheckJob, Analysis>(settings, jobs, {
    worker: new URL('./check-worker.js', import.meta.url),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    inThread: async () => createAnalyzer(settings),
    small: (job) => smallEnough(job.bytes.byteLength),
  });
  // A pre-commit hook's few small files, together no larger than one small document, are
  // analyzed in this thread as a single small document is: starting a worker cost more than
  // checking them. The bound on their size bounds what no timeout guards.
  const alone = files.length === 1 || smallTogether(files);
  const analyze = async (job: CheckJob, key: string | undefined, fixing: boolean): Promise<Analysis> => {
    const cached = cache && key ? cache.get(key) : undefined;
    // A cached file with fixable problems must be processed again for --fix (unless it cannot be fixed).
    if (cached && (!fixing || cached.notFixed !== undefined || !cached.problems.some((p) => p.fixable))) {
      out.fromCache++;
      return cached;
    }
    out.processed++;
    let result: Awaited<ReturnType<typeof pool.run>>;
    try {
      result = await pool.run(job, alone);
    } catch (error) {
      return { problems: [documentProblem('internal', `processing failed: ${(error as Error)?.message ?? String(error)}`)] };
    }
    // A timeout or a crash is not cached: the next run tries again.
    if (!('value' in result)) return { problems: [documentProblem(result.failed, result.message)] };
    const analysis = received(result.value);
    if (cache && key) cache.set(key, analysis);
    return analysis;
  };

  /** A file read and its analysis started: up to `window` files are in flight, their results taken in input order. */
  interface Started {
    file: InputFile;
    problem?: Problem;
    bytes?: Buffer;
    identity?: FileIdentity;
    display?: string;
    analysis?: Promise<Analysis>;
  }
  const start = async (file: InputFile): Promise<Started> => {
    // The reader `clean` uses: pipes and devices refused, the size limit applied before reading.
    const read = file.abs === '-' ? await readAll(options.stdin, settings.maxSize) : readInputFile(file.abs, settings.maxSize);
    if ('code' in read) return { file, problem: documentProblem(read.code, read.message) };
    const bytes = read.data!;
    const identity = 'stat' in read ? identityOf(read.stat, bytes) : undefined;
    const key = file.abs === '-' ? undefined : cacheKey(bytes, file.abs);
    // stdin under --stdin-filename: that name in the report, its extension for the format.
    const named = file.abs === '-' && stdinName !== undefined;
    const display = named ? stdinName : file.display;
    const formatPath = named ? options.stdinFilename! : file.abs;
    return { file, bytes, ...(identity ? { identity } : {}), display, analysis: analyze({ formatPath, display, ...(file.sitePath ? { sitePath: file.sitePath } : {}), bytes }, key, options.fix !== 'off') };
  };
  const window = jobs * 2;
  const ahead: Array<Promise<Started>> = [];
  let next = 0;

  try {
    for (let i = 0; i < files.length; i++) {
      while (ahead.length < window && next < files.length) ahead.push(start(files[next++]!));
      const started = await ahead.shift()!;
      const { file } = started;
      if (started.problem) {
        out.results.push({ path: file.display, problems: [started.problem] });
        continue;
      }
      const bytes = started.bytes!;
      const display = started.display!;
      const analysis = await started.analysis!;
      let problems = analysis.problems;
      // A JSON file found by walking that holds no text field is data, not an article (a fixture,
      // a tool's settings): skipped with a note, unless named on the command line or --strict.
      if (!file.named && !options.strict && file.abs !== '-' && problems.length === 1 && problems[0]!.rule === documentRule.id && problems[0]!.message.startsWith('no-text:')) {
        options.debug?.(`${file.display}: skipped: a JSON document without a text field (name it, or use --strict, to check it)`);
        continue;
      }
      if (analysis.notFixed && problems.some((p) => p.fixable)) {
        if (options.fix !== 'off') {
          options.warn(`${display}: not fixed: ${analysis.notFixed}`);
          out.fixSummary.notFixed.push({ path: display, reason: analysis.notFixed });
        }
        // What --fix cannot rewrite is not "fixable with --fix" in the report's count.
        if (!analysis.fixed) problems = problems.map((p) => (p.fixable ? { ...p, fixable: false } : p));
      }
      if (options.fix !== 'off' && analysis.fixed && file.abs !== '-') {
        if (options.fix === 'write') {
          const refused = writeFix(file.abs, analysis.fixed, started.identity!, options.followSymlinks === true);
          if (refused) {
            options.warn(`${file.display}: not fixed: ${refused}`);
            out.unwritten.push(file.display);
            out.fixSummary.notFixed.push({ path: file.display, reason: refused });
            out.results.push({ path: file.display, problems });
            continue;
          }
        } else out.diff += createTwoFilesPatch(`a/${file.display}`, `b/${file.display}`, bytes.toString('utf8'), analysis.fixed.toString('utf8'), '', '').replace(/^=+\n/, '');
        out.fixed.push(file.display);
        // What is left after the fix, placed in the fixed file.
        const fixed = analysis.fixed;
        const after = await analyze({ formatPath: file.abs, display: file.display, ...(file.sitePath ? { sitePath: file.sitePath } : {}), bytes: fixed }, cacheKey(fixed, file.abs), false);
        const fixable = (list: readonly Problem[]) => list.filter((p) => p.fixable).length;
        out.fixSummary.fixed += Math.max(0, fixable(problems) - fixable(after.problems));
        out.fixSummary.files++;
        problems = after.problems;
      }
      out.results.push({ path: display, problems });
    }
  } finally {
    // Files read ahead of a failure are not left running.
    await Promise.allSettled(ahead);
    await pool.close();
  }

  if (options.writeBaseline) {
    try {
      out.baselineWritten = writeBaseline(options.writeBaseline, cwd, out.results);
    } catch (error) {
      options.warn(`${options.writeBaseline}: the baseline cannot be written (${writeErrorMessage(error)})`);
      out.unwritten.push(options.writeBaseline);
    }
  } else if (baseline) {
    out.results = baseline(out.results);
  }
  try {
    cache?.save();
  } catch (error) {
    options.warn(`cache not saved: ${writeErrorMessage(error)}`);
  }
  options.debug?.(`processed ${out.processed} file(s), ${out.fromCache} from the cache`);
  return out;
}

/** Whether the files (no stdin) are together small enough to run in this thread (`smallEnough`). */
function smallTogether(files: readonly InputFile[]): boolean {
  let total = 0;
  for (const file of files) {
    if (file.abs === '-') return false;
    try {
      total += statSync(file.abs).size;
    } catch {
      // reported when it is read
    }
    if (!smallEnough(total)) return false;
  }
  return true;
}

/** Standard input, up to `maxSize` bytes. */
async function readAll(stream: Readable | undefined, maxSize: number): Promise<{ data: Buffer } | { code: 'too-large'; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (stream) {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > maxSize) return { code: 'too-large', message: `standard input is larger than --max-size (${maxSize} bytes)` };
      chunks.push(b);
    }
  }
  return { data: Buffer.concat(chunks) };
}

/**
 * Rewrite a file with its fixes (see atomic.ts: every byte written, flushed, and renamed only
 * if the file is still the one read), or say why it is not rewritten. Files the rewrite would
 * change in more than content are left alone: read-only files, files of another owner (unless
 * run as root, which keeps the owner), files with other hard links (a rename would separate them),
 * and symbolic links (unless named on the command line with `followSymlinks`: then the file it
 * points to is rewritten). Setuid, setgid and sticky bits are not kept.
 */
function writeFix(abs: string, fixed: Buffer, read: FileIdentity, followSymlinks: boolean): string | undefined {
  let target = abs;
  try {
    const link = lstatSync(abs);
    if (link.isSymbolicLink()) {
      if (!followSymlinks) return 'it is a symbolic link (use --follow-symlinks to fix the file it points to)';
      target = realpathSync(abs);
    }
    const stat = lstatSync(target);
    if ((stat.mode & 0o222) === 0) return 'the file is read-only';
    const uid = process.getuid?.();
    if (uid !== undefined && uid !== 0 && stat.uid !== uid) return 'the file belongs to another user';
    if (stat.nlink > 1) return `the file has ${stat.nlink} hard links; a rewrite would separate them`;
    writeFileAtomic(target, fixed, { fsync: true, expect: read, keepMode: true });
    return undefined;
  } catch (error) {
    return writeErrorMessage(error);
  }
}

/** Counts of problems by severity. */
export function countProblems(results: readonly FileProblems[]): Record<Severity, number> & { fixable: number } {
  const n = { error: 0, warning: 0, info: 0, fixable: 0 };
  for (const r of results) {
    for (const p of r.problems) {
      n[p.severity]++;
      if (p.fixable) n.fixable++;
    }
  }
  return n;
}

/** When `check` fails: a problem at or above `failOn`; with `maxWarnings`, warnings fail only past it. */
export interface FailPolicy {
  failOn: Severity;
  maxWarnings?: number;
}

/** Exit code 1 (problems) or 0 for these results. */
export function exitCodeFor(results: readonly FileProblems[], policy: FailPolicy): 0 | 1 {
  const n = countProblems(results);
  const threshold = severityRank[policy.failOn];
  if (n.error > 0 && severityRank.error >= threshold) return 1;
  if (policy.maxWarnings !== undefined && n.warning > policy.maxWarnings) return 1;
  if (policy.maxWarnings === undefined && n.warning > 0 && severityRank.warning >= threshold) return 1;
  if (n.info > 0 && severityRank.info >= threshold) return 1;
  return 0;
}

function displayName(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : basename(abs);
}

/**
 * `check --print-config FILE`: the settings that apply to FILE, as JSON: the configuration file
 * they come from (null: none found), whether FILE is ignored, the format it is read as, every
 * rule's level (configured, else its default) and the extra markers and boilerplate.
 */
export async function printConfig(file: string, cwd: string, settings: Settings): Promise<string> {
  const abs = resolve(cwd, file);
  let format: string | undefined = settings.inputFormat ?? formatFromPath(abs);
  if (format === undefined) {
    try {
      format = formatFromContent(readFileSync(abs).subarray(0, 4096).toString('utf8'));
    } catch {
      format = undefined;
    }
  }
  const inside = !relative(cwd, abs).startsWith('..');
  // As for a file named on the command line: the ignore list and the never-an-article names.
  const ignored = inside && ignoreFilter(cwd, settings.ignore, false).reason(abs, false) !== undefined;
  const rules = Object.fromEntries(allRules.map((r) => [r.id, levelOf(r.id, settings.rules)]));
  const shown = {
    file: displayName(abs, cwd),
    configFile: settings.configPath !== undefined ? relativeOrAbsolute(settings.configPath, cwd) : null,
    ignored,
    format: format ?? null,
    ...(settings.encoding ? { encoding: settings.encoding } : {}),
    ...(settings.textFields?.length ? { textFields: settings.textFields } : {}),
    maxSize: settings.maxSize,
    rules,
    markers: settings.markers,
    boilerplate: settings.boilerplate,
    ignore: settings.ignore,
  };
  return JSON.stringify(shown, null, 2) + '\n';
}

function relativeOrAbsolute(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
