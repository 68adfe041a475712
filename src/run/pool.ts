import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { BroadcastChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { type Outcome, type Task, dataSize, failure, isLine } from './outcome.js';
import { formatFromPath } from '../decode/sniff.js';
import type { Extractors, InputDocument } from '../pipeline/process.js';
import type { InputFormat } from '../types.js';
import type { Settings } from '../settings.js';
import { heapFlag, setV8Flag, tieringFlag } from './v8-flags.js';
import type { BatchResult } from './worker.js';

/** Runs tasks on a pool of worker threads (a run's one small document in this thread). */
export interface Executor {
  /** Run a task; `alone` says it is the only document of the run (no pool is worth starting). */
  run(task: Task, alone?: boolean): Promise<Outcome>;
  /** How many tasks may usefully be in flight. */
  window: number;
  /**
   * Start the workers now, when many documents are coming: they load their modules while this
   * thread goes on (the first pass, the first files read). Without it the pool starts at the
   * first document.
   * `learning`: this thread is about to run the first pass (learn.ts); the workers load their
   * code meanwhile and wait, before their first document, for `learned()` to send them what it
   * learned (`settings.learned`), loading meanwhile the extractors the inputs need. `inputs`:
   * what the run reads, as far as the names of its inputs tell (unknown: pages may come).
   */
  start(learning?: boolean, inputs?: InputKinds): void;
  /** The first pass is done: send the workers started with `start(true)` `settings.learned` (or that there is none). */
  learned(): void;
  close(): Promise<void>;
}

/** What a run's inputs are, as far as their names (or a forced format) tell. */
export interface InputKinds {
  /** The extractors they need. */
  extractors: ReadonlyArray<keyof Extractors>;
  /** Whether any may be an HTML page: one named so, or one whose format its content will tell. */
  pages: boolean;
}

/** The kinds of inputs whose formats are these (`undefined`: told later by the content). */
export function inputKinds(formats: Iterable<InputFormat | undefined>): InputKinds {
  const seen = new Set(formats);
  return { extractors: (['html', 'markdown'] as const).filter((kind) => seen.has(kind)), pages: seen.has('html') || seen.has(undefined) };
}

/** The kinds of inputs of a batch of tasks (a pool started by its first batch). */
function taskKinds(tasks: readonly Task[]): InputKinds {
  return inputKinds(tasks.map((t) => (t.kind === 'file' ? (t.file.format ?? formatFromPath(t.file.abs)) : t.doc.format)));
}

/**
 * A worker's young generation. V8 grows a busy worker's to about 34 MB; a cap keeps memory lower.
 * An HTML page's DOM (megabytes, alive until the page is done) dies young in 24 MB; in 12 MB
 * much of it is promoted and collected again. Text documents allocate little each, and 6 MB
 * keeps a stream's memory down at the same speed. The effect is not monotonic: 14 and 16 MB
 * used more memory than 24 (the measurements are in docs/performance.md).
 */
export function youngGenerationMb(pages: boolean): number {
  return pages ? 24 : 6;
}

/** How the pool runs (the defaults suit a corpus; tests use a small worker of their own). */
export interface PoolOptions {
  /** The worker module (default: ./worker.js). Its default export takes a Task[] and returns a BatchResult. */
  worker?: URL;
  /** A batch that takes longer is stopped, and its documents are run again one by one. */
  timeoutMs?: number;
  /** Most documents sent to a worker in one message. */
  batchSize?: number;
}

/** A document that takes longer than this is stopped and becomes a `timeout` error record (`clean --timeout`, `check --timeout`). */
export const taskTimeoutMs = 5 * 60 * 1000;

/**
 * Documents go to a worker in batches of up to this many, or this many bytes of JSON Lines
 * text. Each message costs a round trip through the main thread, during which the worker
 * waits: with one document per message, workers spent a fifth of a corpus run idle.
 */
const batchDocuments = 16;
const batchBytes = 1 << 20;

/**
 * The JSON Lines lines of a batch (bytes, see inputs.ts) copied into one buffer, each task's
 * data a view of it: structured clone then copies that one buffer to the worker, instead of each
 * view's whole underlying chunk of the stream.
 */
function packLines(tasks: Task[]): void {
  const lines = tasks.filter((t): t is Extract<Task, { kind: 'document' }> => isLine(t) && typeof (t as { doc: InputDocument }).doc.data !== 'string');
  if (lines.length === 0) return;
  const packed = Buffer.allocUnsafeSlow(lines.reduce((n, t) => n + (t.doc.data as Uint8Array).byteLength, 0));
  let at = 0;
  for (const t of lines) {
    const data = t.doc.data as Uint8Array;
    packed.set(data, at);
    t.doc = { ...t.doc, data: packed.subarray(at, at + data.byteLength) };
    at += data.byteLength;
  }
}

/**
 * The one document of a run is processed in this thread (no worker to start) up to this size;
 * a larger one runs on a worker, under the pool's timeout and memory limit, as in every other
 * mode (`--jobs 1` included: its one worker processes while this thread reads and writes).
 */
const inThreadBytes = 256 * 1024;

function small(task: Task): boolean {
  if (task.kind === 'document') return dataSize(task.doc) <= inThreadBytes;
  try {
    return statSync(task.file.abs).size <= inThreadBytes;
  } catch {
    return true;
  }
}

/** One worker per core by default. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * An executor for `jobs` workers. The pool (piscina) starts when `start()` says many documents
 * are coming, else at the first document that is not alone, so a single file is cleaned in
 * this thread without paying for worker start-up;
 * each worker builds its processor once. Tasks are batched: those submitted together (up to
 * `batchSize`) travel in one message, and a partial batch leaves as soon as the main thread
 * has nothing else to do, so a slow stream is not held back. A worker that crashes or hangs
 * fails its batch, whose documents then run again one by one: only the culprit fails.
 */
export function createExecutor(settings: Settings, jobs: number, options: PoolOptions = {}): Executor {
  // The pipeline (parsers, lists, models) loads here only when this thread processes: a run
  // on the pool keeps the main thread small.
  let local: ((task: Task) => Promise<Outcome>) | undefined;
  const inThread = async (task: Task) => {
    local ??= (await import('./runner.js')).createRunner(settings);
    return local(task);
  };
  const timeoutMs = options.timeoutMs ?? taskTimeoutMs;
  const size = Math.max(1, options.batchSize ?? batchDocuments);
  let pool: Piscina | undefined;
  let batch: Array<{ task: Task; resolve: (outcome: Outcome) => void }> = [];
  let bytes = 0;
  let scheduled: NodeJS.Immediate | undefined;

  // Workers started before the first pass ends ask for what it learned on a channel of their
  // own; this thread answers once it knows, and again to any worker that starts later (one
  // that replaces a crashed worker). The channel does not keep the process alive.
  let channel: BroadcastChannel | undefined;
  let answer: LearnedMessage | undefined;
  const start = (learning = false, inputs?: InputKinds) => {
    if (pool) return pool;
    const preload = inputs?.extractors ?? [];
    let data: Settings & WorkerSettings = settings;
    if (learning) {
      const name = `unscrape-learned-${randomUUID()}`;
      channel = new BroadcastChannel(name);
      channel.unref();
      channel.onmessage = (event) => {
        if (answer && (event as { data?: { ask?: true } }).data?.ask) channel!.postMessage(answer);
      };
      data = { ...settings, learnedChannel: name, ...(preload.length > 0 ? { preload } : {}) };
    }
    return (pool = startPool(options.worker ?? new URL('./worker.js', import.meta.url), data, jobs, inputs?.pages ?? true));
  };

  const runBatch = async (tasks: Task[]): Promise<Outcome[]> => {
    const result = await guarded<BatchResult>(pool ?? start(false, taskKinds(tasks)), tasks, timeoutMs);
    if ('value' in result) {
      const { outcomes, bytes: data, ends } = result.value;
      // Views on the batch's buffer: nothing decoded (see worker.ts).
      outcomes.forEach((o, i) => {
        const from = i === 0 ? 0 : ends[i - 1]!;
        o.out = new Uint8Array(data, from, ends[i]! - from);
      });
      return outcomes;
    }
    // Which document failed is unknown: each runs again alone, one after the other, so that
    // none waits behind another on its own timer (with one worker, a queued retry timed out).
    if (tasks.length > 1) {
      const outcomes: Outcome[] = [];
      for (const task of tasks) outcomes.push(...(await runBatch([task])));
      return outcomes;
    }
    return [failure(tasks[0]!, result.failed, result.message)];
  };

  const send = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    bytes = 0;
    const tasks = items.map((item) => item.task);
    packLines(tasks);
    void runBatch(tasks).then((outcomes) => items.forEach((item, i) => item.resolve(outcomes[i]!)));
  };

  return {
    // Enough for every worker to have a batch running and one waiting.
    window: jobs * size * 2,
    start: (learning, inputs) => void start(learning, inputs),
    learned: () => {
      if (!channel || answer) return;
      answer = { learned: settings.learned ?? null };
      channel.postMessage(answer);
    },
    run: (task, alone) => {
      // Only a small document runs in this thread, where no timeout or memory limit can stop it.
      if (alone && !pool && small(task)) return inThread(task);
      return new Promise<Outcome>((resolve) => {
        batch.push({ task, resolve });
        bytes += task.kind === 'document' ? dataSize(task.doc) : 0;
        if (batch.length >= size || bytes >= batchBytes) send();
        else scheduled ??= setImmediate(send);
      });
    },
    close: async () => {
      send();
      await pool?.destroy();
      channel?.close();
    },
  };
}

