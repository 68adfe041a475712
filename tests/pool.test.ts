import { describe, expect, it } from 'vitest';
import { createExecutor, inputKinds, youngGenerationMb } from '../src/run/pool.js';
import { defaultSettings } from '../src/settings.js';
import type { Task } from '../src/run/outcome.js';
import { profileSchema, type Profile } from '../src/repeated/profile.js';

const worker = new URL('./helpers/flaky-worker.mjs', import.meta.url);
const task = (path: string, text: string): Task => ({ kind: 'document', doc: { path, data: text }, mode: 'line' });
const text = (o: { out: string | Uint8Array }) => Buffer.from(o.out).toString('utf8');

describe('pool.ts: batches of documents on worker threads', () => {
  it('returns each document its own outcome, in the order asked, across batches', async () => {
    const executor = createExecutor(defaultSettings(), 2, { worker, batchSize: 3 });
    try {
      const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => executor.run(task(`d${i}`, `text ${i}`))));
      expect(outcomes.map(text)).toEqual(Array.from({ length: 20 }, (_, i) => `d${i}:text ${i}\n`));
    } finally {
      await executor.close();
    }
  });

  it('fails only the document that crashes its worker, not the rest of its batch', async () => {
    const executor = createExecutor(defaultSettings(), 2, { worker, batchSize: 4 });
    try {
      const texts = ['a', 'b', 'crash', 'c', 'throw', 'd'];
      const outcomes = await Promise.all(texts.map((t, i) => executor.run(task(`d${i}`, t))));
      expect(outcomes.map((o) => o.error?.code)).toEqual([undefined, undefined, 'worker-crash', undefined, 'worker-crash', undefined]);
      expect(outcomes[2]!.error!.path).toBe('d2');
      expect(text(outcomes[5]!)).toBe('d5:d\n');
      // The pool goes on after a crash.
      expect(text(await executor.run(task('after', 'e')))).toBe('after:e\n');
    } finally {
      await executor.close();
    }
  });

  it('stops a document that hangs and reports it as a timeout; its batch mates finish', async () => {
    const executor = createExecutor(defaultSettings(), 2, { worker, batchSize: 3, timeoutMs: 1500 });
    try {
      const outcomes = await Promise.all(['a', 'hang', 'b'].map((t, i) => executor.run(task(`d${i}`, t))));
      expect(outcomes.map((o) => o.error?.code)).toEqual([undefined, 'timeout', undefined]);
      expect(outcomes[1]!.error!.message).toMatch(/longer than 1\.5 s/);
      expect(text(outcomes[2]!)).toBe('d2:b\n');
    } finally {
      await executor.close();
    }
  }, 20_000);

  it('guards --jobs 1 and a large document alone as it guards a pool: a hang is a timeout, a crash fails one document', async () => {
    const executor = createExecutor(defaultSettings(), 1, { worker, timeoutMs: 1500 });
    try {
      const outcomes = await Promise.all(['a', 'hang', 'crash', 'b'].map((t, i) => executor.run(task(`d${i}`, t))));
      expect(outcomes.map((o) => o.error?.code)).toEqual([undefined, 'timeout', 'worker-crash', undefined]);
      // A document alone runs in this thread only when it is small.
      const big = await executor.run(task('big', 'hang'.padEnd(300_000)), true);
      expect(text(big)).toMatch(/^big:hang/);
    } finally {
      await executor.close();
    }
  }, 30_000);

  it('sends a partial batch without waiting for it to fill', async () => {
    const executor = createExecutor(defaultSettings(), 2, { worker, batchSize: 100 });
    try {
      expect(text(await executor.run(task('one', 'x')))).toBe('one:x\n');
    } finally {
      await executor.close();
    }
  });
});

describe('pool.ts: workers started while the first pass reads', () => {
  // The built worker (src/run/worker.ts), with the pipeline: what the first pass learned reaches it.
  const pipelineWorker = new URL('../dist/run/worker.js', import.meta.url);
  const learned: Profile = { schema: profileSchema, documents: 5, sites: { 'ledger/': { documents: 5, lines: { 'l:coastal ledger newsroom': 5 } } } };
  const doc = (path: string): Task => ({ kind: 'document', doc: { path, data: 'Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n\nCoastal Ledger newsroom\n' }, mode: 'line' });
  const record = (o: { out: string | Uint8Array }) => JSON.parse(text(o)) as { text: string; removed: Array<{ rule: string; text: string }> };

  for (const [when, wait] of [['before the worker listens (as a worker that replaces a crashed one)', 0], ['once the worker waits for it', 1500]] as const) {
    it(`waits for what the first pass learned, sent ${when}, before its first document`, async () => {
      const settings = defaultSettings();
      const executor = createExecutor(settings, 1, { worker: pipelineWorker });
      try {
        executor.start(true);
        await new Promise((resolve) => setTimeout(resolve, wait));
        settings.learned = learned;
        executor.learned();
        const [site, other] = await Promise.all([executor.run(doc('ledger/1.txt')), executor.run(doc('elsewhere/1.txt'))]);
        expect(record(site!).text).not.toContain('Coastal Ledger newsroom');
        expect(record(site!).removed).toContainEqual(expect.objectContaining({ rule: 'repeated-line', text: 'Coastal Ledger newsroom' }));
        expect(record(other!).text).toContain('Coastal Ledger newsroom');
      } finally {
        await executor.close();
      }
    });
  }

  it('runs without a profile when the first pass learned nothing', async () => {
    const executor = createExecutor(defaultSettings(), 1, { worker: pipelineWorker });
    try {
      executor.start(true);
      executor.learned();
      expect(record(await executor.run(doc('ledger/1.txt'))).text).toContain('Coastal Ledger newsroom');
    } finally {
      await executor.close();
    }
  });
});

describe('pool.ts: a worker\'s young generation follows what the run reads', () => {
  it('takes the larger size when a page may come: one named .html, or one whose content will tell', () => {
    expect(inputKinds(['text', 'html'])).toEqual({ extractors: ['html'], pages: true });
    expect(inputKinds(['text', undefined]).pages).toBe(true);
    expect(youngGenerationMb(inputKinds(['html']).pages)).toBeGreaterThan(youngGenerationMb(inputKinds(['text']).pages));
  });
  it('takes the smaller size for text, Markdown and JSON, and names the extractors they need', () => {
    expect(inputKinds(['text', 'jsonl', 'json', 'markdown'])).toEqual({ extractors: ['markdown'], pages: false });
    expect(inputKinds([])).toEqual({ extractors: [], pages: false });
  });
});
