import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { unlinkedFolders, writeErrorMessage, writeFileAtomic } from './atomic.js';
import { errorRecord } from '../record/index.js';
import { summarize, type DocSummary } from '../record/summary.js';
import type { InputDocument, Processor } from '../pipeline/process.js';
import type { InputFormat, OutputRecord } from '../types.js';

/**
 * One unit of work and what comes back from it. A task that names a file is read, processed,
 * serialized and (under --out) written where it runs, on a worker: the main thread only lists
 * files and writes stdout in order, so file I/O spreads over the pool instead of queueing there.
 */

/**
 * How a result is written: a JSON Lines line, an indented file, or only the title line and the
 * text (`text`; `text0` ends it with a NUL byte, for `--format text -z`).
 */
export type OutputMode = 'line' | 'pretty' | 'text' | 'text0';

/** A file for the task to read itself. */
export interface FileRef {
  abs: string;
  /** The path shown in the record. */
  display: string;
  /** Where the file is when its record shows its name alone (inputs.ts, `InputFile.sitePath`). */
  sitePath?: string;
  /** A format forced on the command line. */
  format?: InputFormat;
  /** Larger files become `too-large` error records without being read. */
  maxSize: number;
  /** Larger files are not read here but handed back (`large`) to be processed in pieces. */
  largeBytes?: number;
}

/** How a result is serialized, and where it goes. */
export interface Output {
  mode: OutputMode;
  /** Write the result to this file (atomically) instead of returning it. */
  target?: Target;
  /** Return the record's summary for a report (`clean --report`). */
  summarize?: boolean;
}

/**
 * One unit of work: a document in hand (a JSON Lines line, standard input, an API string), or
 * a file that the task reads where it runs; and how its result is serialized.
 */
export type Task = (Output & { kind: 'document'; doc: InputDocument }) | (Output & { kind: 'file'; file: FileRef });

/** An output file under --out. */
export interface Target {
  path: string;
  /** The --out folder: no folder between it and `path` is written through when it is a symbolic link. */
  root: string;
  /** Overwrite an existing file even when unscrape did not write it. */
  force: boolean;
  /** The sha256 of what unscrape wrote to this file in an earlier run (manifest.ts): a file still holding it is unscrape's. */
  written?: string;
  /** The input's sha256 when the output was written with today's settings: the same input is skipped. */
  unchanged?: string;
}

/** A processed document, serialized where it was processed. */
export interface Outcome {
  /**
   * What to write; empty when nothing is written (the text of a failed document, a result
   * already written to its file). Bytes when it comes from a worker (see pool.ts).
   */
  out: string | Uint8Array;
  /** Size of the input, for progress. */
  bytes: number;
  /** Set when the document could not be processed, or its result could not be written. */
  error?: { code: string; message: string; path: string; line?: number };
  /** An existing output that unscrape did not write and that was kept (no --force): its path. */
  refused?: string;
  /** The output is up to date (same input, same settings): nothing was processed. */
  skipped?: boolean;
  /** The input's sha256 (of a document processed without error), for the --out manifest. */
  sha256?: string;
  /** The sha256 of the output written (or found identical) under --out, for the manifest. */
  outputSha256?: string;
  /** What the record holds, for the summary line. */
  stats?: { removed: number; edits: number; findings: { error: number; warning: number; info: number } };
  /** The file was too large to process whole: nothing was done, the caller processes it in pieces. */
  large?: boolean;
  /** What the report keeps of the record, when the task asked (a few hundred bytes, not the record). */
  summary?: DocSummary;
  /** Bytes of the serialized record, when the task asked for a summary. */
  recordBytes?: number;
}

/** The path a task's record shows. */
export function taskPath(task: Task): string {
  return task.kind === 'file' ? task.file.display : task.doc.path;
}

/** Whether a task is one line of a JSON Lines input. */
export function isLine(task: Task | Output): boolean {
  return 'kind' in task && task.kind === 'document' && task.doc.container === 'jsonl';
}

/** Size of a document's data: characters of a text, bytes of bytes (for progress and batches). */
export function dataSize(doc: InputDocument): number {
  return typeof doc.data === 'string' ? doc.data.length : doc.data.byteLength;
}

/** The error record of a task that could not be processed, serialized (and written) as any result. */
export function failure(task: Task, code: string, message: string): Outcome {
  const doc = task.kind === 'document' ? task.doc : undefined;
  return finish(errorRecord(taskPath(task), undefined, doc?.line, doc?.container, code, message), task);
}