/** What a worker started before the first pass ended is given in its data: the channel that sends it what the pass learned. */
export interface WorkerSettings {
  learnedChannel?: string;
  /** Extractors the worker loads while it waits. */
  preload?: ReadonlyArray<keyof Extractors>;
}

/** On that channel: a worker asks, this thread answers with the profile (null: nothing learned). */
export type LearnedMessage = { learned: Settings['learned'] | null };

/** Start a pool of `jobs` workers running `worker`, each given the settings; `pages`: HTML pages may come. */
function startPool(worker: URL, settings: Settings, jobs: number, pages: boolean): Piscina {
  // V8's flags are the process's: set before the workers' isolates exist.
  setV8Flag(tieringFlag(jobs, availableParallelism(), process.execArgv));
  setV8Flag(heapFlag(process.execArgv));
  return new Piscina({
    filename: worker.href,
    workerData: settings,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(pages) },
  });
}

/** A job that a worker did not finish: it took longer than the timeout, or the worker died (out of memory, a crash). */
export interface WorkerFailure {
  failed: 'timeout' | 'worker-crash';
  message: string;
}

/** Run one message on the pool under the timeout: its result, or why there is none. */
async function guarded<T>(pool: Piscina, payload: unknown, timeoutMs: number): Promise<{ value: T } | WorkerFailure> {
  // A timer cleared when the job ends: AbortSignal.timeout would keep every job (and its
  // documents) reachable from piscina's abort listener until the timeout fired.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return { value: (await pool.run(payload, { signal: controller.signal })) as T };
  } catch (error) {
    if (controller.signal.aborted) return { failed: 'timeout', message: `processing took longer than ${timeoutMs / 1000} s and was stopped` };
    return { failed: 'worker-crash', message: `the worker failed on this document: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Workers that run one job per message under the pool's timeout and memory limit (`check`'s
 * files): a job that hangs or kills its worker comes back as a `WorkerFailure`, the others go
 * on. As in `createExecutor`, a job the caller says is `alone` and that is `small` runs in
 * this thread instead (no worker to start for a pre-commit hook's few small files).
 */
export interface GuardedPool<I, O> {
  run(input: I, alone: boolean): Promise<{ value: O } | WorkerFailure>;
  close(): Promise<void>;
}

export function createGuardedPool<I, O>(
  settings: Settings,
  jobs: number,
  options: { worker: URL; timeoutMs?: number; inThread: () => Promise<(input: I) => Promise<O>>; small: (input: I) => boolean },
): GuardedPool<I, O> {
  let pool: Piscina | undefined;
  let ready: Promise<unknown> | undefined;
  let local: ((input: I) => Promise<O>) | undefined;
  const timeoutMs = options.timeoutMs ?? taskTimeoutMs;
  // At most one job per worker at a time, so that a job's timer runs only while a worker is on
  // it (not while it waits in the queue behind a slow one).
  let free = jobs;
  const waiting: Array<() => void> = [];
  const acquire = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    async run(input, alone) {
      if (alone && !pool && options.small(input)) {
        local ??= await options.inThread();
        return { value: await local(input) };
      }
      if (!pool) {
        // `check`'s files are mostly a repository's pages.
        pool = startPool(options.worker, settings, jobs, true);
        // The workers load their code before the first timer starts (a message without a job:
        // the worker answers it at once); a worker that cannot start fails the jobs that follow.
        ready = Promise.allSettled(Array.from({ length: jobs }, () => pool!.run(null)));
      }
      await ready;
      await acquire();
      try {
        const result = await guarded<O>(pool, input, timeoutMs);
        // The worker was stopped: its replacement loads its code before this slot takes another job.
        if (!('value' in result)) await pool.run(null).catch(() => undefined);
        return result;
      } finally {
        release();
      }
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}

/** Whether a document of `bytes` may run in this thread when it is a run's only one. */
export function smallEnough(bytes: number): boolean {
  return bytes <= inThreadBytes;
}