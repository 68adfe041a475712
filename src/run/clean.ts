import { createHash } from 'node:crypto';
import { createReadStream, existsSync, fstatSync, readdirSync, statSync } from 'node:fs';
import { AtomicFile, removeStaleTemps, writeErrorMessage } from './atomic.js';
import { ConfigurationError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { join, relative, resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { formatFromPath } from '../decode/sniff.js';
import { expandPaths, type WalkOptions, isBlankLine, mayHoldMany, openLines, readLines, type InputFile, type ReadLine } from './inputs.js';
import type { InputDocument } from '../pipeline/index.js';
import { errorRecord } from '../record/index.js';
import type { Settings } from '../settings.js';
import { type Output, type OutputMode, type Outcome, type Target, type Task, existingOutput, isLine, failure, finish, internalFailure, readError, sha256Of, textSeparator } from './outcome.js';
import { Manifest, outputKey } from './manifest.js';
import { largeDocumentBytes, removeStaleLargeDirs, writeLargeDocument } from './large.js';
import type { Processor } from '../pipeline/process.js';
import { type Executor, inputKinds } from './pool.js';
import type { OutputRecord } from '../types.js';
import { firstPass, learns, learnWindow, shouldLearn, windowBytes, windowDocuments, windowIdleMs } from './learn.js';
import { PieceSummary } from '../record/summary.js';

/** How to run `clean` (or `check`, which reads the same inputs). */
export interface RunOptions {
  paths: string[];
  cwd: string;
  settings: Settings;
  /** Write one file per document under this folder instead of stdout. */
  out?: string;
  /** Files that are never inputs (the -o output file). */
  exclude?: string[];
  /** stdout format of `clean`: JSON Lines records, or only the title and cleaned text. */
  format: 'json' | 'text';
  /** With format text: end each document with a NUL byte instead of separating documents with a form feed line. */
  nul?: boolean;
  /** Overwrite existing files under --out that unscrape did not write. */
  force: boolean;
  /** The tool's version: part of what makes an output under --out up to date. */
  tool?: string;
  stdin: Readable;
  stdout: Writable;
  /** Where per-document failures are reported, one line each. */
  warn: (line: string) => void;
  /** Runs each document (in this thread or on a worker pool). */
  executor: Executor;
  /** Stops reading new documents. */
  signal?: AbortSignal;
  /** Told how much input there is, then of each document done. */
  progress?: Progress;
  /** `--no-ignore`, and where skipped files are told (see WalkOptions). */
  walk?: WalkOptions;
  /** Only documents of this shard: `{ index: 1..count, count }` (see `inShard`). */
  shard?: { index: number; count: number };
  /** One line for --debug (stderr). */
  debug?: (line: string) => void;
  /** Told of each document's outcome in order, with its record's summary (`clean --report`). */
  collect?: (outcome: Outcome) => void;
}

/**
 * Whether a document belongs to shard `index` of `count`: a stable hash (FNV-1a) of its path,
 * and for a JSON Lines document of its path and line, so that n machines given the same
 * inputs and `--shard 1/n` … `--shard n/n` process each document exactly once.
 */
export function inShard(key: string, shard: { index: number; count: number } | undefined): boolean {
  if (!shard || shard.count <= 1) return true;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shard.count === shard.index - 1;
}

/** How much input a run has: files, and their bytes when every size is known (a bar by bytes). */
export interface ProgressTotal {
  files: number;
  bytes?: number;
}

/** Progress reporting (a bar on a terminal). */
export interface Progress {
  start(total: ProgressTotal): void;
  /** A document done: its input bytes, and whether it was a whole file (not a JSON Lines line). */
  tick(bytes: number, wholeFile: boolean): void;
  /** Erase the bar before a line is written to the same terminal. */
  clear(): void;
  stop(): void;
}

/** What a run did. */
export interface RunSummary {
  documents: number;
  failed: number;
  /** Inputs whose output under --out was up to date (same input, same settings). */
  skipped: number;
  /** Existing files under --out that unscrape did not write, kept (no --force). */
  refused: number;
  removed: number;
  edits: number;
  findings: { error: number; warning: number; info: number };
  /** Input bytes, and the run's duration. */
  bytes: number;
  seconds: number;
}

/** One unit of work: the task (none for a result known without processing), and where its result goes. */
interface Job {
  task: Task | Output;
  /** The output stream of a JSON Lines input written under --out. */
  sink?: LineSink;
  /** The output under --out, relative to it (for the manifest). */
  rel?: string;
  /** A JSON Lines input under --out whose output is up to date (its size, for progress): not read again. */
  skip?: number;
  /** Its sha256. */
  sha256?: string;
}

/**
 * Clean every input: expand the paths, read each file (JSON Lines line by line), process the
 * documents with up to `window` in flight, and write the results in input order.
 */
export async function runClean(options: RunOptions): Promise<RunSummary> {
  const { settings } = options;
  const began = Date.now();
  const exclude = [...(options.out ? [options.out] : []), ...(options.exclude ?? [])];
  const learn = shouldLearn(settings);
  const many = mayHoldMany(options.paths, options.cwd, settings.inputFormat);
  const files = options.paths.length > 0 ? await expandPaths(options.paths, options.cwd, settings.ignore, exclude, { ...options.walk, warn: options.warn }) : [{ abs: '-', display: '-', outRel: 'stdin' }];
  const kinds = inputKinds(files.map((f) => settings.inputFormat ?? (f.abs === '-' ? undefined : formatFromPath(f.abs))));
  if (many && !learn) options.executor.start(false, kinds);
  if (learn) {
    // Without a profile, the workers start while the first pass reads (it is most of a run's
    // start on a folder of pages), and are sent what it learned when it ends; they wait for it
    // before their first document. Standard input learns later, from the stream's first
    // documents: a run that reads it starts its pool at its first document, as before.
    if (many && learns(files, settings) && !files.some((f) => f.abs === '-')) options.executor.start(true, kinds);
    try {
      await firstPass(files, settings, options.debug, options.signal);
    } finally {
      options.executor.learned();
    }
    if (many && settings.learned) options.executor.start(false, kinds);
  }
  const summary: RunSummary = { documents: 0, failed: 0, skipped: 0, refused: 0, removed: 0, edits: 0, findings: { error: 0, warning: 0, info: 0 }, bytes: 0, seconds: 0 };
  const outDir = options.out ? resolve(options.cwd, options.out) : undefined;
  const text = options.format === 'text';
  // An output folder that is new or empty holds no output to keep: each document's output is
  // written without first asking whether one exists (a stat per file on a large corpus).
  removeStaleLargeDirs();
  const emptyOut = outDir !== undefined && isEmptyFolder(outDir);
  const force = options.force || emptyOut;
  if (outDir) {
    refuseCollisions(files, outDir, options.cwd, settings.inputFormat, text);
    // Temporary files a killed run left (SIGKILL, a power cut) go before this run writes.
    if (!emptyOut) removeStaleTemps(outDir);
  }
  const manifest = outDir ? new Manifest(outDir, outputKey(settings, options.tool ?? '', options.format)) : undefined;
  const refused: string[] = [];
  const sinks: LineSink[] = [];
  if (options.progress) options.progress.start(progressTotal(files));
  // The first Ctrl-C (or SIGTERM, SIGHUP) stops reading: standard input, idle or not, is closed,
  // so that what is done is written and the run ends.
  if (options.signal && files.some((f) => f.abs === '-')) options.signal.addEventListener('abort', () => options.stdin.destroy(), { once: true });

  // A file too large to process whole comes back from its task untouched; it is processed here,
  // in pieces, and its record streamed out in its turn (see large.ts).
  let pieces: Processor | undefined;
  const processLarge = async (task: Task): Promise<Outcome> => {
    if (task.kind !== 'file') throw new Error('only a file is processed in pieces');
    const file = task.file;
    pieces ??= (await import('../pipeline/process.js')).processorWith(settings, {});
    const pieceSummary = options.collect ? new PieceSummary() : undefined;
    const processor: Processor = pieceSummary ? (doc) => pieceSummary.add(pieces!(doc)) : pieces;
    const sink = task.target ? openSink(task.target, file.display, []) : undefined;
    let done: Awaited<ReturnType<typeof writeLargeDocument>> = false;
    try {
      done = await writeLargeDocument(file, settings, processor, task.mode, (chunk) => (sink ? sink.write(chunk) : write(options.stdout, chunk)));
    } catch (error) {
      await sink?.close(false);
      return internalFailure(task, error);
    }
    if (done) {
      const closed = await sink?.close(true);
      if (closed?.error) return { ...failure(task, 'unwritable', closed.error), bytes: done.bytes };
      const summary = pieceSummary?.result(file.display);
      return { out: '', bytes: done.bytes, ...(closed?.refused ? { refused: closed.refused } : {}), ...(summary ? { summary } : {}) };
    }
    await sink?.close(false);
    // Not a plain UTF-8 text: processed whole by the executor, as any other file.
    const { largeBytes: _, ...whole } = file;
    return safe(options.executor, { ...task, file: whole }, files.length === 1);
  };

  const textMode: OutputMode = options.nul ? 'text0' : 'text';
  const modeOf = (sink: LineSink | undefined): OutputMode => (text ? textMode : sink ? 'line' : outDir ? 'pretty' : 'line');
  // --format text without -z: a separator line between two documents of one stream.
  let stdoutStarted = false;
  const emit = async (job: Job, outcome: Outcome) => {
    if (outcome.large) outcome = await processLarge(job.task as Task);
    if (job.skip !== undefined || outcome.skipped) {
      summary.skipped++;
      const sha256 = job.sha256 ?? outcome.sha256;
      if (job.rel && sha256) manifest?.set(job.rel, sha256, undefined);
      options.progress?.tick(outcome.bytes, !isLine(job.task));
      summary.bytes += outcome.bytes;
      return;
    }
    summary.documents++;
    summary.bytes += outcome.bytes;
    if (outcome.stats) {
      summary.removed += outcome.stats.removed;
      summary.edits += outcome.stats.edits;
      for (const k of ['error', 'warning', 'info'] as const) summary.findings[k] += outcome.stats.findings[k];
    }
    if (outcome.error) {
      summary.failed++;
      const { path, line, code, message } = outcome.error;
      options.warn(`${path}${line !== undefined ? `:${line}` : ''}: ${code}: ${message}`);
    }
    if (outcome.refused) refused.push(outcome.refused);
    if (job.rel && manifest && !job.sink) {
      if (outcome.sha256 && outcome.outputSha256 && !outcome.error) manifest.set(job.rel, outcome.sha256, outcome.outputSha256);
      else manifest.forget(job.rel);
    }
    if (job.sink) await job.sink.write(outcome.out);
    else if (outcome.out.length > 0) {
      if (textMode === 'text' && text) {
        if (stdoutStarted) await write(options.stdout, textSeparator);
        stdoutStarted = true;
      }
      await write(options.stdout, outcome.out);
    }
    options.collect?.(outcome);
    // A JSON Lines document's bytes are its line's, without the line break.
    const line = isLine(job.task);
    options.progress?.tick(outcome.bytes + (line ? 1 : 0), !line);
  };

  async function* jobs(): AsyncGenerator<Job | RecordJob> {
    for (const file of files) {
      if (options.signal?.aborted) return;
      const forced = settings.inputFormat;
      const format = forced ?? (file.abs === '-' ? undefined : formatFromPath(file.abs));
      if (file.abs === '-') {
        yield* stdinJobs(file, options, outDir, sinks, modeOf);
        continue;
      }
      if (format === 'jsonl') {
        const rel = file.outRel + (text ? '.txt' : '');
        let sink: LineSink | undefined;
        if (outDir && manifest) {
          const written = manifest.written(rel);
          const target: Target = { path: safeJoin(outDir, rel), root: outDir, force: options.force, ...(written !== undefined ? { written } : {}) };
          // The whole file's hash: its output is up to date when it and the settings are unchanged.
          const sha256 = await hashFile(file.abs);
          if (!options.force && sha256 !== undefined && sha256 === manifest.unchanged(rel) && existsSync(target.path)) {
            yield { task: { mode: 'line' }, skip: sizeOf(file.abs), rel, sha256 };
            continue;
          }
          sink = openSink(target, file.display, sinks, text && !options.nul ? textSeparator : undefined, (output) => {
            if (output !== undefined && sha256 !== undefined) manifest.set(rel, sha256, output);
            else manifest.forget(rel);
          });
        }
        yield* jsonlJobs(file, openLines(file.abs, settings.maxSize), sink, options, modeOf(sink));
        continue;
      }
      if (!inShard(file.display, options.shard)) continue;
      // The file is read (and its result written under --out) where the task runs.
      const task: Task = { kind: 'file', file: { abs: file.abs, display: file.display, ...(file.sitePath ? { sitePath: file.sitePath } : {}), maxSize: settings.maxSize, largeBytes: largeDocumentBytes, ...(forced ? { format: forced } : {}) }, mode: modeOf(undefined) };
      if (outDir && manifest) {
        const rel = file.outRel + (text ? '.txt' : '.json');
        const unchanged = options.force ? undefined : manifest.unchanged(rel);
        const written = manifest.written(rel);
        task.target = { path: safeJoin(outDir, rel), root: outDir, force, ...(written !== undefined ? { written } : {}), ...(unchanged !== undefined ? { unchanged } : {}) };
        yield { task, rel };
      } else yield { task };
    }
  }

  // Results in input order, with up to `window` documents in flight. The writer runs beside
  // the reader: a result is written as soon as it and all before it are done, so a slow stream
  // (`tail -f feed.jsonl | unscrape clean`) is not held back until more input arrives.
  const pending: Array<{ job: Job; result: Promise<Outcome> }> = [];
  const window = options.executor.window;
  let readerDone = false;
  let writerError: { error: unknown } | undefined;
  /** Wakes the writer (a job was added, or the reader is done) and the reader (a slot was freed). */
  let wakeWriter: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const writer = (async () => {
    try {
      for (;;) {
        if (pending.length === 0) {
          if (readerDone) return;
          await new Promise<void>((r) => (wakeWriter = r));
          continue;
        }
        const head = pending[0]!;
        const outcome = await head.result;
        pending.shift();
        await emit(head.job, outcome);
        wakeReader?.();
      }
    } catch (error) {
      writerError = { error };
      wakeReader?.();
    }
  })();
  try {
    try {
      for await (const item of jobs()) {
        if (writerError) break;
        const alone = files.length === 1 && !isLine(item.task);
        if (options.collect) item.task.summarize = true;
        const result = item.skip !== undefined ? Promise.resolve<Outcome>({ out: '', bytes: item.skip }) : 'record' in item ? Promise.resolve(finish(item.record, item.task)) : safe(options.executor, item.task as Task, alone);
        pending.push({ job: item, result });
        wakeWriter?.();
        while (pending.length >= window && !writerError) await new Promise<void>((r) => (wakeReader = r));
      }
    } finally {
      readerDone = true;
      wakeWriter?.();
      await writer;
    }
    if (writerError) throw writerError.error;
    for (const sink of sinks) {
      const { refused: kept, error } = await sink.close(options.signal?.aborted !== true);
      if (kept) refused.push(kept);
      if (error) {
        summary.failed++;
        options.warn(`unwritable: ${error}`);
      }
    }
    options.progress?.stop();
  } catch (error) {
    options.progress?.stop();
    for (const sink of sinks) await sink.close(false);
    throw error;
  } finally {
    try {
      manifest?.save();
    } catch (error) {
      options.warn(`${outDir}: the list of outputs cannot be written (${(error as Error).message}); the next run processes every input again`);
    }
  }
  summary.refused = refused.length;
  if (refused.length > 0) {
    options.warn(`${refused.length} existing file(s) under ${options.out} that unscrape did not write differ from the new output and were kept (${refused.slice(0, 3).map((p) => relative(options.cwd, p) || p).join(', ')}${refused.length > 3 ? ', …' : ''}); use --force to overwrite them`);
  }
  if (summary.skipped > 0) options.warn(`skipped ${summary.skipped} input(s) whose output under ${options.out} is up to date (same input, same settings)`);
  summary.seconds = (Date.now() - began) / 1000;
  return summary;
}

/** The size of the inputs, when every one is known: regular files (a compressed JSON Lines file counts by lines, so not), stdin from a file. */
function progressTotal(files: readonly InputFile[]): ProgressTotal {
  let bytes = 0;
  for (const file of files) {
    if (file.abs !== '-' && /\.(jsonl|ndjson)\.gz$/i.test(file.abs)) return { files: files.length };
    const size = file.abs === '-' ? stdinSize() : sizeOf(file.abs);
    if (size === undefined) return { files: files.length };
    bytes += size;
  }
  return { files: files.length, bytes };
}

function sizeOf(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return 0;
  }
}

/** The size of stdin when it is a regular file (`< corpus.jsonl`), else undefined. */
function stdinSize(): number | undefined {
  try {
    const info = fstatSync(0);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

function hashFile(abs: string): Promise<string | undefined> {
  return new Promise((done) => {
    const hash = createHash('sha256');
    createReadStream(abs)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')))
      .on('error', () => done(undefined));
  });
}

/** A record that needs no processing (an unreadable stream, standard input too large). */
interface RecordJob extends Job {
  record: OutputRecord;
}

async function* jsonlJobs(file: InputFile, lines: AsyncGenerator<ReadLine>, sink: LineSink | undefined, options: RunOptions, mode: OutputMode): AsyncGenerator<Job | RecordJob> {
  const withSink = sink ? { sink } : {};
  try {
    for await (const { line, bytes, tooLarge } of lines) {
      if (options.signal?.aborted || sink?.failed()) return;
      if (!inShard(`${file.display}:${line}`, options.shard)) continue;
      if (tooLarge !== undefined) {
        const message = `the line is ${tooLarge} bytes, more than --max-size (${options.settings.maxSize}); it was not read`;
        yield { record: errorRecord(file.display, undefined, line, 'jsonl', 'too-large', message), task: { mode }, ...withSink };
        continue;
      }
      if (isBlankLine(bytes)) continue;
      // The line's bytes, decoded as UTF-8 where the document runs (outcome.ts, runTask).
      const doc: InputDocument = { path: file.display, data: bytes, format: 'json', line, container: 'jsonl', ...(file.sitePath ? { sitePath: file.sitePath } : {}) };
      yield { task: { kind: 'document', doc, mode }, ...withSink };
    }
  } catch (error) {
    // Reading stopped by a signal (standard input is closed then): not an error of the file.
    if (options.signal?.aborted) return;
    yield { record: errorRecord(file.display, undefined, undefined, 'jsonl', 'unreadable', readError(error)), task: { mode }, ...withSink };
  }
}

async function* stdinJobs(file: InputFile, options: RunOptions, outDir: string | undefined, sinks: LineSink[], modeOf: (sink: LineSink | undefined) => OutputMode): AsyncGenerator<Job | RecordJob> {
  const forced = options.settings.inputFormat;
  const stream = options.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  // A signal closes standard input (see runClean): what was read so far is the end of it.
  const chunks = {
    next: async (): Promise<IteratorResult<Buffer | string>> => {
      try {
        return await stream.next();
      } catch (error) {
        if (options.signal?.aborted) return { done: true, value: undefined };
        throw error;
      }
    },
  };
  // Read up to the first line break: a JSON object there means JSON Lines, read line by line;
  // anything else is one document, kept as bytes so that its encoding can be detected.
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (true) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    size += chunk.length;
    if (chunk.includes(0x0a) || size > 1 << 20) break;
  }
  const prefix = Buffer.concat(head);
  // An empty JSON Lines stream (an empty partition of a map step) has no documents.
  if (ended && prefix.length === 0 && forced === 'jsonl') return;
  const firstLine = prefix.subarray(0, prefix.indexOf(0x0a) >= 0 ? prefix.indexOf(0x0a) : prefix.length).toString('utf8');
  if (forced === 'jsonl' || (forced === undefined && isJsonObject(firstLine))) {
    async function* rest() {
      yield prefix;
      if (ended) return;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    }
    const path = outDir ? safeJoin(outDir, options.format === 'text' ? 'stdin.jsonl.txt' : 'stdin.jsonl') : undefined;
    const sink = path ? openSink({ path, root: outDir!, force: options.force }, '-', sinks, options.format === 'text' && !options.nul ? textSeparator : undefined) : undefined;
    let lines = readLines(Readable.from(rest()), false, options.settings.maxSize);
    if (shouldLearn(options.settings)) lines = await learnedWindow(lines, file.display, options);
    yield* jsonlJobs({ ...file, outRel: 'stdin.jsonl' }, lines, sink, options, modeOf(sink));
    return;
  }
  const parts: Buffer[] = [prefix];
  if (!ended) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      parts.push(chunk);
      size += chunk.length;
      if (size > options.settings.maxSize) {
        yield { record: errorRecord('-', undefined, undefined, undefined, 'too-large', `standard input is larger than --max-size (${options.settings.maxSize} bytes)`), task: stdinTask(undefined) };
        return;
      }
    }
  }
  // Stopped before the end: a partial document is not processed.
  if (options.signal?.aborted) return;
  const data = Buffer.concat(parts);
  yield { task: stdinTask({ path: '-', data, ...(forced ? { format: forced } : {}) }) };

  /** One document read from stdin: written to `stdin.json` under --out. */
  function stdinTask(doc: InputDocument | undefined): Task | Output {
    const task: Task | Output = doc ? { kind: 'document', doc, mode: modeOf(undefined) } : { mode: modeOf(undefined) };
    if (outDir) task.target = { path: safeJoin(outDir, file.outRel + (options.format === 'text' ? '.txt' : '.json')), root: outDir, force: options.force };
    return task;
  }
}

