import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { UnscrapeRecord } from '../../src/types.js';

const root = join(__dirname, '../..');
const blocks = (kind: string) => readFileSync(join(root, 'fixtures/rules/encoding', `${kind}.txt`), 'utf8').split(/\n===\n/).map((b) => b.trim()).filter(Boolean);

describe('encoding', () => {
  it('reports each run of U+FFFD at its place, as an error', () => {
    for (const block of blocks('fires')) {
      const r = clean(block, { path: 'a.txt' }) as UnscrapeRecord;
      const found = r.findings.filter((f) => f.rule === 'encoding');
      expect(found.length, block).toBe(1);
      expect(found[0]!.excerpt).toMatch(/^\ufffd+$/);
      expect(found[0]!.severity).toBe('error');
    }
  });
  it('stays quiet on text that decoded cleanly', () => {
    for (const block of blocks('quiet')) {
      const r = clean(block, { path: 'a.txt' }) as UnscrapeRecord;
      expect(r.findings.filter((f) => f.rule === 'encoding')).toEqual([]);
    }
  });
  it('can be switched off', () => {
    const r = clean('Bad \ufffd byte.', { path: 'a.txt', settings: { rules: { encoding: 'off' } } }) as UnscrapeRecord;
    expect(r.findings).toEqual([]);
  });
});
