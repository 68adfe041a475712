import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('verb-pattern');

describe('verb-pattern details', () => {
  it('suggests a gerund construction', () => {
    const [f] = run(['The opposition insisted to hold a referendum.']).filter((x) => x.rule === 'verb-pattern');
    expect(f?.suggestion).toBe('insisted on holding');
  });
});
