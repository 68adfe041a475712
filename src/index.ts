/**
 * The programmatic API: `clean(input, options)` returns the unscrape/1 record of one document.
 *
 * ```ts
 * import { clean } from 'unscrape';
 * const record = clean('Title\n\n[ad_1]\n\nThe rally ended peacefully. .\n');
 * record.text; // "The rally ended peacefully."
 * ```
 */
import { createProcessor as processorFor, type Processor } from './pipeline/index.js';
import { defaultSettings, type Settings } from './settings.js';
import type { InputFormat, OutputRecord } from './types.js';

export type * from './types.js';
export type { Settings } from './settings.js';
export type { RuleInfo } from './types.js';
export type { InputDocument, Piece, Processor } from './pipeline/process.js';
export { allRules, type Rule } from './pipeline/registry.js';
export { defaultSettings } from './settings.js';

/**
 * A reusable processor (detectors and lists built once): call it with an InputDocument
 * (`{ path, data, format? }`) for each document. Settings not given keep their defaults
 * (`defaultSettings()`), so `createProcessor({ rules: { calque: 'off' } })` is enough.
 */
export function createProcessor(settings: Partial<Settings> = {}): Processor {
  return processorFor(withDefaults(settings));
}

/** The default settings with these on top (undefined values keep the default). */
function withDefaults(settings: Partial<Settings>): Settings {
  const merged: Settings = defaultSettings();
  for (const [key, value] of Object.entries(settings)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

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
  const settings = withDefaults(options.settings ?? {});
  const key = JSON.stringify(settings);
  let processor = cache.get(key);
  if (!processor) {
    processor = processorFor(settings);
    if (cache.size > 16) cache.clear();
    cache.set(key, processor);
  }
  return processor({ path: options.path ?? '-', data: input, ...(options.format ? { format: options.format } : {}) });
}
