import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('repeated-word');

describe('repeated-word details', () => {
  it('is an error and reports a run once', () => {
    const found = run(['It was the the the end.']).filter((x) => x.rule === 'repeated-word');
    expect(found.length).toBe(1);
    expect(found[0]!.severity).toBe('error');
  });
});
