import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('ad-marker');
linearTimeSuite('ad-marker');

describe('ad-marker spans', () => {
  it('removes exactly the shortcode and keeps editorial brackets', () => {
    expect(changesOf('ad-marker', 'He said [sic] that [ad_1] nothing […] changed.')).toEqual([['[ad_1]', '']]);
  });
  it('removes a label line whole, frame included', () => {
    expect(changesOf('ad-marker', 'First.\n\n- Advertisement -\n\nSecond.')).toEqual([['- Advertisement -', '']]);
  });
  it('removes configured markers', () => {
    expect(changesOf('ad-marker', 'Text [my_slot] more.', { markers: ['[my_slot]'], boilerplate: [] })).toEqual([['[my_slot]', '']]);
  });
  it('uses each configuration\'s own markers (the pattern is built once per list)', () => {
    const text = 'Text [my_slot] and {promo} more.';
    expect(changesOf('ad-marker', text, { markers: ['{promo}'], boilerplate: [] })).toEqual([['{promo}', '']]);
    expect(changesOf('ad-marker', text, { markers: ['[my_slot]'], boilerplate: [] })).toEqual([['[my_slot]', '']]);
  });
  it('removes a label around an invisible character in pieces', () => {
    expect(changesOf('ad-marker', 'Advert\u200bisement')).toEqual([['Advert', ''], ['isement', '']]);
    expect(clean('A.\n\nAdvert\u200bisement\n\nB.')).toBe('A.\n\nB.');
  });
});
