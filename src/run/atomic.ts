import { createHash } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { WriteError } from '../errors.js';

/**
 * The one atomic writer of unscrape: `clean --out` outputs (one file or a stream), `check --fix`
 * rewrites, the cache and the baseline all go through `AtomicFile`.
 *
 * - Every write loops until all its bytes are written (a single `write` may write fewer on a
 *   nearly full disk: write-file-atomic 6 ignored that and renamed a truncated file over the
 *   original), and the temporary file's size is checked against what was written before the
 *   rename. On any failure the temporary file is removed and the target is left untouched.
 * - A symbolic link is never followed: the temporary file is opened with O_NOFOLLOW|O_EXCL, and a
 *   target that is a link (or anything but a regular file) is refused, so a committed
 *   `.unscrapecache -> ~/.bashrc` cannot redirect a write.
 * - With `expect`, the target must still be the file that was read (same device, inode, size,
 *   modification time and content hash) just before the rename, so an edit made while the file
 *   was being processed is not overwritten.
 * - Temporary files are named `.unscrape-<pid>-<thread>-<n>.tmp` in the target's folder: short
 *   (a 250-character file name still fits the 255-byte limit), hidden, and recognizable, so that
 *   a later run removes those a killed run left (`removeStaleTemps`).
 */

/** What a file was when it was read: `--fix` writes only if it still is. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes read. */
  sha256: string;
}

export interface AtomicOptions {
  /** Flush to disk before the rename (the user's own files, the cache, the baseline). */
  fsync?: boolean;
  /** Rename only if the target is still this file (see `FileIdentity`). */
  expect?: FileIdentity;
  /** Keep the target's permission bits and, when allowed, its owner (a rewrite of an existing file). */
  keepMode?: boolean;
  /**
   * The folder the target is under (`--out`): no folder between it and the target may be a
   * symbolic link (`out/sub -> /elsewhere` is not written through), and missing ones are made
   * one at a time, never through a link.
   */
  root?: string;
}

let tempCount = 0;
/** Temporary files of this thread not yet renamed or removed: removed if the process exits first (a second Ctrl-C). */
const live = new Set<string>();
let hooked = false;
function track(temp: string): void {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const t of live) {
        try {
          unlinkSync(t);
        } catch {
          // gone
        }
      }
    });
  }
  live.add(temp);
}
const tempPattern = /^\.unscrape-(\d+)-\d+-\d+\.tmp$/;

