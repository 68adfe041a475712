import { describe, expect, it } from 'vitest';
import { fixtureSuite, linearTimeSuite, plainContext, removedBy } from './_fixtures.js';
import { cleanText } from '../../src/clean/index.js';

fixtureSuite('punctuation-line');
linearTimeSuite('punctuation-line', ['|\n'.repeat(50_000), '{\n}\n'.repeat(30_000)]);

describe('punctuation-line', () => {
  const prose = 'The council voted on Tuesday to close the old bridge to cars from next spring.';
  const more = 'Engineers found cracks in two of its piers last year, and repairs have cost more than a million euros.';

  it('removes a line with nothing to read, whole, with a reason, and leaves the sentences', () => {
    const text = `${prose}\n).\n${more}\n|\n`;
    expect(removedBy('punctuation-line', text)).toEqual([').', '|']);
    const cleaned = cleanText(text, plainContext, () => true);
    // As every rule's line removal: the line goes, and its breaks become one paragraph break.
    expect(cleaned.text).toBe(`${prose}\n\n${more}`);
    const changes = cleaned.changes.filter((c) => c.rule === 'punctuation-line');
    expect(changes.map((c) => c.reason)).toEqual(['punctuation and symbols alone: no letter, digit or emoji', 'punctuation and symbols alone: no letter, digit or emoji']);
  });

  it('judges a line as the rules before it leave it', () => {
    // The rest of the line after the marker, its blank too.
    expect(removedBy('punctuation-line', `${prose}\n\n[ad_1] ).\n\n${more}\n`)).toEqual([' ).']);
  });

  it('keeps a line with a letter, a digit or an emoji', () => {
    for (const line of ['***1***', '🔥', '(a)', '— Mark', '§ 3']) expect(removedBy('punctuation-line', `${prose}\n${line}\n${more}\n`), line).toEqual([]);
  });

  it('keeps a section break: the article\'s own', () => {
    for (const line of ['* * *', '***', '___', '---', '• • •', '⁂']) expect(removedBy('punctuation-line', `${prose}\n${line}\n${more}\n`), line).toEqual([]);
  });

  it('keeps brackets in a text that holds code, and a table\'s rule next to its cells', () => {
    expect(removedBy('punctuation-line', `${prose}\nif (ready) {\n  start();\n}\n${more}\n`)).toEqual([]);
    expect(removedBy('punctuation-line', `${prose}\n}\n${more}\n`)).toEqual(['}']);
    expect(removedBy('punctuation-line', `| Name | Age |\n|---|---|\n| Ann | 30 |\n`)).toEqual([]);
    expect(removedBy('punctuation-line', `${prose}\n|---|---|\n${more}\n`)).toEqual(['|---|---|']);
  });

  it('cleans in one pass: a second cleaning changes nothing', () => {
    const once = cleanText(`${prose}\n\n).\n\n,\n\n${more}\n`, plainContext, () => true).text;
    expect(once).toBe(`${prose}\n\n${more}`);
    expect(cleanText(once, plainContext, () => true).text).toBe(once);
  });
});
