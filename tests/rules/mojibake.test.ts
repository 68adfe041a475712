import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('mojibake');
linearTimeSuite('mojibake');

describe('mojibake spans', () => {
  it('repairs each run to its character', () => {
    expect(changesOf('mojibake', 'Lukashenkoâ€™s regime')).toEqual([['â€™', '’']]);
    expect(clean('â€œWe are worthy peopleâ€\u009d, say the signatories.')).toBe('“We are worthy people”, say the signatories.');
    expect(clean('РџСЂРёРІРµС‚ and CafÃ©')).toBe('Привет and Café');
  });
  it('leaves real Cyrillic words whose bytes happen to be valid UTF-8', () => {
    expect(changesOf('mojibake', 'Сі Цзіньпін і Ді Капріо')).toEqual([]);
  });
});
