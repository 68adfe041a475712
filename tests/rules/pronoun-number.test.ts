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
  it('names the plural antecedent it saw, and checks every “its”', () => {
    const found = run(['Local councils complain that its budgets have been cut. The councils say the government ignores its own rules.']).filter((x) => x.rule === 'pronoun-number');
    expect(found.map((f) => f.message)).toEqual(['“its” refers back to the plural “Local councils” (no singular noun in reach)']);
    const later = run(['The police and the prosecutors met on Monday and presented its findings.']).filter((x) => x.rule === 'pronoun-number');
    expect(later.map((f) => f.message)).toEqual(['“its” refers back to the plural “The police and the prosecutors” (no singular noun in reach)']);
  });
  it('stays quiet when a singular candidate is in reach or the pronoun opens the sentence before its subject', () => {
    for (const text of [
      'The workers criticised the plant and its managers.',
      'The company has struggled for years. Analysts say its shares are overvalued.',
      'Officials from Apple said its new phone would ship in May.',
      'Critics have long disregarded the association\'s leaders. In order to regain its credibility, the association hired new auditors.',
    ]) expect(run([text]).filter((x) => x.rule === 'pronoun-number'), text).toEqual([]);
  });
  it('reports his/her inside a sentence whose own subject is a plural of people', () => {
    const found = run(['The deputies of the regional council said that in his opinion the budget was unfair.']).filter((x) => x.rule === 'pronoun-number');
    expect(found.map((f) => [f.message, f.suggestion])).toEqual([['Singular “his” after the plural subject “The deputies of the regional council” of its sentence', 'their']]);
    // A person in reach, a subject "they", or a paragraph before that names a person: quiet or a hint.
    expect(run(['Residents said the mayor had ignored his own rules.']).filter((x) => x.rule === 'pronoun-number')).toEqual([]);
    expect(run(['They refused to discuss anything to do with his estate.']).filter((x) => x.rule === 'pronoun-number')).toEqual([]);
    const hinted = run(['Ivan Petrov was arrested in May.', 'Residents of the district complained about his arrest.']).filter((x) => x.rule === 'pronoun-number');
    expect(hinted.map((f) => f.severity)).toEqual(['info']);
  });
  it('gives “their” for a singular organisation as a hint only', () => {
    const found = run(['The company said their profits fell in the third quarter.']).filter((x) => x.rule === 'pronoun-number');
    expect(found.map((f) => [f.severity, f.suggestion])).toEqual([['info', 'its']]);
  });
});
