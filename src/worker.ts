/**
 * The worker of the pool: builds its runner (detectors, lists) once from the settings it was
 * started with, then reads, processes, serializes and writes each task where it runs, so the
 * main thread only lists files and writes stdout.
 */
import { workerData } from 'node:worker_threads';
import type { Task, Outcome } from './outcome.js';
import { createRunner } from './runner.js';
import type { Settings } from './settings.js';

const run = createRunner(workerData as Settings);

/** Process one task (piscina calls the default export). */
export default function work(task: Task): Promise<Outcome> {
  return run(task);
}
