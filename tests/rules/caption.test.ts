import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('caption');
linearTimeSuite('caption');

describe('caption spans', () => {
  it('takes the whole caption line of the example with its credit', () => {
    const line = 'Belarusian security forces brutally disperse mass protests (Photo: Tut.by)';
    expect(changesOf('caption', `${line}\n\nMore than one hundred officers signed.`)).toEqual([[line, '']]);
  });
  it('removes only the credit from a paragraph of sentences', () => {
    const text = 'Riot police used water cannons (Photo: Tut.by). Dozens were injured.';
    expect(changesOf('caption', text)).toEqual([[' (Photo: Tut.by)', '']]);
    expect(clean(text)).toBe('Riot police used water cannons. Dozens were injured.');
  });
  it('removes a trailing credit after a sentence, not the sentence', () => {
    expect(changesOf('caption', 'The explosion damaged three houses. Photo: State Emergency Service')).toEqual([[' Photo: State Emergency Service', '']]);
  });
  it('keeps a dateline agency', () => {
    expect(changesOf('caption', 'KYIV (AFP) — The parliament backed the sanctions.')).toEqual([]);
  });
});
