import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gerundOf, tag } from '../src/detect/tagger.js';
import { regularGerund } from '../src/detect/gerund.js';

const tagsOf = (text: string, word: string) => {
  const t = tag(text).find((x) => x.text === word);
  if (!t) throw new Error(`no term ${word} in ${text}`);
  return t.tags;
};

describe('tagger.ts: the tags pronoun-number and verb-pattern read', () => {
  it('gives offsets and what follows each word', () => {
    const terms = tag('The signatories demand, in his opinion.');
    expect(terms.map((t) => [t.text, t.offset.start, t.post])).toEqual([
      ['The', 0, ' '], ['signatories', 4, ' '], ['demand', 16, ', '], ['in', 24, ' '], ['his', 27, ' '], ['opinion', 31, '.'],
    ]);
  });

  it('tags an unknown word the same way every time (its guess is kept)', () => {
    const first = tagsOf('The glorbification of the plan went on.', 'glorbification');
    expect(first).toContain('Noun');
    expect(tagsOf('A glorbification began.', 'glorbification')).toEqual(first);
    expect(tagsOf('They zorbled twice.', 'zorbled')).toEqual(tagsOf('She zorbled once.', 'zorbled'));
  });

  it('reads a word that is a noun or a verb by the word before it', () => {
    expect(tagsOf('Their demand to release the prisoners was ignored.', 'demand')).not.toContain('Verb');
    expect(tagsOf('The main demand is clear.', 'demand')).not.toContain('Verb');
    expect(tagsOf('They demand to know more.', 'demand')).toContain('Verb');
    expect(tagsOf('The workers will demand a raise.', 'demand')).toContain('Verb');
    expect(tagsOf('Refine your offers to serve their needs.', 'offers')).toContain('Plural');
  });

  it('reads an -ed word the lexicon does not hold as a past tense, as compromise does', () => {
    expect(tagsOf('The rescuers later described the work.', 'described')).toContain('PastTense');
    expect(tagsOf('The company shelved its plans.', 'shelved')).toContain('Verb');
    expect(tagsOf('The steward left.', 'steward')).toContain('Noun');
  });

  it('finds the plural subject and its verb', () => {
    const terms = tag('Members of the commission refused to comment.');
    expect(terms[0]!.tags).toEqual(expect.arrayContaining(['Noun', 'Plural']));
    expect(terms.find((t) => t.text === 'refused')!.tags).toContain('Verb');
    expect(tagsOf('The reporters left.', 'reporters')).toEqual(expect.arrayContaining(['Plural', 'Actor']));
    expect(tagsOf('The colonel left.', 'colonel')).toEqual(expect.arrayContaining(['Singular', 'Actor']));
  });

  it('tags names as persons, and capitalised words inside a sentence as proper nouns', () => {
    expect(tagsOf('On Monday Anna Smith said so.', 'Anna')).toContain('Person');
    expect(tagsOf('Teachers did not see Holcomb at the Statehouse.', 'Holcomb')).toContain('ProperNoun');
    expect(tagsOf('He met Mr Ivanov.', 'Mr')).toContain('Honorific');
    // A capital at the start of a sentence or quotation says nothing.
    expect(tagsOf('Fortunately, doctors caught it.', 'Fortunately')).not.toContain('ProperNoun');
    expect(tagsOf('I said, ‘Tell them to wait.’', 'Tell')).not.toContain('ProperNoun');
  });

  it('knows places, organisations and dates, which are not persons', () => {
    expect(tagsOf('Talks were held in Minsk on Monday.', 'Minsk')).toContain('Place');
    expect(tagsOf('Talks were held in Minsk on Monday.', 'Monday')).toContain('Date');
    expect(tagsOf('Protests spread to Hong Kong quickly.', 'Kong')).toContain('Place');
    expect(tagsOf('It was approved by the World Health Organization today.', 'World')).toContain('Organization');
    expect(tagsOf('Officials of NATO met.', 'NATO')).toContain('Acronym');
  });

  it('keeps numbers, contractions and possessives whole', () => {
    expect(tag('Those include 1,000 workers.').map((t) => t.text)).toEqual(['Those', 'include', '1,000', 'workers']);
    expect(tagsOf('Those include 1,000 workers.', '1,000')).toContain('Value');
    expect(tagsOf('We’re ready.', 'We’re')).toContain('Pronoun');
    expect(tagsOf('It followed Beijing’s demands.', 'Beijing’s')).toContain('Possessive');
    // Hyphens separate words, as in compromise.
    expect(tag('long-standing plans').map((t) => t.text)).toEqual(['long', 'standing', 'plans']);
  });
});

describe('gerunds for verb-pattern suggestions', () => {
  it('follows the spelling rules', () => {
    expect(['invalidate', 'stop', 'lie', 'hold', 'see', 'visit', 'block'].map(regularGerund)).toEqual(['invalidating', 'stopping', 'lying', 'holding', 'seeing', 'visiting', 'blocking']);
  });

  it('takes compromise’s form where the rules would be wrong', () => {
    expect(gerundOf('begin')).toBe('beginning');
    expect(gerundOf('panic')).toBe('panicking');
  });
});

describe('lists/lexicon.ts', () => {
  it('was written from the compromise version installed (run `npm run lexicon` after an upgrade)', () => {
    const installed = (createRequire(import.meta.url)('compromise') as { version: string }).version;
    const header = readFileSync(new URL('../src/detect/lists/lexicon.ts', import.meta.url), 'utf8').slice(0, 300);
    expect(header).toContain(`compromise ${installed}`);
  });
});
