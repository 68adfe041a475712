import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Entry, Options as FastGlobOptions } from 'fast-glob';
import { asBuffer } from '../decode/bytes.js';
import { formatFromPath, inputExtensions } from '../decode/sniff.js';
import type { InputFormat } from '../types.js';
import { braceExpansionSize, ignoreFilter, maxBraceExpansion, skippedFolders } from './ignores.js';
import { ConfigurationError } from '../errors.js';

/** One input file (or stdin) found on the command line. */
export interface InputFile {
  /** Absolute path; "-" for stdin. */
  abs: string;
  /** The path shown in records: relative to the working directory when inside it, else the file's name. */
  display: string;
  /**
   * For a file outside the working directory, which records show by its name alone: its absolute
   * path, whose folder stands for the document's site when the document names none (a corpus's
   * folders given as `/data/corpus` are sites of their own, not all one "./").
   */
  sitePath?: string;
  /** The path under --out: relative to the folder it was found in (its name for a file). */
  outRel: string;
  /** Named on the command line (not found by walking a folder or matching a glob). */
  named?: boolean;
}

/** How a walk treats ignore files (see ignores.ts). */
export interface WalkOptions {
  /** `--no-ignore`: walk node_modules and .git, and ignore no .gitignore, .unscrapeignore or `ignore` list. */
  noIgnore?: boolean;
  /** Told of each file that is skipped, why, and whether it was named on the command line. */
  skipped?: (display: string, reason: string, named: boolean) => void;
  /**
   * Told that a named folder holds no document (an empty folder); a named folder whose files are
   * all of other formats, or that holds only symbolic links, is a usage error instead (see
   * `reportEmptyFolders`). Without it, such folders are passed over in silence.
   */
  warn?: (line: string) => void;
}

const globChars = /[*?[\]{}!]/;

/**
 * Expand the command line's paths: files as they are, folders walked recursively (symlinks are
 * not followed, so a loop cannot trap the walk), globs matched; `-` is stdin. Each folder's
 * files come in sorted path order. A path that matches nothing is a ConfigurationError; so is a
 * named folder that holds no document but files of other formats or symbolic links, and an
 * empty one is told to `warn` (`reportEmptyFolders`), when the caller gives one.
 */
export async function expandPaths(paths: readonly string[], cwd: string, ignore: readonly string[], exclude: readonly string[] = [], walk: WalkOptions = {}): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const empty: EmptyFolder[] = [];
  const seen = new Set<string>();
  const excluded = exclude.map((e) => resolve(cwd, e));
  const isExcluded = (abs: string) => excluded.some((e) => abs === e || abs.startsWith(e + sep));
  const filter = ignoreFilter(cwd, ignore, walk.noIgnore === true);
  const add = (abs: string, root: string, walked: boolean) => {
    if (seen.has(abs) || isExcluded(abs)) return;
    const skip = filter.reason(abs, walked);
    if (skip !== undefined) {
      walk.skipped?.(displayPath(abs, cwd), skip, !walked);
      return;
    }
    seen.add(abs);
    const display = displayPath(abs, cwd);
    const file: InputFile = { abs, display, outRel: relative(root, abs), ...(inside(abs, cwd) ? {} : { sitePath: abs }) };
    if (!walked) file.named = true;
    files.push(file);
  };
  const skipFolders = walk.noIgnore ? [] : skippedFolders.map((f) => `**/${f}/**`);
  const pattern = `**/*.{${inputExtensions.join(',')}}{,.gz}`;
  for (const p of paths) {
    if (p === '-') {
      files.push({ abs: '-', display: '-', outRel: 'stdin' });
      continue;
    }
    const abs = resolve(cwd, p);
    if (existsSync(abs)) {
      const stat = statSync(abs);
      if (stat.isDirectory()) {
        const found = await glob(pattern, { cwd: abs, onlyFiles: true, followSymbolicLinks: false, caseSensitiveMatch: false, suppressErrors: true, ignore: skipFolders, dot: false });
        for (const rel of found.sort(comparePaths)) add(resolve(abs, rel), abs, true);
        // A folder without a document: told with how many files of other formats it holds, and
        // how many symbolic links (a folder of links to a corpus is not empty to its owner).
        if (found.length === 0 && walk.warn) {
          const entries = await globEntries('**/*', { cwd: abs, onlyFiles: false, followSymbolicLinks: false, suppressErrors: true, ignore: skipFolders, dot: false });
          empty.push({ path: p, others: entries.filter((e) => e.dirent.isFile()).length, links: entries.filter((e) => e.dirent.isSymbolicLink()).length });
        }
      } else add(abs, dirname(abs), false);
      continue;
    }
    if (globChars.test(p)) {
      if (braceExpansionSize(p) > maxBraceExpansion) throw new ConfigurationError(`the pattern ${JSON.stringify(p.length > 60 ? `${p.slice(0, 60)}…` : p)} expands to more than ${maxBraceExpansion} patterns`, 'use fewer brace groups {a,b}, or name folders');
      const found = await glob(p, { cwd, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true, ignore: skipFolders, absolute: true });
      if (found.length === 0) throw new ConfigurationError(`no input matched ${JSON.stringify(p)}`, 'check the pattern, or quote it so the shell does not expand it');
      const base = resolve(cwd, globBase(p));
      for (const f of found.sort(comparePaths)) add(f, base, true);
      continue;
    }
    throw new ConfigurationError(`no such file or folder: ${p}`);
  }
  if (walk.warn) reportEmptyFolders(empty, walk.warn);
  return files;
}

/** A named folder in which a walk found no document: how many files of other formats and symbolic links it holds. */
interface EmptyFolder {
  path: string;
  others: number;
  links: number;
}

