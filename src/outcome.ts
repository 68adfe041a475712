import type { InputDocument, Processor } from './pipeline.js';
import type { OutputRecord } from './types.js';

/** How a result is written: a JSON Lines line, an indented file, or only the text. */
export type OutputMode = 'line' | 'pretty' | 'text';

/** One document to process, and how to serialize its result. */
export interface Task {
  doc: InputDocument;
  mode: OutputMode;
}

/** A processed document, serialized where it was processed (on the worker). */
export interface Outcome {
  /** What to write; '' when nothing is written (the text of a failed document). */
  out: string;
  /** Set when the document could not be processed. */
  error?: { code: string; message: string; path: string; line?: number };
}

/** Serialize a record for `mode`. */
export function toOutcome(record: OutputRecord, mode: OutputMode): Outcome {
  const outcome: Outcome = { out: '' };
  if ('error' in record) {
    outcome.error = { ...record.error, path: record.source.path, ...(record.source.line !== undefined ? { line: record.source.line } : {}) };
  }
  if (mode === 'text') outcome.out = 'error' in record ? '' : record.text + '\n';
  else outcome.out = mode === 'pretty' ? JSON.stringify(record, null, 2) + '\n' : JSON.stringify(record) + '\n';
  return outcome;
}

/** Run a task with a processor. */
export function runTask(processor: Processor, task: Task): Outcome {
  return toOutcome(processor(task.doc), task.mode);
}
