/**
 * The programmatic API: `clean(input, options)` returns the unscrape/1 record of one document.
 *
 * ```ts
 * import { clean } from 'unscrape';
 * const record = clean('Title\n\n[ad_1]\n\nThe rally ended peacefully. .\n');
 * record.text; // "The rally ended peacefully."
 * ```
 */
import { createProcessor, type Processor } from './pipeline.js';
import { defaultSettings, type Settings } from './settings.js';
import type { InputFormat, OutputRecord } from './types.js';

export type * from './types.js';
export type { Settings } from './settings.js';
export type { RuleInfo } from './rule-types.js';
export { allRules } from './rules.js';
export { createProcessor } from './pipeline.js';

/** Options of `clean`. */
export interface CleanOptions {
  /** The path to report in `source.path` (and to guess the format from); default "-". */
  path?: string;
  /** The input format; default: from the path's extension, else sniffed from the content. */
  format?: InputFormat;
  /** Rule levels, extra markers and boilerplate phrases, encoding, size limit. */
  settings?: Partial<Settings>;
}

const cache = new Map<string, Processor>();

/**
 * Clean one document: a string (already text) or a Buffer (bytes: gzip, BOM and charset are
 * handled). Never throws for bad input: a document that cannot be processed gives a record
 * with `error`. The processor for a given set of settings is built once and reused.
 */
export function clean(input: string | Buffer, options: CleanOptions = {}): OutputRecord {
  const settings: Settings = { ...defaultSettings(), ...options.settings };
  const key = JSON.stringify(settings);
  let processor = cache.get(key);
  if (!processor) {
    processor = createProcessor(settings);
    if (cache.size > 16) cache.clear();
    cache.set(key, processor);
  }
  return processor({ path: options.path ?? '-', data: input, ...(options.format ? { format: options.format } : {}) });
}
