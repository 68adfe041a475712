import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import writeFileAtomic from 'write-file-atomic';
import { formatFromPath } from './decode/sniff.js';
import { expandPaths, openLines, readLines, type InputFile } from './inputs.js';
import type { InputDocument } from './pipeline.js';
import { errorRecord } from './output/json.js';
import type { Settings } from './settings.js';
import type { OutputRecord } from './types.js';

/** How to run `clean` (or `check`, which reads the same inputs). */
export interface RunOptions {
  paths: string[];
  cwd: string;
  settings: Settings;
  /** Write one file per document under this folder instead of stdout. */
  out?: string;
  /** stdout format of `clean`: JSON Lines records, or only the cleaned text. */
  format: 'json' | 'text';
  /** Overwrite existing outputs that differ. */
  force: boolean;
  stdin: Readable;
  stdout: Writable;
  /** Where per-document failures are reported, one line each. */
  warn: (line: string) => void;
  /** Process one document (in this thread or on a worker). */
  process: (doc: InputDocument) => Promise<OutputRecord>;
  /** How many documents may be in flight at once (results still come in input order). */
  window: number;
  /** Stops reading new documents. */
  signal?: AbortSignal;
  /** Called after each document, for progress. */
  progress?: (done: number, bytes: number) => void;
}

/** What a run did. */
export interface RunSummary {
  documents: number;
  failed: number;
}

/** One unit of work: the document, and where its result goes. */
interface Job {
  doc: InputDocument;
  file: InputFile;
  /** The output stream of a JSON Lines input written under --out. */
  sink?: LineSink;
  bytes: number;
}

/**
 * Clean every input: expand the paths, read each file (JSON Lines line by line), process the
 * documents with up to `window` in flight, and write the results in input order.
 */
export async function runClean(options: RunOptions): Promise<RunSummary> {
  const { settings } = options;
  const exclude = options.out ? [options.out] : [];
  const files = options.paths.length > 0 ? await expandPaths(options.paths, options.cwd, settings.ignore, exclude) : [{ abs: '-', display: '-', outRel: 'stdin' }];
  const summary: RunSummary = { documents: 0, failed: 0 };
  const outDir = options.out ? resolve(options.cwd, options.out) : undefined;
  const sinks: LineSink[] = [];
  let done = 0;

  const emit = async (job: Job, record: OutputRecord) => {
    summary.documents++;
    done++;
    if ('error' in record) {
      summary.failed++;
      options.warn(`${record.source.path}${record.source.line ? `:${record.source.line}` : ''}: ${record.error.code}: ${record.error.message}`);
    }
    if (job.sink) await job.sink.write(JSON.stringify(record) + '\n');
    else if (outDir) await writeOutput(outDir, job.file.outRel + '.json', JSON.stringify(record, null, 2) + '\n', options.force, options.warn);
    else if (options.format === 'text') {
      if (!('error' in record)) await write(options.stdout, record.text + '\n');
    } else await write(options.stdout, JSON.stringify(record) + '\n');
    options.progress?.(done, job.bytes);
  };

  async function* jobs(): AsyncGenerator<Job | OutputRecordJob> {
    for (const file of files) {
      if (options.signal?.aborted) return;
      const forced = settings.inputFormat;
      const format = forced ?? (file.abs === '-' ? undefined : formatFromPath(file.abs));
      if (file.abs === '-') {
        yield* stdinJobs(file, options, outDir, sinks);
        continue;
      }
      if (format === 'jsonl') {
        const sink = outDir ? openSink(outDir, file.outRel, options.force, sinks) : undefined;
        yield* jsonlJobs(file, openLines(file.abs), sink, options.signal);
        continue;
      }
      try {
        const data = await readFile(file.abs);
        yield { doc: { path: file.display, data, ...(forced ? { format: forced } : {}) }, file, bytes: data.length };
      } catch (error) {
        yield { record: errorRecord(file.display, undefined, undefined, undefined, 'unreadable', readError(error)), file, bytes: 0 };
      }
    }
  }

  // Results in input order, with up to `window` documents in flight.
  const pending: Array<{ job: Job; result: Promise<OutputRecord> }> = [];
  const flushOne = async () => {
    const head = pending.shift()!;
    await emit(head.job, await head.result);
  };
  try {
    for await (const item of jobs()) {
      const job: Job = 'record' in item ? { doc: { path: item.file.display, data: '' }, file: item.file, bytes: 0, ...(item.sink ? { sink: item.sink } : {}) } : item;
      const result = 'record' in item ? Promise.resolve(item.record) : safe(options.process, item.doc);
      pending.push({ job, result });
      while (pending.length >= options.window) await flushOne();
    }
    while (pending.length > 0) await flushOne();
    for (const sink of sinks) await sink.close(options.signal?.aborted !== true);
  } catch (error) {
    for (const sink of sinks) await sink.close(false);
    throw error;
  }
  return summary;
}

