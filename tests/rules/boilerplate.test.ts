import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('boilerplate');
linearTimeSuite('boilerplate');

describe('boilerplate spans', () => {
  it('removes the whole line and nothing around it', () => {
    const text = 'Title words\n\nThis material is also available in Ukrainian.\n\nMore than one hundred officers signed.';
    expect(changesOf('boilerplate', text)).toEqual([['This material is also available in Ukrainian.', '']]);
    expect(clean(text)).toBe('Title words\n\nMore than one hundred officers signed.');
  });
  it('removes a cross-link with its headline', () => {
    expect(changesOf('boilerplate', 'Read also: Lukashenko promised a referendum')).toEqual([['Read also: Lukashenko promised a referendum', '']]);
  });
  it('removes lines that start with a configured phrase', () => {
    expect(changesOf('boilerplate', 'Follow our partner channel today', { markers: [], boilerplate: ['Follow our partner'] })).toHaveLength(1);
  });
});
