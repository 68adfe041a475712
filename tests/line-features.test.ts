// The line classifier's features computed fast (docs/performance.md): the same numbers as the
// plain definitions, with the per-document memo and without.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/clean/index.js';
import { judge, judgedIn } from '../src/clean/line-classifier.js';
import { FeatureMemo, eachWord, featureIndex, lineFeatures, ownFunctionWords, proseScale, protectedLines } from '../src/clean/line-features.js';
import { lineModel } from '../src/clean/lists/line-model.js';
import type { CleanContext } from '../src/types.js';

const pieces = ['a', 'Z', '7', ' ', '.', '-', '/', ':', '@', 'İ', 'Σ', 'ß', 'ǅ', 'ſ', 'K', '\u0307', 'é', 'Ж', '中', '٣', 'Ⅻ', 'Ⓐ', '\ud800', '\udc00', '😀', '𝐀', '𐐀', 'www.', 'https://', '.com', '.co/', 'Photo', 'the', 'March', '12:30'];
const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));
const article = readFileSync(join(import.meta.dirname, '../fixtures/articles/belarus-open-letter/input.txt'), 'utf8');

describe('line features', () => {
  it('splits words as /[\\p{L}\\p{N}]+/gu does, surrogate pairs and lone surrogates included', () => {
    fc.assert(
      fc.property(line, (text) => {
        const words: string[] = [];
        eachWord(text, (w) => void words.push(w));
        expect(words).toEqual([...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]));
      }),
    );
  });

  it('finds a link exactly where its pattern does', () => {
    const url = /https?:\/\/|www\.|\b[\p{L}\p{N}-]+\.(?:com|org|net|de|fr|es|ru|ua|uk|co|io|info)\b(?:\/|$)/iu;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const trimmed = lines.map((l) => l.trim() || 'x');
        lineFeatures(trimmed).forEach((v, i) => expect(v[featureIndex['url']!]).toBe(url.test(trimmed[i]!) ? 1 : 0));
      }),
    );
  });

  it('gives the same vectors with a document memo, read once or again after lines changed', () => {
    const lines = article.split('\n').map((l) => l.trim()).filter(Boolean);
    const memo = new FeatureMemo();
    const fresh = lineFeatures(lines);
    expect(lineFeatures(lines, memo)).toEqual(fresh);
    expect(lineFeatures(lines, memo)).toEqual(fresh);
    // The next round: lines gone change the others' place, neighbours and median, not what the memo keeps.
    const fewer = lines.filter((_, i) => i % 3 !== 1);
    expect(lineFeatures(fewer, memo)).toEqual(lineFeatures(fewer));
    fc.assert(
      fc.property(fc.array(line, { minLength: 4, maxLength: 12 }), (xs) => {
        const ls = xs.map((l) => l.trim() || 'x');
        const m = new FeatureMemo();
        expect(lineFeatures(ls, m)).toEqual(lineFeatures(ls));
        expect(lineFeatures(ls.slice(1), m)).toEqual(lineFeatures(ls.slice(1)));
      }),
    );
  });

  it('gives the same vectors with a memo when a text is read by its own function words, and keeps those apart from its list language', () => {
    const lines = article.split('\n').map((l) => l.trim()).filter(Boolean);
    const own = ownFunctionWords(lines, 0.39)!;
    expect(own.words.size).toBeGreaterThan(0);
    const memo = new FeatureMemo();
    const byList = lineFeatures(lines, memo);
    const byOwn = lineFeatures(lines, undefined, -1, own);
    expect(lineFeatures(lines, memo, -1, own)).toEqual(byOwn);
    expect(lineFeatures(lines, memo)).toEqual(byList);
    expect(byOwn.map((v) => v[featureIndex['stopShare']!])).not.toEqual(byList.map((v) => v[featureIndex['stopShare']!]));
  });

  it('judges a document cleaned in rounds as each of its texts alone', () => {
    const text = `Copy 1 of a story\n\n[ad_1]\n\n${article}\n\n[ad_2]\n`;
    const ctx: CleanContext = { markers: [], boilerplate: [], plain: true };
    const cleaned = cleanText(text, ctx, () => true);
    const judged = judgedIn(cleaned.pass, ctx).map((u) => ({ ...u, reason: u.reason }));
    expect(judged).toEqual(judge(cleaned.text).map((u) => ({ ...u, reason: u.reason })));
  });

  it('reads the guard of a thinly listed language at its prose scale: a Ukrainian lead sentence is prose', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/line-classifier/uk-thin-list.txt'), 'utf8');
    const lines = text.trim().split('\n');
    const lead = lines.findIndex((l) => l.startsWith('Ремонт підвального'));
    const vectors = lineFeatures(lines);
    const scale = proseScale(vectors, lineModel.proseShare);
    expect(scale).toBeGreaterThan(1);
    expect(protectedLines(vectors)[lead]).toBe(false);
    expect(protectedLines(vectors, scale)[lead]).toBe(true);
    // English prose is read as it is
    expect(proseScale(lineFeatures(article.split('\n').filter((l) => l.trim() !== '')), lineModel.proseShare)).toBe(1);
    const cleaned = cleanText(text, { markers: [], boilerplate: [], plain: true }, () => true).text;
    expect(cleaned).toContain(lines[lead]);
  });
});

