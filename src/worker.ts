/**
 * The worker of the pool: builds its runner (detectors, lists) once from the settings it was
 * started with, then reads, processes, serializes and writes each task where it runs, so the
 * main thread only lists files and writes stdout.
 */
import { workerData } from 'node:worker_threads';
import { type Task, type Outcome, finish, taskPath } from './outcome.js';
import { errorRecord } from './output/json.js';
import { createRunner } from './runner.js';
import type { Settings } from './settings.js';

const run = createRunner(workerData as Settings);

/** Process a batch of tasks in order (piscina calls the default export). A document that throws fails alone. */
export default async function work(tasks: Task[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const task of tasks) {
    try {
      outcomes.push(await run(task));
    } catch (error) {
      const { doc } = task;
      outcomes.push(finish(errorRecord(taskPath(task), undefined, doc?.line, doc?.container, 'internal', `processing failed: ${(error as Error)?.message ?? String(error)}`), task));
    }
  }
  return outcomes;
}