/**
 * A stream without a profile: its first documents (up to `windowDocuments` or `windowBytes`) are
 * read ahead and learned from, before any is processed; then they and the rest of the stream go on.
 */
async function learnedWindow(lines: AsyncGenerator<ReadLine>, path: string, options: RunOptions): Promise<AsyncGenerator<ReadLine>> {
  const ahead: ReadLine[] = [];
  let bytes = 0;
  let failure: unknown;
  // A line that has not arrived within `windowIdleMs` ends the window: a slow stream
  // (`tail -f feed.jsonl | unscrape clean`) is not held back waiting for its next line.
  let waiting: Promise<IteratorResult<ReadLine>> | undefined;
  try {
    while (ahead.length < windowDocuments && bytes < windowBytes && !options.signal?.aborted) {
      const pending = lines.next();
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<'idle'>((resolve) => (timer = setTimeout(resolve, windowIdleMs, 'idle')));
      const next = await Promise.race([pending, idle]).finally(() => clearTimeout(timer));
      if (next === 'idle') {
        // Awaited in replay(); until then a failure must not count as unhandled.
        pending.catch(() => undefined);
        waiting = pending;
        break;
      }
      if (next.done) break;
      // A view of a chunk would keep the whole chunk: the window holds copies.
      ahead.push({ ...next.value, bytes: Buffer.from(next.value.bytes) });
      bytes += next.value.bytes.length;
    }
  } catch (error) {
    failure = error;
  }
  learnWindow(ahead.filter((l) => l.tooLarge === undefined && !isBlankLine(l.bytes)).map((l) => l.bytes), path, options.settings, options.debug);
  async function* replay(): AsyncGenerator<ReadLine> {
    // Each line is let go once it is yielded: the window (up to 32 MB of copies) is not kept for the whole run.
    for (let line = ahead.shift(); line !== undefined; line = ahead.shift()) yield line;
    if (failure !== undefined) throw failure;
    if (waiting) {
      const next = await waiting;
      if (next.done) return;
      yield next.value;
    }
    yield* lines;
  }
  return replay();
}

