import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('pronoun-gender');

describe('pronoun-gender details', () => {
  it('names the non-person antecedent and suggests it/its', () => {
    const [f] = run(['The army reported new losses. She said that the enemy had been pushed back.']).filter((x) => x.rule === 'pronoun-gender');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('“army”');
    expect(f?.suggestion).toBe('It');
    const [g] = run(['The factory stopped production. His management promised to resume work.']).filter((x) => x.rule === 'pronoun-gender');
    expect(g?.suggestion).toBe('Its');
  });
  it('is only a hint when the paragraph before names a person', () => {
    const found = run(['Ivan Petrov was appointed in May.', 'The company cut its forecast. He stressed that the cuts were temporary.'])
      .filter((x) => x.rule === 'pronoun-gender');
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });
  it('is only a hint when a person of the other gender is in reach', () => {
    const found = run(['Maria heads the company. The company cut its forecast. He stressed that the cuts were temporary.'])
      .filter((x) => x.rule === 'pronoun-gender');
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });
  // The text-only test before tagging (worthTagging) must not drop a candidate the tagger would find.
  it('finds a country or city the tagger knows, also as a possessive or a name of several words', () => {
    const rule = (texts: string[]) => run(texts).filter((x) => x.rule === 'pronoun-gender');
    expect(rule(['The war went on. In Russia’s north the economy shrank, and she blamed the sanctions.'])[0]?.message).toContain('“Russia’s”');
    expect(rule(['The war went on. The strike in Buenos Aires went on, and she blamed the sanctions.'])[0]?.message).toContain('“Buenos”');
  });
  it('stays quiet, without tagging, when a capitalised word the lexicon does not know may be the person', () => {
    expect(run(['The ministry issued a statement. Then Kovalchukova said that she would resign.']).filter((x) => x.rule === 'pronoun-gender')).toEqual([]);
  });
  it('is only a hint in a comment clause set off by commas ("…, he told me, …")', () => {
    const found = run(['And union leadership, he told me, is working through a backlog of cases.']).filter((x) => x.rule === 'pronoun-gender');
    expect(found.map((f) => f.severity)).toEqual(['info']);
    // Not a comment clause: the pronoun opens the sentence.
    expect(run(['The army reported new losses. She said that the enemy had been pushed back.']).filter((x) => x.rule === 'pronoun-gender')[0]?.severity).toBe('warning');
  });
});