/** The identity of the file behind an open descriptor and the bytes read from it. */
export function identityOf(stat: Stats, bytes: Uint8Array): FileIdentity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The target's state: missing, a regular file, or refused (a link, a folder, a device). */
function targetStat(target: string): Stats | undefined {
  let stat: Stats;
  try {
    stat = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new WriteError('symlink', `${target} is a symbolic link; unscrape never writes through one`);
  if (!stat.isFile()) throw new WriteError('not-a-file', `${target} exists and is not a regular file`);
  return stat;
}

/** A file being written: a temporary file beside the target, renamed over it by `commit`. */
export class AtomicFile {
  readonly temp: string;
  #fd: number | undefined;
  #written = 0;
  #done = false;

  constructor(
    readonly target: string,
    private readonly options: AtomicOptions = {},
  ) {
    if (options.root !== undefined) unlinkedFolders(options.root, dirname(target), false);
    const existing = targetStat(target);
    this.temp = join(dirname(target), `.unscrape-${process.pid}-${threadId}-${tempCount++}.tmp`);
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
    try {
      this.#fd = openSync(this.temp, flags, 0o666);
    } catch (error) {
      // The folder is made when its first file is written: one failed open, not a mkdir per file.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (options.root !== undefined) unlinkedFolders(options.root, dirname(target), true);
      else mkdirSync(dirname(target), { recursive: true });
      this.#fd = openSync(this.temp, flags, 0o666);
    }
    track(this.temp);
    if (options.keepMode && existing) {
      try {
        // Permission bits only: a rewritten file never keeps setuid, setgid or sticky bits.
        fchmodSync(this.#fd, existing.mode & 0o777);
        if (process.getuid?.() === 0) fchownSync(this.#fd, existing.uid, existing.gid);
      } catch (error) {
        this.abort();
        throw error;
      }
    }
  }

  /** Append bytes, looping until every byte is written. */
  write(chunk: string | Uint8Array): void {
    if (this.#fd === undefined) throw new WriteError('io', `${this.target}: already closed`);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let at = 0; at < bytes.byteLength; ) {
      const n = writeSync(this.#fd, bytes, at, bytes.byteLength - at);
      if (n <= 0) throw new WriteError('short-write', `${this.target}: the disk accepted no more bytes`);
      at += n;
    }
    this.#written += bytes.byteLength;
  }

  /** The bytes written so far (read back from the temporary file). */
  content(): Buffer {
    return readFileSync(this.temp);
  }

  /**
   * Check the temporary file holds every byte written, flush it when asked, check the target is
   * still what it was, and rename. On failure nothing of the target changes and the temporary
   * file is gone.
   */
  commit(): void {
    try {
      const fd = this.#fd!;
      const size = fstatSync(fd).size;
      if (size !== this.#written) throw new WriteError('short-write', `${this.target}: only ${size} of ${this.#written} bytes reached the disk`);
      if (this.options.fsync) fsyncSync(fd);
      closeSync(fd);
      this.#fd = undefined;
      const now = targetStat(this.target);
      const expect = this.options.expect;
      if (expect && !sameFile(this.target, now, expect)) throw new WriteError('changed', `${this.target} changed while it was being processed; not written`);
      renameSync(this.temp, this.target);
      this.#done = true;
      live.delete(this.temp);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** Drop the temporary file (idempotent). */
  abort(): void {
    if (this.#done) return;
    this.#done = true;
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch {
        // already closed
      }
      this.#fd = undefined;
    }
    try {
      unlinkSync(this.temp);
    } catch {
      // never made, or already gone
    }
    live.delete(this.temp);
  }
}

/**
 * Check that no folder from below `root` down to `dir` is a symbolic link (lstat, one component
 * at a time), making missing ones with `create`. Throws a `WriteError` at a link; stops quietly
 * at a missing folder (without `create`) or a file, where the open that follows fails as it should.
 */
export function unlinkedFolders(root: string, dir: string, create: boolean): void {
  // The root itself is the user's choice of folder (a link to a larger disk is fine).
  if (create) mkdirSync(root, { recursive: true });
  const rel = relative(root, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  let at = root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    let stat: Stats;
    try {
      stat = lstatSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !create) return;
      try {
        mkdirSync(at);
      } catch (made) {
        // Made meanwhile by another worker: checked as any existing folder.
        if ((made as NodeJS.ErrnoException).code !== 'EEXIST') throw made;
      }
      stat = lstatSync(at);
    }
    if (stat.isSymbolicLink()) throw new WriteError('symlink', `${at} is a symbolic link to a folder; unscrape never writes through one`);
    if (!stat.isDirectory()) return;
  }
}

function sameFile(target: string, now: Stats | undefined, expect: FileIdentity): boolean {
  if (!now || now.dev !== expect.dev || now.ino !== expect.ino || now.size !== expect.size || now.mtimeMs !== expect.mtimeMs) return false;
  // Same size and time can hide an edit within the clock's resolution: the content decides.
  return createHash('sha256').update(readFileSync(target)).digest('hex') === expect.sha256;
}

/** Write `data` to `target` atomically (see `AtomicFile`). */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicOptions = {}): void {
  const file = new AtomicFile(target, options);
  try {
    file.write(data);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

/** A write failure as a sentence for the user. */
export function writeErrorMessage(error: unknown): string {
  if (error instanceof WriteError) return error.message;
  const e = error as NodeJS.ErrnoException;
  const where = e.path ? `${e.path}: ` : '';
  if (e.code === 'ENOSPC') return `${where}no space left on the device`;
  if (e.code === 'EDQUOT') return `${where}disk quota exceeded`;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `${where}permission denied`;
  if (e.code === 'EROFS') return `${where}read-only file system`;
  if (e.code === 'ENOTDIR') return `${where}a file is where a folder should be`;
  if (e.code === 'EISDIR') return `${where}a folder is where the file should be`;
  if (e.code === 'ELOOP') return `${where}a symbolic link is in the way; not followed`;
  if (e.code === 'ENAMETOOLONG') return `${where}the file name is too long`;
  return e.message ?? String(error);
}

/** Whether process `pid` is running on this machine. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary files of ours that a killed run left under `dir` (recursively): those
 * named as `AtomicFile` names them whose process is gone, or older than a day (a pid reused
 * since). Returns how many were removed. Symbolic links are not followed.
 */
export function removeStaleTemps(dir: string, depth = 32): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && depth > 0) removed += removeStaleTemps(path, depth - 1);
    else if (e.isFile()) {
      const m = tempPattern.exec(e.name);
      if (!m) continue;
      try {
        if (!processAlive(Number(m[1])) || Date.now() - statSync(path).mtimeMs > 86_400_000) {
          unlinkSync(path);
          removed++;
        }
      } catch {
        // gone meanwhile
      }
    }
  }
  return removed;
}

/** Whether `name` is one of our temporary files (never an input). */
export function isTempName(name: string): boolean {
  return tempPattern.test(basename(name));
}

/**
 * A stream written atomically to `target` (`clean -o FILE`): the bytes go to an `AtomicFile`,
 * gathered into writes of up to `flushBytes`, and `commit` renames it over the target once the
 * run is done. A write that fails (a full disk) fails the stream with that error and drops the
 * temporary file; `failure` then holds it, and the target is left as it was.
 */
export interface AtomicStream {
  stream: Writable;
  /** The first write error, once one happened. */
  failure(): unknown;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

const flushBytes = 1 << 20;

export function atomicStream(target: string, options: AtomicOptions = {}): AtomicStream {
  const file = new AtomicFile(target, options);
  let pending: Buffer[] = [];
  let size = 0;
  let failure: unknown;
  const flush = () => {
    if (size === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, size);
    pending = [];
    size = 0;
    file.write(chunk);
  };
  const guard = (work: () => void, callback: (error?: Error | null) => void) => {
    if (failure !== undefined) return callback(failure as Error);
    try {
      work();
      callback();
    } catch (error) {
      failure = error;
      pending = [];
      size = 0;
      file.abort();
      callback(error as Error);
    }
  };
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      guard(() => {
        pending.push(chunk);
        size += chunk.length;
        if (size >= flushBytes) flush();
      }, callback);
    },
    final(callback) {
      guard(flush, callback);
    },
  });
  // The error is kept in `failure` and told by the writer that failed; the stream's own 'error' event must not throw.
  stream.on('error', () => undefined);
  const end = () => new Promise<void>((done) => (stream.writableFinished || stream.destroyed ? done() : stream.end(() => done())));
  return {
    stream,
    failure: () => failure,
    async commit() {
      await end();
      if (failure !== undefined) throw failure;
      try {
        file.commit();
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    async discard() {
      pending = [];
      size = 0;
      if (!stream.destroyed) stream.destroy();
      file.abort();
    },
  };
}
