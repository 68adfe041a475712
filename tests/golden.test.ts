/**
 * Golden articles: the whole pipeline on each fixtures/articles/<case>/input.txt, compared with
 * the unscrape/1 record in expected.json (`vitest -u` rewrites them; review every change).
 * `source.path` is the path as printed when the CLI runs from the repository root.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../src/pipeline/index.js';
import { defaultSettings } from '../src/settings.js';
import { unscrape } from './helpers/cli.js';

const root = new URL('../fixtures/articles/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden articles', () => {
  const processor = createProcessor(defaultSettings());
  it('has the example article and at least five more', () => {
    expect(cases).toContain('belarus-open-letter');
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
  it.each(cases)('%s', async (name) => {
    const path = `fixtures/articles/${name}/input.txt`;
    const record = processor({ path, data: readFileSync(new URL(`${name}/input.txt`, root)) });
    await expect(JSON.stringify(record, null, 2) + '\n').toMatchFileSnapshot(`../fixtures/articles/${name}/expected.json`);
  });
  // bin/unscrape.js runs bundle/, esbuild's bundle of dist/ (scripts/bundle.mjs): on a folder,
  // through the worker pool. It must write what the source does.
  it('the CLI (the bundle, on the worker pool) writes the same records', () => {
    const r = unscrape(['clean', 'fixtures/articles']);
    expect(r.status).toBe(0);
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: { path: string } });
    expect(records.map((x) => x.source.path)).toEqual(cases.map((name) => `fixtures/articles/${name}/input.txt`));
    for (const [i, name] of cases.entries()) {
      expect(records[i]).toEqual(JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8')));
    }
  });
});
