import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectors } from '../src/detect/index.js';
import { detectorWith } from './helpers/detector.js';
import { detectLanguage } from '../src/detect/lang.js';
import { doc } from './rules/helper.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const article = readFileSync(join(root, 'fixtures/articles/belarus-open-letter/input.txt'), 'utf8');
/** The article's paragraphs, without the ad markers the cleaning stage removes. */
const paragraphs = article.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim())
  .filter((p) => p && !/^\[ad_\d\]$/.test(p)).map((p) => p.replace(/\s*\[ad_\d\]$/, ''));

describe('the example article', () => {
  const { text, paragraphs: spans } = doc(paragraphs);
  const { lang, findings } = detectorWith()(text, spans);
  const at = (rule: string, span: string): boolean => findings.some((f) =>
    f.rule === rule && f.severity !== 'info' && text.slice(f.start, f.end).includes(span));

  it('is English', () => { expect(lang).toBe('en'); });
  it('finds all six artifacts', () => {
    expect(at('pronoun-number', 'In his opinion')).toBe(true);
    expect(at('pleonastic-pronoun', 'of us we')).toBe(true);
    expect(at('repeated-phrase', 'for four months')).toBe(true);
    expect(at('verb-pattern', 'demand to invalidate')).toBe(true);
    expect(at('calque', 'It should be recalled that')).toBe(true);
    expect(at('name-variant', 'Lukashenka')).toBe(true);
  });
  it('reports the pronoun with evidence and a suggestion', () => {
    const f = findings.find((x) => x.rule === 'pronoun-number')!;
    expect(text.slice(f.start, f.end)).toBe('In his opinion');
    expect(f.message).toBe('Singular “his” after the plural subject “The signatories”');
    expect(f.suggestion).toBe('In their opinion');
  });
  it('sorts findings by start', () => {
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('levels', () => {
  const { text, paragraphs: spans } = doc(paragraphs);
  it("'off' rules do not run", () => {
    const off = Object.fromEntries(detectors.map((d) => [d.info.id, 'off' as const]));
    expect(detectorWith(off)(text, spans).findings).toEqual([]);
    const some = detectorWith({ calque: 'off', 'name-variant': 'off' })(text, spans).findings;
    expect(some.some((f) => f.rule === 'calque' || f.rule === 'name-variant')).toBe(false);
    expect(some.some((f) => f.rule === 'pronoun-number')).toBe(true);
  });
  it('re-grades a rule', () => {
    const found = detectorWith({ 'verb-pattern': 'error' })(text, spans).findings.filter((f) => f.rule === 'verb-pattern');
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('language', () => {
  it('maps franc codes to ISO 639-1 and says und when too short', () => {
    expect(detectLanguage('Hi.')).toBe('und');
    // Short Russian without ы, э or ё is Bulgarian to franc: not Bulgarian here, and not sure.
    // (franc says Bulgarian for both.)
    expect(detectLanguage('Суд приговорил активиста к трем годам заключения за участие в акциях протеста в столице.')).toBe('und');
    expect(detectLanguage('В столице прошла акция протеста против повышения цен на газ.')).toBe('ru');
    // With the letters that tell them apart, the language is named.
    expect(detectLanguage('Влада міста оголосила про закриття центральної площі для проведення робіт.')).toBe('uk');
    expect(detectLanguage('Правителството прие решение за увеличаване на пенсиите от първи януари.')).toBe('bg');
    expect(detectLanguage('Протестиращите се събраха пред сградата на парламента в София.')).toBe('bg');
    expect(detectLanguage('Протесты в Беларуси продолжаются уже четыре месяца, силовики задерживают людей каждый день на улицах городов.')).toBe('ru');
    expect(detectLanguage(paragraphs.join('\n\n'))).toBe('en');
  });
  it('reads a one-sentence English text by the words no other Latin-script language uses, not by franc', () => {
    // franc: Dutch and French.
    expect(detectLanguage('Try listening to your body to recognize when hunger tapers off.')).toBe('en');
    expect(detectLanguage('To achieve your target number, live below your means, increase your income, and max out your retirement accounts.')).toBe('en');
    // Other languages stay what they are.
    expect(detectLanguage('Probeer naar je lichaam te luisteren om te herkennen wanneer de honger afneemt.')).toBe('nl');
    expect(detectLanguage('Pour atteindre votre objectif, vivez en dessous de vos moyens et augmentez vos revenus.')).toBe('fr');
  });
  it('does not run English-only rules on other languages', () => {
    const ru = 'Протесты в Беларуси продолжаются уже четыре месяца, и силовики задерживают людей каждый день. Это это продолжается.';
    const { text, paragraphs: spans } = doc([ru]);
    const r = detectorWith()(text, spans);
    expect(r.lang).toBe('ru');
    expect(r.findings.filter((f) => f.rule !== 'mixed-script' && f.rule !== 'unbalanced-quote' && f.rule !== 'duplicate-paragraph')).toEqual([]);
  });
});

describe('linear time on pathological input', () => {
  const detect = detectorWith();
  const inputs: Record<string, string> = {
    dots: '.'.repeat(100_000),
    quotes: '"“”„«'.repeat(20_000),
    'a a': 'a '.repeat(200_000),
    'the the': 'The the '.repeat(50_000),
    words: 'word '.repeat(100_000),
    letters: 'x'.repeat(200_000),
    spaces: 'of us' + ' '.repeat(100_000) + 'x',
    prepositions: 'in the capital '.repeat(30_000),
    pronouns: 'The signatories demand. In his opinion, '.repeat(5_000),
    cyrillic: 'Веlarus Беларусь '.repeat(20_000),
    names: 'Lukashenko Lukashenka '.repeat(20_000),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name} (${input.length} chars) as one paragraph`, () => {
      const t = Date.now();
      detect(input, [{ start: 0, end: input.length }]);
      // Generous bound: quadratic behaviour on these sizes takes minutes, not seconds.
      expect(Date.now() - t).toBeLessThan(15_000);
    });
  }
});