/** `failure` for an exception thrown while processing. */
export function internalFailure(task: Task, error: unknown): Outcome {
  return failure(task, 'internal', `processing failed: ${(error as Error)?.message ?? String(error)}`);
}

/** Run a task with a processor. */
export function runTask(processor: Processor, task: Task): Outcome {
  if (task.kind === 'document') return finish(processor(task.doc), task, dataSize(task.doc));
  const loaded = loadFile(task.file);
  if ('large' in loaded) return { out: '', bytes: loaded.bytes, large: true };
  if ('doc' in loaded && task.target?.unchanged !== undefined && existsSync(task.target.path)) {
    // Output of an earlier run with the same settings: skipped when the input is the same.
    const sha256 = createHash('sha256').update(loaded.doc.data as Uint8Array).digest('hex');
    if (sha256 === task.target.unchanged) return { out: '', bytes: loaded.bytes, skipped: true, sha256 };
  }
  return finish('record' in loaded ? loaded.record : processor(loaded.doc), task, loaded.bytes);
}

/** Serialize a record for the task's mode, and write it to the task's target if it has one. */
export function finish(record: OutputRecord, task: Output, bytes = 0): Outcome {
  const outcome: Outcome = { out: '', bytes };
  if ('error' in record) {
    outcome.error = { ...record.error, path: record.source.path, ...(record.source.line !== undefined ? { line: record.source.line } : {}) };
  }
  else {
    outcome.sha256 = record.source.sha256;
    outcome.stats = { removed: record.removed.length, edits: record.edits.length, findings: { ...record.stats.findings } };
  }
  const { mode } = task;
  const text = mode === 'text' || mode === 'text0' ? textOf(record, mode) : mode === 'pretty' ? JSON.stringify(record, null, 2) + '\n' : JSON.stringify(record) + '\n';
  outcome.out = text;
  if (task.summarize) {
    outcome.summary = summarize(record);
    outcome.recordBytes = Buffer.byteLength(text);
  }
  // A failed document has no text to write under --out --format text: stderr names it.
  if (task.target && !(text === '' && 'error' in record)) {
    try {
      const kept = writeOutput(task.target, text, record.source.path);
      if (kept) outcome.refused = kept;
      else outcome.outputSha256 = sha256Of(text);
    } catch (error) {
      outcome.error ??= { code: 'unwritable', message: `${task.target.path}: the output cannot be written (${writeErrorMessage(error)})`, path: record.source.path };
    }
    outcome.out = '';
  }
  return outcome;
}

/**
 * Read a file for processing: a regular file no larger than `maxSize`, or an error record
 * (a pipe or a device would block the read; a huge file is refused before it is read).
 */
export function loadFile(file: FileRef): { doc: InputDocument; bytes: number } | { record: OutputRecord; bytes: number } | { large: true; bytes: number } {
  const read = readInputFile(file.abs, file.maxSize, file.largeBytes);
  if ('code' in read) return { record: errorRecord(file.display, undefined, undefined, undefined, read.code, read.message), bytes: 0 };
  if (!read.data) return { large: true, bytes: read.stat.size };
  const data = read.data;
  return { doc: { path: file.display, data, ...(file.format ? { format: file.format } : {}), ...(file.sitePath ? { sitePath: file.sitePath } : {}) }, bytes: data.length };
}

/**
 * The one reader of input files (`clean` and `check`): a regular file no larger than `maxSize`,
 * read whole with the state it had (`stat`, for `check --fix`), or why not: a pipe or a device
 * would block the read or never end, a huge file is refused before it is read. A file larger
 * than `largeBytes` is not read (no `data`).
 */
