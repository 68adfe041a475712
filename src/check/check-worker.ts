/**
 * The worker of `check`: analyzes one file per message (see job.ts), under the pool's timeout
 * and memory limit (run/pool.ts, `createGuardedPool`), so that a file that hangs or exhausts
 * the parser fails alone instead of taking the check down.
 */
import { workerData } from 'node:worker_threads';
import type { Settings } from '../settings.js';
import type { Analysis } from './analyze.js';
import { type CheckJob, createAnalyzer } from './job.js';

const analyze = createAnalyzer(workerData as Settings);

/** Analyze a file; `null` (sent when the pool starts) only has the worker load its code. */
export default async function work(job: CheckJob | null): Promise<Analysis | undefined> {
  return job === null ? undefined : analyze(job);
}