/**
 * What a command does about named folders that hold no document: one whose files are all of
 * other formats, or that holds only symbolic links (not followed), is a usage error, as a glob
 * that matches nothing is; an empty folder is told (`warn`), as ruff tells it.
 */
function reportEmptyFolders(empty: readonly EmptyFolder[], warn: (line: string) => void): void {
  const unreadable = empty.find((e) => e.others > 0);
  if (unreadable) throw new ConfigurationError(`no documents found in ${unreadable.path}: none of its ${unreadable.others} file(s) has a readable format`, `readable: ${inputExtensions.map((e) => '.' + e).join(' ')} (optionally .gz); --input-format names one`);
  const linked = empty.find((e) => e.links > 0);
  if (linked) throw new ConfigurationError(`no documents found in ${linked.path}: it holds ${linked.links} symbolic link(s), and links are not followed`, 'name the linked files or the folder they point to');
  for (const e of empty) warn(`no documents found in ${e.path} (an empty folder)`);
}

/** fast-glob, loaded when a folder or a glob is walked: a file or stdin does not pay for it at start-up. */
async function glob(pattern: string, options: FastGlobOptions): Promise<string[]> {
  return (await import('fast-glob')).default(pattern, options);
}

/** The same, each entry with its kind (a file, a folder, a link: links are not followed). */
async function globEntries(pattern: string, options: FastGlobOptions): Promise<Entry[]> {
  return (await import('fast-glob')).default(pattern, { ...options, objectMode: true });
}

/**
 * Whether these inputs may hold many documents (a folder, a glob, several paths, a JSON Lines
 * stream), so that a worker pool is worth starting before they are listed.
 */
export function mayHoldMany(paths: readonly string[], cwd: string, inputFormat: InputFormat | undefined): boolean {
  if (paths.length > 1) return true;
  const only = paths[0] ?? '-';
  if (only === '-') return inputFormat === 'jsonl';
  const abs = resolve(cwd, only);
  try {
    const stat = statSync(abs);
    return stat.isDirectory() || (inputFormat ?? formatFromPath(abs)) === 'jsonl';
  } catch {
    return globChars.test(only);
  }
}

/** Code-unit order of paths, compared folder by folder so that a folder's files stay together. */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

function displayPath(abs: string, cwd: string): string {
  return inside(abs, cwd) ? relative(cwd, abs).split(sep).join('/') : basename(abs);
}

/** Whether `abs` is inside the working directory `cwd` (its record shows the path from there). */
function inside(abs: string, cwd: string): boolean {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (globChars.test(part)) break;
    fixed.push(part);
  }
  return fixed.length === parts.length ? dirname(pattern) : fixed.join('/') || '.';
}

/** A line read by `readLines`: its bytes, or, for a line longer than the limit, only its size. */
export interface ReadLine {
  line: number;
  bytes: Buffer;
  /** Set when the line was longer than the limit: its size in bytes (its bytes were dropped, `bytes` is empty). */
  tooLarge?: number;
}

/**
 * Lines of a (possibly gzipped) file or stream as bytes (without "\n" or "\r\n"), with 1-based
 * numbers, read with backpressure. They stay bytes until a worker decodes them: the main thread
 * of a stream decodes nothing and copies no strings (a byte 0x0A is never inside a UTF-8 character).
 * A line longer than `maxLine` bytes is not kept: once it passes the limit the rest of it is read
 * and dropped, and it comes out as `tooLarge` (a gigabyte of zeros without a line break, in a
 * small `.jsonl.gz` or on stdin, would otherwise take gigabytes of memory and then fail).
 */
export async function* readLines(stream: Readable, gzip: boolean, maxLine = Infinity): AsyncGenerator<ReadLine> {
  const input = gzip ? stream.pipe(createGunzip()) : stream;
  let n = 0;
  // The start of a line that continues in the next chunk: its pieces are joined once, when
  // the line ends, so a line of many chunks costs one copy, not one per chunk.
  let pending: Buffer[] = [];
  let pendingSize = 0;
  /** Bytes of the current line dropped so far (it passed the limit). */
  let dropped = 0;
  const end = (head: Buffer): ReadLine => {
    const line = ++n;
    const size = pendingSize + head.length;
    const out: ReadLine = dropped > 0 || size > maxLine ? { line, bytes: Buffer.alloc(0), tooLarge: dropped + size } : { line, bytes: withoutCr(pending.length > 0 ? Buffer.concat([...pending, head]) : head) };
    pending = [];
    pendingSize = 0;
    dropped = 0;
    return out;
  };
  for await (const value of input as AsyncIterable<Buffer | string>) {
    const chunk = toBuffer(value);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      yield end(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (dropped > 0 || pendingSize + rest.length > maxLine) {
        dropped += pendingSize + rest.length;
        pending = [];
        pendingSize = 0;
      } else {
        pending.push(rest);
        pendingSize += rest.length;
      }
    }
  }
  if (pending.length > 0 || dropped > 0) yield end(Buffer.alloc(0));
}

function toBuffer(value: Buffer | string): Buffer {
  return typeof value === 'string' ? Buffer.from(value) : value;
}

function withoutCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}

/** Whether a line holds only white space. */
export function isBlankLine(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0b || b === 0x0c) continue;
    // Other white space (no-break space, BOM …) is rare: decode to decide.
    return b >= 0x80 ? asBuffer(bytes).toString('utf8').trim() === '' : false;
  }
  return true;
}

/** Open a file for reading lines (each up to `maxLine` bytes, see `readLines`). */
export function openLines(abs: string, maxLine = Infinity): AsyncGenerator<ReadLine> {
  return readLines(createReadStream(abs), /\.gz$/i.test(abs), maxLine);
}