export function readInputFile(abs: string, maxSize: number, largeBytes?: number): { data?: Buffer; stat: Stats } | { code: 'unreadable' | 'too-large'; message: string } {
  let fd: number | undefined;
  try {
    // Non-blocking, so that a named pipe is refused here instead of waiting for a writer; the
    // checks use the open file (one path lookup, not a stat and then an open).
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { code: 'unreadable', message: stat.isDirectory() ? 'this is a folder' : 'not a regular file (a pipe, a device or a socket)' };
    if (stat.size > maxSize) return { code: 'too-large', message: `the file is ${stat.size} bytes, more than --max-size (${maxSize})` };
    if (largeBytes !== undefined && stat.size > largeBytes) return { stat };
    const data = readFileSync(fd);
    // A file that grew while it was read (a log being appended) is held to the limit too.
    if (data.length > maxSize) return { code: 'too-large', message: `the file is ${data.length} bytes, more than --max-size (${maxSize})` };
    return { data, stat };
  } catch (error) {
    return { code: 'unreadable', message: readError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file-system error as a sentence for the user. */
export function readError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied: the file cannot be read';
  if (e.code === 'EISDIR') return 'this is a folder';
  if (e.code === 'ENXIO') return 'not a regular file (a socket or a device without a driver)';
  // Node.js reads file names as UTF-8: a name in another encoding comes back with U+FFFD in it
  // and cannot be opened again by that name.
  if (e.code === 'ENOENT' && e.path?.includes('\uFFFD')) return 'the file name is not valid UTF-8, so it cannot be opened by name; rename the file (e.g. with convmv)';
  if (e.code === 'ENOENT') return 'the file disappeared before it could be read';
  if (e.code === 'ENAMETOOLONG') return 'the file name is too long';
  return e.message;
}

/**
 * A record's text output: its title line (when it has one) and a blank line, then its text,
 * then a line break (`text`) or a NUL byte (`text0`). Documents are separated by the caller
 * (see textSeparator). A form feed in a text (possible only with the whitespace rule off)
 * becomes a line break, and a NUL a U+FFFD, so that neither separator occurs inside a document.
 * A failed document has no text: ''.
 */
export function textOf(record: OutputRecord, mode: 'text' | 'text0'): string {
  if ('error' in record) return '';
  const safe = (s: string) => s.replace(/\f/g, '\n').replace(/\0/g, '\ufffd');
  const body = (record.title ? safe(record.title).replace(/\n/g, ' ') + '\n\n' : '') + safe(record.text);
  return mode === 'text0' ? body + '\0' : body + '\n';
}

/** Between two documents of `--format text` (not with -z): a blank line and a line holding a form feed. */
export const textSeparator = '\n\f\n';

/**
 * Whether an existing output is one unscrape wrote for this source: a record (or, for JSON
 * Lines, a first line) of schema unscrape/1 whose source path is `sourcePath`.
 */
export function isOwnOutput(existing: string, sourcePath: string | undefined): boolean {
  const parse = (text: string): { schema?: unknown; source?: { path?: unknown } } | undefined => {
    try {
      return JSON.parse(text) as { schema?: unknown; source?: { path?: unknown } };
    } catch {
      return undefined;
    }
  };
  // A whole record (an indented .json), else the first line (a JSON Lines output).
  const record = parse(existing) ?? (existing.includes('\n') ? parse(existing.slice(0, existing.indexOf('\n'))) : undefined);
  return record?.schema === 'unscrape/1' && (sourcePath === undefined || record.source?.path === sourcePath);
}

/**
 * What an output already at `target` allows: 'write' (there is none, it is one unscrape wrote,
 * or --force), 'same' (it is identical: nothing to do), or 'refuse': a different file that
 * unscrape did not write is replaced only with --force. unscrape's own: a record (or JSON Lines)
 * of schema unscrape/1 for this source path, or a file that still holds exactly what an earlier
 * run wrote there (the manifest's hash; how a `--format text` output is recognized).
 */
export function existingOutput(target: Target, content: () => string, sourcePath: string | undefined): 'write' | 'same' | 'refuse' {
  if (target.force || !existsSync(target.path)) return 'write';
  const existing = readFileSync(target.path, 'utf8');
  if (existing === content()) return 'same';
  if (isOwnOutput(existing, sourcePath) || (target.written !== undefined && sha256Of(existing) === target.written)) return 'write';
  return 'refuse';
}

/** sha256 of a text's UTF-8 bytes, in hex. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Write one output file atomically (see atomic.ts). An existing file is replaced when unscrape
 * wrote it or with `force`; an identical one is left alone. Returns the path of a file that was
 * kept. No fsync: outputs are derived data that a re-run regenerates, and an fsync for each of
 * thousands of small files cost a fifth of a corpus run.
 */
export function writeOutput(target: Target, content: string, sourcePath?: string): string | undefined {
  // A linked folder is refused before anything behind it is read.
  unlinkedFolders(target.root, dirname(target.path), false);
  const existing = existingOutput(target, () => content, sourcePath);
  if (existing === 'same') return undefined;
  if (existing === 'refuse') return target.path;
  writeFileAtomic(target.path, content, { root: target.root });
  return undefined;
}
