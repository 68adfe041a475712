import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';

ruleSuite('name-variant');

describe('name-variant details', () => {
  it('suggests the more frequent spelling', () => {
    const found = run(['Lukashenko spoke. Then Lukashenko left.', 'Critics of Lukashenka protested.']).filter((x) => x.rule === 'name-variant');
    expect(found.map((f) => f.suggestion)).toEqual(['Lukashenko']);
  });
});
