import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { heapFlag, regexpFlag, tieringFlag } from '../src/run/v8-flags.js';

describe('v8-flags.ts: V8 settings of the command line', () => {
  it('raises the interrupt budget only when the workers take every core', () => {
    expect(tieringFlag(2, 2, [])).toBe('--interrupt-budget=270000');
    expect(tieringFlag(8, 4, [])).toBe('--interrupt-budget=270000');
    // A core to spare: V8 compiles there, and optimised code sooner is worth more.
    expect(tieringFlag(2, 4, [])).toBeUndefined();
  });

  it('compiles patterns to machine code at once unless the user chose otherwise', () => {
    expect(regexpFlag([])).toBe('--no-regexp-tier-up');
    expect(regexpFlag(['--regexp-tier-up'])).toBeUndefined();
    expect(regexpFlag(['--regexp-tier-up-ticks=5'])).toBe('--no-regexp-tier-up');
    expect(regexpFlag(['--no-regexp-tier-up'])).toBeUndefined();
  });

  it('keeps the old generation within half again of what a full collection kept, unless the user chose otherwise', () => {
    expect(heapFlag([])).toBe('--heap-growing-percent=35');
    expect(heapFlag(['--heap-growing-percent=100'])).toBeUndefined();
    expect(heapFlag(['--heap_growing_percent=100'])).toBeUndefined();
    expect(heapFlag(['--max-old-space-size=4096'])).toBe('--heap-growing-percent=35');
  });

  it('leaves a V8 flag the user gave node, in either spelling', () => {
    expect(tieringFlag(2, 2, ['--interrupt-budget=100000'])).toBeUndefined();
    expect(tieringFlag(2, 2, ['--interrupt_budget=100000'])).toBeUndefined();
    expect(regexpFlag(['--regexp_tier_up'])).toBeUndefined();
    expect(tieringFlag(2, 2, ['--max-old-space-size=4096'])).toBe('--interrupt-budget=270000');
  });

  it('are flags this node accepts', () => {
    for (const flag of [tieringFlag(2, 2, []), regexpFlag([]), heapFlag([])]) {
      const r = spawnSync(process.execPath, [flag!, '-e', '0'], { encoding: 'utf8' });
      expect(r.stderr, flag).toBe('');
      expect(r.status, flag).toBe(0);
    }
  });
});