function isJsonObject(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith('{')) return false;
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

async function safe(executor: Executor, task: Task, alone: boolean): Promise<Outcome> {
  try {
    return await executor.run(task, alone);
  } catch (error) {
    return internalFailure(task, error);
  }
}

/** Write to a stream, waiting for it to drain (backpressure). */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    stream.once('error', onError);
    // No write callback: with a synchronous stream (stdout on a file) each callback kept its
    // chunk alive until the end of the run, a gigabyte for a large document. Errors arrive as 'error'.
    const ok = stream.write(chunk);
    const finish = () => {
      stream.off('error', onError);
      resolve();
    };
    if (ok) finish();
    else stream.once('drain', finish);
  });
}

/** Whether `dir` does not exist or holds nothing. */
function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Two inputs whose outputs would be one file (`clean 2023 2024 --out cleaned`, each folder with
 * an `index.txt`): one would silently replace the other. Refused before anything is written,
 * naming both. (Standard input's output is named when its format is known, after this.)
 */
function refuseCollisions(files: readonly InputFile[], outDir: string, cwd: string, forced: InputFormat | undefined, text: boolean): void {
  const owners = new Map<string, string>();
  for (const file of files) {
    if (file.abs === '-') continue;
    const jsonl = (forced ?? formatFromPath(file.abs)) === 'jsonl';
    const target = safeJoin(outDir, file.outRel + (text ? '.txt' : jsonl ? '' : '.json'));
    const other = owners.get(target);
    if (other !== undefined) {
      const shown = relative(cwd, target);
      throw new ConfigurationError(`--out: ${other} and ${file.display} would both be written to ${shown.startsWith('..') ? target : shown}`, 'clean them into separate --out folders, or name the folder that holds both');
    }
    owners.set(target, file.display);
  }
}

/** `outDir/rel`, refusing names that would escape `outDir`. */
function safeJoin(outDir: string, rel: string): string {
  const target = resolve(outDir, rel);
  if (!target.startsWith(outDir + '/') && target !== outDir) return join(outDir, rel.replace(/\.\.(\/|\\)/g, '__$1').replace(/^[/\\]+/, ''));
  return target;
}

/** A streamed output under --out (a JSON Lines input's records, a large document's record), written to a temporary file and renamed when complete (see atomic.ts). */
interface LineSink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Whether a write failed: the rest is not worth processing. */
  failed(): boolean;
  /**
   * Commit (or drop) the output. Returns the path of an existing output that was kept (unscrape
   * did not write it, no --force), or the error that kept it from being written (`unwritable`).
   */
  close(commit: boolean): Promise<{ refused?: string; error?: string }>;
}

