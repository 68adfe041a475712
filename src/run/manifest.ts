import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { Settings } from '../settings.js';

/**
 * The manifest of an --out folder: which files in it unscrape wrote, and from what (the input's
 * sha256 and a key of the settings and version). A re-run skips an input whose output is listed
 * with the same input hash and settings key, overwrites its own outputs when either changed,
 * and keeps (and counts) files it did not write. Kept outside the folder, so that it holds
 * nothing but outputs: see `manifestPath`.
 */

type Entry = [string, string, string];

interface ManifestFile {
  schema: 'unscrape-outputs/1';
  /** Output path relative to the folder -> [input sha256, settings key, output sha256]. */
  outputs: Record<string, Entry>;
}

/** The settings (and version, and output format) that shape an output. */
export function outputKey(settings: Settings, tool: string, format: string): string {
  const { configPath: _c, ignore: _i, learned, ...rest } = settings;
  // Of the repeated lines learned from the corpus, which lines they are, not their counts: a new
  // input changes the counts, and would otherwise make every output out of date.
  const lines = learned ? Object.entries(learned.sites).map(([site, counts]) => [site, Object.keys(counts.lines).sort()]).sort() : null;
  return createHash('sha256').update(JSON.stringify([tool, format, rest, lines])).digest('hex').slice(0, 16);
}

/**
 * Where the manifest of the --out folder `dir` is kept: in the user's cache folder
 * (`$XDG_CACHE_HOME/unscrape/outputs`, else `~/.cache/unscrape/outputs`), named by the hash of
 * the folder's real path. Without it (another machine, a cleared cache) a run still recognizes
 * its own outputs by their content; it only cannot skip unchanged inputs.
 */
export function manifestPath(dir: string): string {
  let real = resolve(dir);
  try {
    real = realpathSync(real);
  } catch {
    // not made yet
  }
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'unscrape', 'outputs', createHash('sha256').update(real).digest('hex').slice(0, 32) + '.json');
}

/** A loaded manifest (empty when the folder has none, or it cannot be read). */
export class Manifest {
  readonly #outputs: Record<string, Entry>;
  readonly #path: string;
  #dirty = false;

  constructor(readonly dir: string, readonly key: string) {
    this.#path = manifestPath(dir);
    let outputs: Record<string, Entry> = {};
    try {
      const parsed = JSON.parse(readFileSync(this.#path, 'utf8')) as ManifestFile;
      if (parsed?.schema === 'unscrape-outputs/1' && typeof parsed.outputs === 'object' && parsed.outputs !== null) outputs = parsed.outputs;
    } catch {
      // none yet, or unreadable: every output is checked by its content (isOwnOutput)
    }
    this.#outputs = Object.assign(Object.create(null) as Record<string, Entry>, outputs);
  }

  /** The sha256 of what unscrape wrote to this output (relative path) in an earlier run. */
  written(rel: string): string | undefined {
    const entry = this.#outputs[rel];
    return Array.isArray(entry) && typeof entry[2] === 'string' ? entry[2] : undefined;
  }

  /** The input hash of an output written with today's settings, if any. */
  unchanged(rel: string): string | undefined {
    const entry = this.#outputs[rel];
    return Array.isArray(entry) && entry[1] === this.key ? entry[0] : undefined;
  }

  /** Record an output written (or found up to date) in this run: its input's hash and its own. */
  set(rel: string, sha256: string, output: string | undefined): void {
    const entry = this.#outputs[rel];
    const written = output ?? entry?.[2];
    if (written === undefined) return;
    if (entry && entry[0] === sha256 && entry[1] === this.key && entry[2] === written) return;
    this.#outputs[rel] = [sha256, this.key, written];
    this.#dirty = true;
  }

  /** An output that could not be written or is an error record: not up to date. */
  forget(rel: string): void {
    const entry = this.#outputs[rel];
    if (!entry || entry[1] !== this.key) return;
    // Still ours (so it is overwritten next time), but never skipped.
    this.#outputs[rel] = [entry[0], '', entry[2]];
    this.#dirty = true;
  }

  /** Write the manifest atomically when it changed. */
  save(): void {
    if (!this.#dirty) return;
    const sorted = Object.fromEntries(Object.entries(this.#outputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const data: ManifestFile = { schema: 'unscrape-outputs/1', outputs: sorted };
    try {
      mkdirSync(join(this.#path, '..'), { recursive: true });
      writeFileAtomic(this.#path, JSON.stringify(data) + '\n');
    } catch {
      // A cache that cannot be written costs the next run its skips, not this run its outputs.
    }
  }
}
