import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('invisible-char');
linearTimeSuite('invisible-char');

describe('invisible-char spans', () => {
  it('removes the character only', () => {
    expect(changesOf('invisible-char', 'Lukashen\u200bko')).toEqual([['\u200b', '']]);
    expect(clean('The elec\u00adtions')).toBe('The elections');
  });
  it('keeps emoji joiners and variation selectors', () => {
    expect(clean('Coder \u{1F469}\u200d\u{1F4BB} \u2764\ufe0f')).toBe('Coder \u{1F469}\u200d\u{1F4BB} \u2764\ufe0f');
  });
});
