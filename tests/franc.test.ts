import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../src/detect/franc.js';

const fixtures = fg.sync('fixtures/**/*.{txt,md,html,json,jsonl}', { cwd: new URL('..', import.meta.url).pathname, absolute: true });

/** Words of languages that share trigrams (Romance, Germanic, Slavic in two scripts) and of other scripts. */
const words = [
  'the', 'of', 'and', 'protest', 'government', 'said', 'minister', 'people', 'city',
  'de', 'la', 'que', 'el', 'los', 'gobierno', 'ciudad', 'dijo', 'em', 'não', 'governo', 'cidade',
  'il', 'della', 'che', 'governo', 'città', 'le', 'des', 'gouvernement', 'ville', 'et',
  'der', 'die', 'und', 'Regierung', 'Stadt', 'het', 'een', 'regering', 'stad', 'och', 'att',
  'się', 'nie', 'rząd', 'miasto', 'je', 'na', 'vláda', 'město', 'ja', 'hallitus', 'kaupunki',
  'и', 'в', 'не', 'правительство', 'город', 'у', 'і', 'уряд', 'місто', 'ў', 'горад',
  'ال', 'في', 'الحكومة', 'मंत्री', 'सरकार', 'και', 'η', 'κυβέρνηση', '政府', 'の', '정부', '12', '—', '“', '”',
];

describe('franc.ts: franc-min\'s answer, one map lookup per trigram', () => {
  it('gives franc\'s answer on every fixture, at the lengths detection asks about', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    let compared = 0;
    for (const file of fixtures) {
      const text = readFileSync(file, 'utf8');
      for (const length of [12, 60, 250, 600, 3000]) {
        for (let from = 0; from === 0 || from + length <= text.length; from += Math.max(length, 150)) {
          const sample = text.slice(from, from + length);
          expect(guessLanguage(sample, 10), `${file} @${from}+${length}`).toBe(franc(sample, { minLength: 10 }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('gives franc\'s answer on mixed-language and mixed-script text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 120 }), fc.constantFrom(' ', ', ', '. ', '\n'), (list, sep) => {
        const text = list.join(sep);
        expect(guessLanguage(text, 10)).toBe(franc(text, { minLength: 10 }));
      }),
      { numRuns: 400 },
    );
  });

  it('gives franc\'s answer on arbitrary strings, short ones and those without letters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 0, max: 20 }), (text, minLength) => {
        expect(guessLanguage(text, minLength)).toBe(franc(text, { minLength }));
      }),
      { numRuns: 400 },
    );
  });
});
