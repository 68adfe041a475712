import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { UnscrapeRecord } from '../../src/types.js';

const root = join(__dirname, '../..');
const blocks = (kind: string) => readFileSync(join(root, 'fixtures/rules/markdown-fallback', `${kind}.txt`), 'utf8').split(/\n===\n/).filter((b) => b.trim() !== '');

describe('markdown-fallback', () => {
  it('reports Markdown read as plain text once, at the first paragraph of that part, keeping its syntax in the text', () => {
    for (const block of blocks('fires')) {
      const r = clean(block, { path: 'a.md' }) as UnscrapeRecord;
      const found = r.findings.filter((f) => f.rule === 'markdown-fallback');
      expect(found.length, block.slice(0, 40)).toBe(1);
      expect(found[0]!.severity).toBe('warning');
      // The excerpt is the part's first paragraph as read, Markdown syntax and all.
      expect(r.text.startsWith(found[0]!.excerpt)).toBe(true);
      expect(found[0]!.excerpt).toMatch(/^# /);
      expect(r.text).toMatch(/\*{2001}|>{300} text|(\[a\] ){1000}/);
    }
  });
  it('stays quiet on ordinary Markdown', () => {
    for (const block of blocks('quiet')) {
      const r = clean(block, { path: 'a.md' }) as UnscrapeRecord;
      expect(r.findings.filter((f) => f.rule === 'markdown-fallback')).toEqual([]);
    }
  });
  it('can be switched off (the part is still read as plain text)', () => {
    const block = blocks('fires')[0]!;
    const r = clean(block, { path: 'a.md', settings: { rules: { 'markdown-fallback': 'off' } } }) as UnscrapeRecord;
    expect(r.findings.filter((f) => f.rule === 'markdown-fallback')).toEqual([]);
    expect(r.text).toContain('*'.repeat(2001));
  });
});
