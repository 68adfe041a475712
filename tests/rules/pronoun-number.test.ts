import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('pronoun-number');

describe('pronoun-number details', () => {
  it('shows the evidence and suggests the plural', () => {
    const [f] = run(['The signatories demand new elections. In his opinion, this is the only way.']).filter((x) => x.rule === 'pronoun-number');
    expect(f?.message).toBe('Singular “his” after the plural subject “The signatories”');
    expect(f?.suggestion).toBe('In their opinion');
  });
});
