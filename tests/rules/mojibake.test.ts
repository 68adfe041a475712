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
  it('reads single-byte Cyrillic code pages read as Latin-1 back, word by word', () => {
    expect(changesOf('mojibake', 'Ïðèâåò from Minsk')).toEqual([['Ïðèâåò', 'Привет']]);
    expect(clean('Ïðèâåò, ìèð! Ýòî è åñòü òåñò.')).toBe('Привет, мир! Это и есть тест.');
    expect(clean('Íàøà áåëàðóñêàÿ ìîâà')).toBe('Наша беларуская мова');
    expect(clean('ðÒÉ×ÅÔ from Minsk')).toBe('Привет from Minsk'); // KOI8
    expect(clean('Êè¿â, Óêðà¿íà')).toBe('Київ, Україна'); // Ukrainian letters of Windows-1251
  });
  it('leaves Latin-1 words and short or implausible runs', () => {
    expect(changesOf('mojibake', 'Il est à Paris, où il a été élu.')).toEqual([]);
    expect(changesOf('mojibake', 'ÀÉÎ and ÿÿÿÿ')).toEqual([]);
  });
});
