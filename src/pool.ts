import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type Outcome, type Task, finish, taskPath } from './outcome.js';
import { errorRecord } from './output/json.js';
import type { Settings } from './settings.js';

/** Runs tasks: in this thread for one job, on a pool of worker threads for more. */
export interface Executor {
  /** Run a task; `alone` says it is the only document of the run (no pool is worth starting). */
  run(task: Task, alone?: boolean): Promise<Outcome>;
  /** How many tasks may usefully be in flight. */
  window: number;
  close(): Promise<void>;
}

/** A document that takes longer than this is stopped and becomes a `timeout` error record. */
const taskTimeoutMs = 5 * 60 * 1000;

/** One worker per core by default. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * An executor for `jobs` workers. The pool (piscina) starts lazily, at the first document that
 * is not alone, so a single file is cleaned in this thread without paying for worker start-up;
 * each worker builds its processor once. A worker that crashes or hangs on a document fails
 * only that document.
 */
export function createExecutor(settings: Settings, jobs: number): Executor {
  // The pipeline (parsers, lists, models) loads here only when this thread processes: a run
  // on the pool keeps the main thread small.
  let local: ((task: Task) => Promise<Outcome>) | undefined;
  const inThread = async (task: Task) => {
    local ??= (await import('./runner.js')).createRunner(settings);
    return local(task);
  };
  if (jobs <= 1) {
    return { run: inThread, window: 2, close: async () => {} };
  }
  let pool: Piscina | undefined;
  return {
    window: jobs * 4,
    run: async (task, alone) => {
      if (alone && !pool) return inThread(task);
      pool ??= new Piscina({
        filename: new URL('./worker.js', import.meta.url).href,
        workerData: settings,
        minThreads: jobs,
        maxThreads: jobs,
        idleTimeout: 60_000,
      });
      // A timer cleared when the task ends: AbortSignal.timeout would keep every task (and its
      // document) reachable from piscina's abort listener until the timeout fired.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), taskTimeoutMs);
      try {
        return (await pool.run(task, { signal: controller.signal })) as Outcome;
      } catch (error) {
        const timedOut = controller.signal.aborted;
        const message = timedOut ? `processing took longer than ${taskTimeoutMs / 1000} s and was stopped` : `the worker failed on this document: ${(error as Error)?.message ?? String(error)}`;
        const { doc } = task;
        return finish(errorRecord(taskPath(task), undefined, doc?.line, doc?.container, timedOut ? 'timeout' : 'worker-crash', message), task);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
