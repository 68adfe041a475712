import { loadExtractor } from './load.js';
import { type Outcome, type Task, runTask } from './outcome.js';
import { type Extractors, type InputDocument, MissingExtractor, type Processor, processorWith } from '../pipeline/process.js';
import type { Settings } from '../settings.js';

/** A processor that loads the HTML and Markdown extractors on first need (see `lazyProcessor`). */
export interface LazyProcessor<P = Processor> {
  /**
   * Run `work` with the processor; when a document needs an extractor that is not loaded yet,
   * load it and run `work` again. `work` must not have effects before the processor returns.
   */
  run<T>(work: (processor: P) => T): Promise<T>;
  /** Load an extractor now, before a document needs it (a worker waiting for the first pass, see worker.ts). */
  preload(kind: keyof Extractors): Promise<void>;
}

/**
 * A processor, built at its first document, that loads the HTML and Markdown extractors
 * (cheerio, remark and YAML: a large part of a worker's start-up) when the first document that needs one arrives,
 * and runs that document again: a worker on plain text, or a pre-commit check of text files,
 * never loads them.
 */
export function lazyProcessor(settings: Settings): LazyProcessor {
  return lazyWith((extractors) => processorWith(settings, extractors));
}

/**
 * {@link lazyProcessor} for any processor `build` makes from the extractors it is given (`check`
 * builds one that also returns each document's file, `sourceProcessorWith`).
 */
export function lazyWith<R>(build: (extractors: Partial<Extractors>) => (input: InputDocument) => R): LazyProcessor<(input: InputDocument) => R> {
  const extractors: Partial<Extractors> = {};
  let built: ((input: InputDocument) => R) | undefined;
  const processor = (input: InputDocument): R => (built ??= build(extractors))(input);
  return {
    async preload(kind) {
      if (!extractors[kind]) extractors[kind] = await loadExtractor(kind);
    },
    async run(work) {
      for (;;) {
        try {
          return work(processor);
        } catch (error) {
          if (!(error instanceof MissingExtractor) || extractors[error.kind]) throw error;
          extractors[error.kind] = await loadExtractor(error.kind);
        }
      }
    },
  };
}

/**
 * A task runner for one thread (a worker of the pool, or the main thread for one job).
 * `preload`: extractors to load now, without waiting for a document that needs one.
 */
export function createRunner(settings: Settings, preload: ReadonlyArray<keyof Extractors> = []): (task: Task) => Promise<Outcome> {
  const lazy = lazyProcessor(settings);
  // A failure to load is the first document's to report, as without preloading.
  for (const kind of preload) lazy.preload(kind).catch(() => undefined);
  return (task) => lazy.run((processor) => runTask(processor, task));
}