/**
 * `separator`: written between two documents (--format text). `done`: told the sha256 of the
 * output once it is committed (or found identical), undefined when it was not written.
 */
function openSink(target: Target, sourcePath: string | undefined, sinks: LineSink[], separator?: string, done?: (output: string | undefined) => void): LineSink {
  let file: AtomicFile | undefined;
  let error: string | undefined;
  const fail = (e: unknown) => {
    error ??= `${target.path}: the output cannot be written (${writeErrorMessage(e)})`;
    file?.abort();
    file = undefined;
  };
  try {
    file = new AtomicFile(target.path, { root: target.root });
  } catch (e) {
    fail(e);
  }
  let closed = false;
  let started = false;
  const sink: LineSink = {
    write: async (chunk) => {
      if (!file || chunk.length === 0) return;
      // Text documents in one file: a separator line between two of them (not with -z).
      const separate = started && separator !== undefined;
      started = true;
      try {
        file.write(separate ? separator + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')) : chunk);
      } catch (e) {
        fail(e);
      }
    },
    failed: () => error !== undefined,
    close: async (commit) => {
      if (closed) return {};
      closed = true;
      if (!file) {
        done?.(undefined);
        return error ? { error } : {};
      }
      const open = file;
      file = undefined;
      try {
        let content: string | undefined;
        const read = () => (content ??= open.content().toString('utf8'));
        const existing = commit ? existingOutput(target, read, sourcePath) : undefined;
        const output = done && (existing === 'write' || existing === 'same') ? sha256Of(read()) : undefined;
        if (existing === 'write') open.commit();
        else open.abort();
        done?.(output);
        return existing === 'refuse' ? { refused: target.path } : {};
      } catch (e) {
        open.abort();
        fail(e);
        done?.(undefined);
        return { error: error! };
      }
    },
  };
  sinks.push(sink);
  return sink;
}
