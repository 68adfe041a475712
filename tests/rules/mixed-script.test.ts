import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('mixed-script');
import { proposeAlone } from '../../src/clean/index.js';
import { mixedScript } from '../../src/clean/mixed-script.js';

describe('mixed-script cleaning half', () => {
  it('proposes the certain fix as an edit', () => {
    const text = 'Protests in Веlarus.';
    const changes = proposeAlone(mixedScript, text, { markers: [], boilerplate: [] });
    let out = text;
    for (const c of [...changes].reverse()) out = out.slice(0, c.start) + c.replacement + out.slice(c.end);
    expect(out).toBe('Protests in Belarus.');
    expect(changes.every((c) => c.rule === 'mixed-script')).toBe(true);
  });
  it('leaves uncertain words alone', () => {
    expect(proposeAlone(mixedScript, 'Белаpусь and Бelarus', { markers: [], boilerplate: [] })).toEqual([]);
  });
});
