/**
 * The worker of the pool: builds its processor (detectors, lists) once from the settings it
 * was started with, then serializes each result where it was made, so the main thread only
 * writes strings.
 */
import { workerData } from 'node:worker_threads';
import { type Task, type Outcome, runTask } from './outcome.js';
import { createProcessor } from './pipeline.js';
import type { Settings } from './settings.js';

const processor = createProcessor(workerData as Settings);

/** Process one task (piscina calls the default export). */
export default function work(task: Task): Outcome {
  return runTask(processor, task);
}
