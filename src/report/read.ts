/**
 * Records in for `unscrape report`: JSON Lines files and stdin read line by line, `.json` files
 * (one record each, as `clean --out` writes them) read whole, folders walked for both. Each record
 * becomes a summary at once and is dropped; a line that is not an unscrape/1 record is counted and
 * named, never fatal.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { isBlankLine, readLines } from '../run/inputs.js';
import { ConfigurationError } from '../errors.js';
import type { OutputRecord } from '../types.js';
import type { Aggregator } from './aggregate.js';
import { summarize, type DocSummary } from '../record/summary.js';

/**
 * A record longer than this is counted as a bad line without being parsed: JSON.parse of a
 * record holds it about three times over. Only a document of tens of megabytes makes one.
 */
export const maxRecordBytes = 64 * 1024 * 1024;

/** A parsed line: its summary, or why it is not a record. */
export function parseRecord(text: string): DocSummary | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const r = v as Record<string, unknown>;
  if (r.schema !== 'unscrape/1') return r.schema === undefined ? 'not an unscrape/1 record (no "schema")' : `schema ${JSON.stringify(r.schema).slice(0, 40)}, not unscrape/1`;
  const source = r.source as Record<string, unknown> | undefined;
  if (typeof source?.path !== 'string') return 'an unscrape/1 record without source.path';
  if (r.error !== undefined) {
    if (typeof (r.error as Record<string, unknown>)?.code !== 'string') return 'an error record without error.code';
  } else if (typeof r.text !== 'string' || typeof r.stats !== 'object' || r.stats === null || !['removed', 'edits', 'findings'].every((k) => Array.isArray(r[k]))) {
    return 'an unscrape/1 record without text, stats, removed, edits or findings';
  }
  try {
    return summarize(v as OutputRecord);
  } catch (error) {
    return `a malformed unscrape/1 record (${(error as Error).message})`;
  }
}

/** One input of the report. */
interface RecordFile {
  abs: string;
  display: string;
}

/** Expand paths: files as given, folders walked for .json, .jsonl and .ndjson files (optionally gzipped); `-` is stdin. */
export async function recordFiles(paths: readonly string[], cwd: string, exclude: string | undefined): Promise<RecordFile[]> {
  const files: RecordFile[] = [];
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith('..') ? abs : rel;
  };
  for (const p of paths) {
    if (p === '-') {
      files.push({ abs: '-', display: '-' });
      continue;
    }
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new ConfigurationError(`no such file or folder: ${p}`);
    if (!statSync(abs).isDirectory()) {
      files.push({ abs, display: display(abs) });
      continue;
    }
    const { default: glob } = await import('fast-glob');
    const found = await glob('**/*.{json,jsonl,ndjson}{,.gz}', { cwd: abs, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true, absolute: true, dot: false });
    for (const f of found.sort()) if (f !== exclude) files.push({ abs: f, display: display(f) });
  }
  return files;
}

/**
 * Read every record of `files` into `into`. Returns the bytes read. `.json` files are one record
 * (pretty-printed by `clean --out`), read whole; anything else is JSON Lines.
 */
export async function readRecords(files: readonly RecordFile[], stdin: Readable, into: Aggregator): Promise<number> {
  let bytes = 0;
  for (const file of files) {
    const gz = /\.gz$/i.test(file.abs);
    if (/\.json(\.gz)?$/i.test(file.abs)) {
      let size = 0;
      try {
        size = statSync(file.abs).size;
        if (size > maxRecordBytes) {
          into.addBadLine({ path: file.display, reason: `larger than ${maxRecordBytes / 1024 / 1024} MB: not read` });
          continue;
        }
        const raw = readFileSync(file.abs);
        bytes += raw.length;
        take(into, file.display, undefined, (gz ? gunzipSync(raw) : raw).toString('utf8'));
      } catch (error) {
        into.addBadLine({ path: file.display, reason: `unreadable (${(error as Error).message})` });
      }
      continue;
    }
    const stream = file.abs === '-' ? stdin : createReadStream(file.abs);
    try {
      for await (const item of readLines(stream, gz, maxRecordBytes)) {
        bytes += (item.tooLarge ?? item.bytes.length) + 1;
        if (item.tooLarge !== undefined) into.addBadLine({ path: file.display, line: item.line, reason: `longer than ${maxRecordBytes / 1024 / 1024} MB: not read` });
        else if (!isBlankLine(item.bytes)) take(into, file.display, item.line, item.bytes.toString('utf8'));
      }
    } catch (error) {
      into.addBadLine({ path: file.display, reason: `unreadable (${(error as Error).message})` });
    }
  }
  return bytes;
}

function take(into: Aggregator, path: string, line: number | undefined, text: string): void {
  const parsed = parseRecord(text);
  const where = { path, ...(line !== undefined ? { line } : {}) };
  if (typeof parsed === 'string') return into.addBadLine({ ...where, reason: parsed });
  try {
    into.add(parsed);
  } catch (error) {
    // A record whose numbers cannot be added up is one bad line, not the end of its file.
    into.addBadLine({ ...where, reason: `a record that could not be counted (${(error as Error).message})` });
  }
}
