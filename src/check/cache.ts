import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../run/atomic.js';
import { WriteError } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Analysis } from './analyze.js';

/**
 * `--cache`: each file's problems, keyed on the sha256 of its bytes (not its mtime: a checkout
 * or a `touch` does not invalidate, an edit that keeps the size does). The whole cache is tied
 * to the tool version and the settings; either changing empties it. A file with problems is
 * cached too, so it is not processed again; with `--fix`, a cached file that has fixable
 * problems is processed again (the fix needs the records). A cache that cannot be read is
 * ignored and rewritten; the file is written atomically, never through a symbolic link: a
 * repository that commits `.unscrapecache` as a link to another file cannot make `check --cache`
 * overwrite it (a cache path that is a link or a folder is not used, with a warning).
 */

interface CacheFile {
  /** 2: problems with line-bounded fingerprints (see problems.ts). */
  version: 2;
  tool: string;
  settings: string;
  entries: Record<string, CachedAnalysis>;
}

/** What is kept per file: the analysis without the fixed bytes. */
type CachedAnalysis = Omit<Analysis, 'fixed'>;

/** A loaded cache. */
export interface Cache {
  /** The cached analysis of a file with these bytes read as this format, if any. */
  get(key: string): CachedAnalysis | undefined;
  set(key: string, value: Analysis): void;
  /** Write the cache when it changed; entries not used in this run are dropped. Throws when it cannot be written. */
  save(): void;
}

/** The cache key of a file: its content hash and how it is read (the extension decides the format). */
export function cacheKey(bytes: Buffer, path: string): string {
  const ext = /\.[^./\\]+(\.gz)?$/i.exec(path)?.[0].toLowerCase() ?? '';
  return `${createHash('sha256').update(bytes).digest('hex')}${ext}`;
}

/** The part of the settings that shapes the problems. */
export function settingsKey(settings: Settings): string {
  const { configPath: _c, ignore: _i, ...rest } = settings;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

/** Open the cache at `path` for this tool version and settings; a WriteError when the path is a link or not a file. */
export function openCache(path: string, tool: string, settings: Settings): Cache {
  const key = settingsKey(settings);
  let old: Record<string, CachedAnalysis> = {};
  let valid = false;
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new WriteError('symlink', `${path} is a symbolic link; unscrape never writes through one`);
    if (!stat.isFile()) throw new WriteError('not-a-file', `${path} exists and is not a regular file`);
  } catch (error) {
    if (error instanceof WriteError) throw error;
  }
  try {
    const parsed = JSON.parse(readCacheFile(path)) as CacheFile;
    if (parsed && parsed.version === 2 && typeof parsed.entries === 'object' && parsed.entries !== null) {
      valid = true;
      if (parsed.tool === tool && parsed.settings === key) old = parsed.entries;
    }
  } catch {
    // missing or corrupt: start empty, rewrite below
  }
  const used: Record<string, CachedAnalysis> = {};
  let dirty = !valid;
  return {
    get(k) {
      const hit = old[k];
      if (hit && Array.isArray(hit.problems)) used[k] = hit;
      return used[k];
    },
    set(k, value) {
      const { fixed: _f, ...kept } = value;
      used[k] = kept;
      dirty = true;
    },
    save() {
      if (!dirty && Object.keys(used).length === Object.keys(old).length) return;
      const data: CacheFile = { version: 2, tool, settings: key, entries: used };
      writeFileAtomic(path, JSON.stringify(data) + '\n', { fsync: true });
    },
  };
}

/** The cache file's text, opened without following a link and without blocking on a pipe. */
function readCacheFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
