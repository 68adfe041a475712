import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('whitespace');
linearTimeSuite('whitespace');

describe('whitespace spans', () => {
  it('collapses runs and blank lines into paragraphs', () => {
    expect(clean('  One  paragraph.\u00a0 \n\n\n\nAnother.\t\n')).toBe('One paragraph.\n\nAnother.');
  });
  it('records single characters: a no-break space becomes a space', () => {
    expect(changesOf('whitespace', 'A\u00a0B')).toEqual([['\u00a0', ' ']]);
  });
  it('keeps single line breaks', () => {
    expect(clean('A poem\nkeeps its\nline breaks')).toBe('A poem\nkeeps its\nline breaks');
  });
});
