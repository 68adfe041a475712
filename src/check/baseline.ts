import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../run/atomic.js';
import { ConfigurationError } from '../errors.js';
import type { FileProblems } from './problems.js';

/**
 * Baselines: accept today's problems, fail on new ones. A problem is identified by its file,
 * its rule and the fingerprint of its span (the span's text and a little normalized context,
 * not its line), so it survives edits elsewhere in the file; identical problems are counted.
 * Paths are stored relative to the baseline file, so it works from any working directory.
 */

interface BaselineFile {
  /** 2: fingerprints whose context stays on the problem's own lines (1 read across them). */
  version: 2;
  /** file -> "rule fingerprint" -> how many such problems */
  files: Record<string, Record<string, number>>;
}

function fileKey(baselinePath: string, cwd: string, display: string): string {
  return relative(dirname(baselinePath), resolve(cwd, display)).split(sep).join('/');
}

/** Write the baseline of these results; returns how many problems it holds. */
export function writeBaseline(path: string, cwd: string, results: readonly FileProblems[]): number {
  const abs = resolve(cwd, path);
  const files: BaselineFile['files'] = {};
  let n = 0;
  for (const r of [...results].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (r.problems.length === 0) continue;
    const counts: Record<string, number> = {};
    for (const p of r.problems) {
      const k = `${p.rule} ${p.fingerprint}`;
      counts[k] = (counts[k] ?? 0) + 1;
      n++;
    }
    files[fileKey(abs, cwd, r.path)] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  const data: BaselineFile = { version: 2, files };
  // Never through a symbolic link (see atomic.ts); flushed, as a file the user keeps.
  writeFileAtomic(abs, JSON.stringify(data, null, 2) + '\n', { fsync: true });
  return n;
}

/** Read a baseline; a missing or malformed one is a ConfigurationError. */
export function readBaseline(path: string, cwd: string): (results: FileProblems[]) => FileProblems[] {
  const abs = resolve(cwd, path);
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(abs, 'utf8')) as BaselineFile;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ConfigurationError(`${path}: ${e.code === 'ENOENT' ? 'no such baseline file' : `not a readable baseline (${e.message})`}`, 'write one with `unscrape check --write-baseline FILE`');
  }
  if ((data as { version?: unknown } | null)?.version === 1) {
    throw new ConfigurationError(`${path}: a baseline of an older unscrape (version 1), whose fingerprints changed with each edit next to a problem`, 'write it again with `unscrape check --write-baseline FILE`');
  }
  if (!data || data.version !== 2 || typeof data.files !== 'object' || data.files === null) throw new ConfigurationError(`${path}: not an unscrape baseline (version 2)`);
  return (results) =>
    results.map((r) => {
      const left = { ...(data.files[fileKey(abs, cwd, r.path)] ?? {}) };
      const problems = r.problems.filter((p) => {
        const k = `${p.rule} ${p.fingerprint}`;
        if ((left[k] ?? 0) > 0) {
          left[k]!--;
          return false;
        }
        return true;
      });
      return { ...r, problems };
    });
}
