/**
 * The worker of the pool: builds its runner (detectors, lists) once from the settings it was
 * started with, then reads, processes, serializes and writes each task where it runs, so the
 * main thread only lists files and writes stdout.
 */
import { BroadcastChannel, workerData } from 'node:worker_threads';
import { type Task, type Outcome, internalFailure } from './outcome.js';
import { createRunner } from './runner.js';
import type { Settings } from '../settings.js';
import type { LearnedMessage, WorkerSettings } from './pool.js';

const { learnedChannel, preload, ...settings } = workerData as Settings & WorkerSettings;
/** Started while the first pass was still reading (pool.ts, `start(true)`): what it learned, before the first document. */
let learning = learnedChannel === undefined ? undefined : receiveLearned(learnedChannel);
// Meanwhile, the extractors the inputs need are loaded.
const run = createRunner(settings, preload);

function receiveLearned(name: string): Promise<void> {
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event) => {
      const message = (event as { data: LearnedMessage | { ask: true } }).data;
      if (!('learned' in message)) return;
      if (message.learned) settings.learned = message.learned;
      channel.close();
      resolve();
    };
    // The answer may have been sent before this worker listened (a worker that replaces one).
    channel.postMessage({ ask: true });
  });
}

/** What a batch returns: its outcomes, their output text as UTF-8 in one buffer (see `packed`). */
export interface BatchResult {
  outcomes: Outcome[];
  /** Each outcome's `out` is bytes [ends[i-1], ends[i]) of `bytes`. */
  bytes: ArrayBuffer;
  ends: number[];
}

/**
 * Process a batch of tasks in order (piscina calls the default export). A document that throws
 * fails alone. The outputs travel as one buffer of UTF-8: the main thread then writes bytes to
 * stdout without decoding or encoding strings of three times the size of the corpus, work that
 * competed with the workers for the cores. The buffer is copied to the main thread, not
 * transferred: piscina's `move()` would load the whole pool module into every worker (a part of
 * its start-up, docs/performance.md) to save a copy of a few hundred kilobytes per batch.
 */
export default async function work(tasks: Task[]): Promise<BatchResult> {
  if (learning) {
    await learning;
    learning = undefined;
  }
  return packed(await processed(tasks));
}

async function processed(tasks: Task[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const task of tasks) {
    try {
      outcomes.push(await run(task));
    } catch (error) {
      outcomes.push(internalFailure(task, error));
    }
  }
  return outcomes;
}

function packed(outcomes: Outcome[]): BatchResult {
  const texts = outcomes.map((o) => o.out as string);
  const ends: number[] = [];
  let total = 0;
  for (const t of texts) ends.push((total += Buffer.byteLength(t)));
  // Not from Buffer's shared pool: the whole ArrayBuffer is what travels.
  const buffer = Buffer.allocUnsafeSlow(total);
  texts.forEach((t, i) => buffer.write(t, i === 0 ? 0 : ends[i - 1]!));
  for (const o of outcomes) o.out = '';
  return { outcomes, bytes: buffer.buffer, ends };
}
