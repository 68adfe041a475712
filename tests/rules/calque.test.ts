import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('calque');

describe('calque details', () => {
  it('reports phrases native writers use as info only', () => {
    const found = run(['At the same time, the bank kept its rate. In turn, the firm appealed.']).filter((x) => x.rule === 'calque');
    expect(found.length).toBe(2);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
  });
  it('spans the phrase exactly', () => {
    const text = 'It should be recalled that the protests began in August.';
    const [f] = run([text]).filter((x) => x.rule === 'calque');
    expect(text.slice(f!.start, f!.end)).toBe('It should be recalled that');
  });
});
