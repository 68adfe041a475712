import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('mixed-script');
import { mixedScript } from '../../src/clean/mixed-script.js';

describe('mixed-script cleaning half', () => {
  it('proposes the certain fix as an edit', () => {
    const text = 'Protests in Веlarus.';
    const changes = mixedScript.propose(text, { markers: [], boilerplate: [] });
    let out = text;
    for (const c of [...changes].reverse()) out = out.slice(0, c.start) + c.replacement + out.slice(c.end);
    expect(out).toBe('Protests in Belarus.');
    expect(changes.every((c) => c.rule === 'mixed-script')).toBe(true);
  });
  it('leaves uncertain words alone', () => {
    expect(mixedScript.propose('Белаpусь and Бelarus', { markers: [], boilerplate: [] })).toEqual([]);
  });
});
