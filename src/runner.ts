import { loadExtractor } from './extract/load.js';
import { type Outcome, type Task, runTask } from './outcome.js';
import { type Extractors, MissingExtractor, processorWith } from './process.js';
import type { Settings } from './settings.js';

/**
 * A task runner for one thread: its processor, built once, loads the HTML and Markdown
 * extractors when the first document that needs one arrives, and runs that document again.
 */
export function createRunner(settings: Settings): (task: Task) => Promise<Outcome> {
  const extractors: Partial<Extractors> = {};
  const processor = processorWith(settings, extractors);
  return async (task) => {
    for (;;) {
      try {
        return runTask(processor, task);
      } catch (error) {
        if (!(error instanceof MissingExtractor) || extractors[error.kind]) throw error;
        extractors[error.kind] = await loadExtractor(error.kind);
      }
    }
  };
}
