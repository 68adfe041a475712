import { asBuffer } from '../decode/bytes.js';
import { sourceProcessorWith } from '../pipeline/process.js';
import { lazyWith } from '../run/runner.js';
import type { Settings } from '../settings.js';
import { analyzeFile, type Analysis } from './analyze.js';

/** One file for `check` to analyze, on a worker (check-worker.ts) or in this thread. */
export interface CheckJob {
  /** The path whose extension picks the format (stdin's --stdin-filename). */
  formatPath: string;
  /** The path shown in the report. */
  display: string;
  /** Where the file is when the report shows its name alone (inputs.ts, `InputFile.sitePath`). */
  sitePath?: string;
  bytes: Uint8Array;
}

/**
 * An analyzer for one thread: it builds its processor at the first job, and loads the HTML and
 * Markdown extractors at the first file that needs them (a hook that checks text files never
 * loads cheerio).
 */
export function createAnalyzer(settings: Settings): (job: CheckJob) => Promise<Analysis> {
  const lazy = lazyWith((extractors) => sourceProcessorWith(settings, extractors));
  return (job) => lazy.run((processor) => analyzeFile(job.formatPath, job.display, asBuffer(job.bytes), processor, settings, job.sitePath));
}

/** An analysis that crossed from a worker: its fixed bytes are a Buffer again. */
export function received(analysis: Analysis): Analysis {
  const fixed = analysis.fixed as Uint8Array | undefined;
  if (fixed && !Buffer.isBuffer(fixed)) analysis.fixed = Buffer.from(fixed.buffer, fixed.byteOffset, fixed.byteLength);
  return analysis;
}
