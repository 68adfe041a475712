import { loadExtractor } from './load.js';
import { type Outcome, type Task, runTask } from './outcome.js';
import { type Extractors, MissingExtractor, type Processor, processorWith } from '../pipeline/process.js';
import type { Settings } from '../settings.js';

/** A processor that loads the HTML and Markdown extractors on first need (see `lazyProcessor`). */
export interface LazyProcessor {
  /**
   * Run `work` with the processor; when a document needs an extractor that is not loaded yet,
   * load it and run `work` again. `work` must not have effects before the processor returns.
   */
  run<T>(work: (processor: Processor) => T): Promise<T>;
}

/**
 * A processor, built at its first document, that loads the HTML and Markdown extractors
 * (cheerio, remark and YAML: a large part of a worker's start-up) when the first document that needs one arrives,
 * and runs that document again: a worker on plain text, or a pre-commit check of text files,
 * never loads them.
 */
export function lazyProcessor(settings: Settings): LazyProcessor {
  const extractors: Partial<Extractors> = {};
  let built: Processor | undefined;
  const processor: Processor = (input) => (built ??= processorWith(settings, extractors))(input);
  return {
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

/** A task runner for one thread (a worker of the pool, or the main thread for one job). */
export function createRunner(settings: Settings): (task: Task) => Promise<Outcome> {
  const lazy = lazyProcessor(settings);
  return (task) => lazy.run((processor) => runTask(processor, task));
}
