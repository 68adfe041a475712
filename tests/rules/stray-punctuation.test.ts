import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('stray-punctuation');
linearTimeSuite('stray-punctuation');

describe('stray-punctuation spans', () => {
  it('repairs the example article’s three cases exactly', () => {
    expect(changesOf('stray-punctuation', 'for four months. .')).toEqual([['. .', '.']]);
    expect(changesOf('stray-punctuation', 'the prestige of the profession. “.')).toEqual([['. “.', '.”']]);
    expect(changesOf('stray-punctuation', 'in our country ”, say the signatories.')).toEqual([[' ', '']]);
  });
  it('leaves ellipses alone', () => {
    for (const s of ['Wait...', 'Wait . . . what', 'Wait… what', '“. . .”']) expect(changesOf('stray-punctuation', s)).toEqual([]);
  });
  it('removes an excerpt\'s continuation mark ending a paragraph, not an elision in a quotation', () => {
    expect(changesOf('stray-punctuation', 'The board will meet again in May [...]\n\nThe vote is next.')).toEqual([[' [...]', '']]);
    expect(clean('The board will meet again in May […]')).toBe('The board will meet again in May');
    expect(changesOf('stray-punctuation', '“The board will meet again [...]')).toEqual([]);
    expect(changesOf('stray-punctuation', 'The board [...] will meet again.')).toEqual([]);
  });
  it('repairs a blank left where an ad marker was removed', () => {
    expect(clean('The rally ended [ad_1] .')).toBe('The rally ended.');
  });
});
