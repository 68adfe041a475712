/** The lazy processor of workers and `check`: extractors load at the first document that needs them. */
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../src/pipeline/index.js';
import { lazyProcessor } from '../src/run/runner.js';
import { defaultSettings } from '../src/settings.js';

describe('lazyProcessor', () => {
  it('loads an extractor at the first document that needs it, runs the work again, and gives the records of the eager processor', async () => {
    const lazy = lazyProcessor(defaultSettings());
    const eager = createProcessor(defaultSettings());
    const docs = [
      { path: 'a.txt', data: 'Protests in Minsk\n\nThousands marched on Sunday against the election result.\n' },
      { path: 'b.html', data: '<html><head><title>Protests in Minsk</title></head><body><article><h1>Protests in Minsk</h1><p>Thousands marched on Sunday against the election result.</p></article></body></html>' },
      { path: 'c.md', data: '---\ntitle: Protests in Minsk\n---\n\nThousands *marched* on Sunday against the election result.\n' },
      { path: 'd.html', data: '<html><body><p>A second HTML document needs no second load.</p></body></html>' },
    ];
    const runs: string[] = [];
    for (const doc of docs) {
      const record = await lazy.run((processor) => {
        runs.push(doc.path);
        return processor(doc);
      });
      expect(record).toEqual(eager(doc));
    }
    expect(runs).toEqual(['a.txt', 'b.html', 'b.html', 'c.md', 'c.md', 'd.html']);
  });

  it('loads an extractor asked for before any document needs it: the document runs once', async () => {
    const lazy = lazyProcessor(defaultSettings());
    const doc = { path: 'b.html', data: '<html><body><article><p>Thousands marched on Sunday against the election result.</p></article></body></html>' };
    await lazy.preload('html');
    const runs: string[] = [];
    const record = await lazy.run((processor) => (runs.push(doc.path), processor(doc)));
    expect(record).toEqual(createProcessor(defaultSettings())(doc));
    expect(runs).toEqual(['b.html']);
  });
});
