// pronoun-number and pronoun-gender inside a clause (src/detect/pronoun-clause.ts): a singular
// his/him/her after its clause's plural or organisation subject, with no person in reach. The
// MT sentences are Apertium's English of Spanish news (fixtures/dev/mt-apertium.jsonl, tuning half).
import { describe, expect, it } from 'vitest';
import { run } from './helper.js';

const rule = (id: string, paragraphs: string[]) => run(paragraphs).filter((f) => f.rule === id);
const warnings = (id: string, paragraphs: string[]) => rule(id, paragraphs).filter((f) => f.severity !== 'info');

describe('pronoun-number: the pronoun after its own clause’s plural subject', () => {
  it('fires on a plural subject of any kind, and on a coordinated second pronoun', () => {
    const found = warnings('pronoun-number', ['Increasingly governments have toughened his politics and his speech on immigration. It has occurred, for example, in France and in Germany.']);
    expect(found.map((f) => f.suggestion)).toEqual(['their', 'their']);
    expect(found[0]?.message).toContain('“governments”');
  });
  it('fires with auxiliaries, negation and adverbs between the subject and the pronoun', () => {
    expect(warnings('pronoun-number', ['The British authorities had not studied still his case, as it alerted the Council of Europe.'])[0]?.message)
      .toContain('“The British authorities”');
  });
  it('fires in a relative clause: the noun before “that” is the subject', () => {
    expect(warnings('pronoun-number', ['The regional airlines that cancel his flights offer no refunds.'])).toHaveLength(1);
  });
  it('is a hint only when the paragraph before names a person', () => {
    const found = rule('pronoun-number', ['“The migratory politics of the EU only can be sustainable”, says Von der Leyen in his card.', 'Increasingly governments have toughened his politics.']);
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });
  it('stays quiet when a person is in reach, or the subject is not the antecedent', () => {
    for (const p of [
      ['Qaboos renamed the country, offered amnesty to fighters who had opposed his father, and enacted a range of reforms.'],
      ['One of the couples that decided to remain in his homestead was unharmed.'],
      ['The mayor visited the village. The residents that abandoned his houses came back.'],
      ['“Governments have toughened his politics,” the report says.'],
      ['Tom Golden was injured.', 'The two friends who were with him are not suspected.'],
      ['The next 24 or 48 hours will be decisive for his evolution.'],
    ]) expect(warnings('pronoun-number', p), p.join(' / ')).toEqual([]);
  });
});

describe('pronoun-gender: the pronoun after its own clause’s organisation subject', () => {
  it('fires on an organisation subject, also in a relative clause and after “one of”', () => {
    const found = warnings('pronoun-gender', ['Distinct organisations of human rights have reported these installations. The debate heats when complaints emerge that countries like Turkey, with which the Union maintains one of his migratory agreements, have funded centres of deportation.']);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('“the Union”');
    expect(found[0]?.suggestion).toBe('its');
  });
  it('fires on a name after “the” whose “of” complement is an organisation', () => {
    expect(warnings('pronoun-gender', ['In concrete, the Table of the Congress has adopted his decision after listening to the lawyers of the Camera.'])[0]?.message)
      .toContain('“the Table of the Congress”');
  });
  it('takes a word it does not know, with the -s of a verb, after a singular subject for the verb', () => {
    expect(warnings('pronoun-gender', ['The ICRC reasserts his commitment to neutrality.'])[0]?.message).toContain('“The ICRC”');
    expect(warnings('pronoun-number', ['The complaints his lawyers filed were dismissed.'])).toEqual([]);
  });
  it('stays quiet for a thing that is not the organisation, a person in reach, quotations and “her” for a country', () => {
    for (const p of [
      ['There was much to discuss; the UPS contract isn’t his only battle.'],
      ['The EU Parliament said the individual had summer jobs there.', 'Although the EU Parliament did not reveal his name, sources identified him.'],
      ['“The Union maintains one of his agreements,” the minister said.'],
      ['Britain and her allies signed the treaty.'],
    ]) expect(warnings('pronoun-gender', p), p.join(' / ')).toEqual([]);
  });
});