/** A record that needs no processing (an unreadable file, a malformed line). */
interface OutputRecordJob {
  record: OutputRecord;
  file: InputFile;
  sink?: LineSink;
  bytes: number;
}

async function* jsonlJobs(file: InputFile, lines: AsyncGenerator<{ line: number; text: string }>, sink: LineSink | undefined, signal: AbortSignal | undefined): AsyncGenerator<Job | OutputRecordJob> {
  try {
    for await (const { line, text } of lines) {
      if (signal?.aborted) return;
      if (text.trim() === '') continue;
      const doc: InputDocument = { path: file.display, data: text, format: 'json', line, container: 'jsonl' };
      yield { doc, file, bytes: text.length, ...(sink ? { sink } : {}) };
    }
  } catch (error) {
    yield { record: errorRecord(file.display, undefined, undefined, 'jsonl', 'unreadable', readError(error)), file, bytes: 0, ...(sink ? { sink } : {}) };
  }
}

async function* stdinJobs(file: InputFile, options: RunOptions, outDir: string | undefined, sinks: LineSink[]): AsyncGenerator<Job | OutputRecordJob> {
  const forced = options.settings.inputFormat;
  const chunks = options.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
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
  const firstLine = prefix.subarray(0, prefix.indexOf(0x0a) >= 0 ? prefix.indexOf(0x0a) : prefix.length).toString('utf8');
  if (forced === 'jsonl' || (forced === undefined && isJsonObject(firstLine))) {
    async function* rest() {
      yield prefix;
      if (ended) return;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    }
    const sink = outDir ? openSink(outDir, 'stdin.jsonl', options.force, sinks) : undefined;
    yield* jsonlJobs({ ...file, outRel: 'stdin.jsonl' }, readLines(Readable.from(rest()), false), sink, options.signal);
    return;
  }
  const parts: Buffer[] = [prefix];
  if (!ended) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      parts.push(chunk);
      size += chunk.length;
      if (size > options.settings.maxSize) {
        yield { record: errorRecord('-', undefined, undefined, undefined, 'too-large', `standard input is larger than --max-size (${options.settings.maxSize} bytes)`), file, bytes: size };
        return;
      }
    }
  }
  const data = Buffer.concat(parts);
  yield { doc: { path: '-', data, ...(forced ? { format: forced } : {}) }, file, bytes: data.length };
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

async function safe(process: RunOptions['process'], doc: InputDocument): Promise<OutputRecord> {
  try {
    return await process(doc);
  } catch (error) {
    return errorRecord(doc.path, undefined, doc.line, doc.container, 'internal', `the worker failed on this document: ${(error as Error)?.message ?? String(error)}`);
  }
}

function readError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied: the file cannot be read';
  if (e.code === 'EISDIR') return 'this is a folder';
  if (e.code === 'ENOENT') return 'the file disappeared before it could be read';
  return e.message;
}

/** Write to a stream, waiting for it to drain (backpressure). */
export function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    stream.once('error', onError);
    const ok = stream.write(chunk, (error) => {
      if (error) reject(error);
    });
    const finish = () => {
      stream.off('error', onError);
      resolve();
    };
    if (ok) finish();
    else stream.once('drain', finish);
  });
}

/**
 * Write one output file atomically (temporary file, then rename). An existing file is only
 * replaced when it is identical (nothing to do) or with --force.
 */
async function writeOutput(outDir: string, rel: string, content: string, force: boolean, warn: (line: string) => void): Promise<void> {
  const target = safeJoin(outDir, rel);
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === content) return;
    if (!force) {
      warn(`${target}: exists and differs; not overwritten (use --force)`);
      return;
    }
  }
  mkdirSync(dirname(target), { recursive: true });
  await writeFileAtomic(target, content);
}

/** `outDir/rel`, refusing names that would escape `outDir`. */
function safeJoin(outDir: string, rel: string): string {
  const target = resolve(outDir, rel);
  if (!target.startsWith(outDir + '/') && target !== outDir) return join(outDir, rel.replace(/\.\.(\/|\\)/g, '__$1').replace(/^[/\\]+/, ''));
  return target;
}

/** A JSON Lines output under --out, written to a temporary file and renamed when complete. */
interface LineSink {
  write(chunk: string): Promise<void>;
  close(commit: boolean): Promise<void>;
}

function openSink(outDir: string, rel: string, force: boolean, sinks: LineSink[]): LineSink {
  const target = safeJoin(outDir, rel);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const stream = createWriteStream(temp);
  let closed = false;
  const sink: LineSink = {
    write: (chunk) => write(stream, chunk),
    close: async (commit) => {
      if (closed) return;
      closed = true;
      await new Promise<void>((res) => stream.end(res));
      if (commit && (force || !existsSync(target) || readFileSync(target, 'utf8') === readFileSync(temp, 'utf8'))) renameSync(temp, target);
      else rmSync(temp, { force: true });
    },
  };
  sinks.push(sink);
  return sink;
}
