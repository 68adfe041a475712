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

describe('pronoun-number, the object “her”', () => {
  it('suggests “them” for the object “her” and “their” for the possessive', () => {
    const suggestions = (text: string) => run([text]).filter((x) => x.rule === 'pronoun-number').map((x) => x.suggestion);
    expect(suggestions('The rescuers found the children and took her to hospital.')).toEqual(['them']);
    expect(suggestions('The rescuers found the children and took her car.')).toEqual(['their']);
    expect(suggestions('Members of the commission refused to comment. According to her, the report is false.')).toEqual(['According to them']);
    expect(suggestions('Members of the commission refused to comment. In her opinion, the report is false.')).toEqual(['In their opinion']);
  });
});

describe('pronoun-number, the object “it”', () => {
  const found = (text: string) => run([text]).filter((x) => x.rule === 'pronoun-number');
  it('reports “it” as the object of a verb when the only candidate in reach is a plural object', () => {
    const [f, more] = found('The authorities received the letters but did not answer it.');
    expect(more).toBeUndefined();
    expect([f?.severity, f?.message, f?.suggestion]).toEqual(['warning', '“it” refers back to the plural “the letters” (no singular noun in reach)', 'them']);
    // The subject of the verb before "it" is not its antecedent: "the government" does not block.
    expect(found('Voters rejected the changes, and the government dropped it.').map((x) => x.message)).toEqual(['“it” refers back to the plural “the changes” (no singular noun in reach)']);
  });
  it('stays quiet where “it” may stand for a singular noun, a clause, an event, or is expletive', () => {
    for (const text of [
      'The report was published on Monday. Ministers studied the recommendations and approved it.',
      'Residents protested outside the town hall for hours. Police ignored it.',
      'The unions plan to strike next week. Employers oppose it.',
      'Officials made it clear that the talks would continue.',
      'Scientists studied the samples and found it contaminated.',
      'The fires destroyed hundreds of homes. Firefighters battled it for days.',
      '“The officials received the letters but did not answer it,” she said.',
    ]) expect(found(text), text).toEqual([]);
  });
  it('reports “it” counted as a plural, not “all of it” or “half of it”', () => {
    expect(found('At least nine people died, five of it in a bombardment.').map((x) => [x.message, x.suggestion])).toEqual([['“five of it” counts “it” as a plural', 'five of them']]);
    expect(found('Doctors treated several wounded, among it a nurse.').map((x) => x.suggestion)).toEqual(['among them']);
    expect(found('The ministers disagreed, and each of it voted alone.').map((x) => x.suggestion)).toEqual(['each of them']);
    expect(found('He ate half of it, and all of it was gone; 50% of it, 1 of it, one of it, 1.5 of it.')).toEqual([]);
  });
  it('reports the object “it” in a paragraph’s first sentence after a plural of the paragraph before as a hint only', () => {
    const hinted = run(['Border police seized the weapons on Monday.', 'Experts destroyed it on Tuesday.']).filter((x) => x.rule === 'pronoun-number');
    expect(hinted.map((x) => x.severity)).toEqual(['info']);
  });
});
