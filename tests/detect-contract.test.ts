/**
 * The detector contract (src/detect/types.ts): a detector declares its rule info, what it needs
 * to read (a paragraph's text, its tree, or the whole document) and an optional gate, and has one
 * `check(unit, report)`. The runner parses a paragraph only for detectors that declare 'tree', so
 * a detector that declares 'text' must report from the text alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors } from '../src/detect/index.js';
import type { Report } from '../src/detect/types.js';

const root = join(__dirname, '..');

describe('the detector contract', () => {
  it('each detector says what it needs; only paragraph detectors have a gate', () => {
    for (const d of detectors) {
      expect(['text', 'tree', 'document'], d.info.id).toContain(d.needs);
      expect(typeof d.check).toBe('function');
      if (d.needs === 'document') expect('gate' in d, d.info.id).toBe(false);
    }
    // Both kinds are in use: the parse is skipped for some, paid for by others.
    expect(detectors.some((d) => d.needs === 'text')).toBe(true);
    expect(detectors.some((d) => d.needs === 'tree')).toBe(true);
  });

  for (const d of detectors) {
    if (d.needs !== 'text') continue;
    it(`${d.info.id} reports on its fixture from the text alone (no tree)`, () => {
      const paragraphs = readFileSync(join(root, 'fixtures/rules', d.info.id, 'fires.txt'), 'utf8').split(/\n(?:\s*\n|~\n|===\n)/).map((p) => p.trim()).filter(Boolean);
      const found: Report[] = [];
      paragraphs.forEach((text, k) => {
        if (d.gate && !d.gate(text)) return;
        d.check({ text, before: paragraphs[k - 1] ?? '' }, (r) => {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          found.push(r);
        });
      });
      expect(found.length).toBeGreaterThan(0);
    });
  }
});
