/**
 * Long paragraphs (a text with no blank lines is one paragraph) reach the paragraph rules in
 * pieces of bounded size, cut at line breaks or sentence ends (detect/index.ts unitsOf).
 */
import { describe, expect, it } from 'vitest';
import { unitsOf } from '../src/detect/index.js';
import { detectorWith } from './helpers/detector.js';

const covers = (text: string, units: Array<{ start: number; end: number }>, from: number, to: number) => {
  // Units are in order, within the paragraph, and only blanks lie between them.
  let at = from;
  for (const u of units) {
    expect(u.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(at, u.start).trim()).toBe('');
    expect(u.end - u.start).toBeLessThanOrEqual(16_384);
    at = u.end;
  }
  expect(text.slice(at, to).trim()).toBe('');
};

describe('unitsOf', () => {
  it('gives short paragraphs as they are', () => {
    const paragraphs = [{ start: 0, end: 10 }, { start: 12, end: 5000 }];
    expect(unitsOf('x'.repeat(5000), paragraphs)).toBe(paragraphs);
  });
  it('cuts one paragraph per line at line breaks', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of a text that a scraper wrote one paragraph per line, without blank lines.`).join('\n');
    const units = unitsOf(text, [{ start: 0, end: text.length }]);
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) expect(text[u.end] === undefined || text[u.end] === '\n').toBe(true);
    covers(text, units, 0, text.length);
  });
  it('cuts a long line at sentence ends, and a text without blanks at the limit', () => {
    const text = 'The minister spoke for an hour. '.repeat(2000).trimEnd();
    const units = unitsOf(text, [{ start: 0, end: text.length }]);
    for (const u of units) expect(text.slice(u.start, u.end)).toMatch(/^The .*\.$/);
    covers(text, units, 0, text.length);
    const solid = 'x'.repeat(40_000);
    expect(unitsOf(solid, [{ start: 0, end: solid.length }]).map((u) => u.end - u.start)).toEqual([16_384, 16_384, 7_232]);
    // never inside a surrogate pair
    const emoji = 'x' + '😀'.repeat(20_000);
    const lowSurrogate = (i: number) => emoji.charCodeAt(i) >= 0xdc00 && emoji.charCodeAt(i) <= 0xdfff;
    const cut = unitsOf(emoji, [{ start: 0, end: emoji.length }]);
    expect(cut.length).toBeGreaterThan(1);
    for (const u of cut) expect([lowSurrogate(u.start), lowSurrogate(u.end)]).toEqual([false, false]);
  });
  it('still finds an artifact deep in a long paragraph, at its place', () => {
    const lines = Array.from({ length: 600 }, (_, i) => `Report ${i} said the talks would continue next week in Geneva.`);
    lines[500] = 'Officials said that the the talks would continue next week.';
    const text = lines.join('\n');
    const found = detectorWith()(text, [{ start: 0, end: text.length }]).findings.filter((f) => f.rule === 'repeated-word');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['the the']);
  });
});
