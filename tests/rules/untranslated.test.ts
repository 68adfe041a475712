import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('untranslated');

describe('untranslated details', () => {
  it('reports a quoted, explained term as info', () => {
    const found = run(['The slogan «Жыве Беларусь» (Long live Belarus) was heard.']).filter((x) => x.rule === 'untranslated');
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });
});
