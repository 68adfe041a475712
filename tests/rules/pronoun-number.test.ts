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

describe('pronoun-number possessives', () => {
  it('reports “its” after plural antecedents only', () => {
    const [f] = run(['Local councils are worried about the cuts. The logic of its budget remains unclear.']).filter((x) => x.rule === 'pronoun-number');
    expect(f?.severity).toBe('warning');
    expect(f?.suggestion).toBe('their');
    expect(run(['The council approved the budget. Its members voted in favour.']).filter((x) => x.rule === 'pronoun-number')).toEqual([]);
  });
  it('gives “their” for a singular organisation as a hint only', () => {
    const found = run(['The company said their profits fell in the third quarter.']).filter((x) => x.rule === 'pronoun-number');
    expect(found.map((f) => [f.severity, f.suggestion])).toEqual([['info', 'its']]);
  });
});
