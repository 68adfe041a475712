import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import type { Settings } from '../settings.js';
import type { Analysis } from './analyze.js';

/**
 * `--cache`: each file's problems, keyed on the sha256 of its bytes (not its mtime: a checkout
 * or a `touch` does not invalidate, an edit that keeps the size does). The whole cache is tied
 * to the tool version and the settings; either changing empties it. A file with problems is
 * cached too, so it is not processed again; with `--fix`, a cached file that has fixable
 * problems is processed again (the fix needs the records). A cache that cannot be read is
 * ignored and rewritten; the file is written atomically.
 */

interface CacheFile {
  version: 1;
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
  /** Write the cache when it changed; entries not used in this run are dropped. */
  save(): Promise<void>;
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

/** Open the cache at `path` for this tool version and settings. */
export function openCache(path: string, tool: string, settings: Settings): Cache {
  const key = settingsKey(settings);
  let old: Record<string, CachedAnalysis> = {};
  let valid = false;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (parsed && parsed.version === 1 && typeof parsed.entries === 'object' && parsed.entries !== null) {
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
    async save() {
      if (!dirty && Object.keys(used).length === Object.keys(old).length) return;
      const data: CacheFile = { version: 1, tool, settings: key, entries: used };
      await writeFileAtomic(path, JSON.stringify(data) + '\n');
    },
  };
}
