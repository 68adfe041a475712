import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';
import { skeleton } from '../../src/detect/name-variant.js';
import { romanization } from '../../src/detect/lists/name-variant.js';

ruleSuite('name-variant');

describe('name-variant details', () => {
  it('suggests the more frequent spelling', () => {
    const found = run(['Lukashenko spoke. Then Lukashenko left.', 'Critics of Lukashenka protested.']).filter((x) => x.rule === 'name-variant');
    expect(found.map((f) => f.suggestion)).toEqual(['Lukashenko']);
  });
});

/**
 * Romanise a Cyrillic word with one system of the table: a letter's second rendering, where
 * listed, is its form at the start of a word or after a vowel, ь or ъ (ye, yu, ya …).
 */
function romanize(word: string, system: 'bgn' | 'gost' | 'alalc' | 'ua'): string {
  let out = '';
  const letters = [...word.toLowerCase()];
  letters.forEach((ch, k) => {
    const forms = romanization[ch]?.[system];
    if (!forms || forms.length === 0) { out = '\u0000'; return; }
    const initial = k === 0 || /[аеёиоуыэюяіїєьъ]/.test(letters[k - 1]!);
    out += forms[initial ? forms.length - 1 : 0];
  });
  return out.includes('\u0000') ? '' : out[0]!.toUpperCase() + out.slice(1);
}

describe('name-variant romanisation tables', () => {
  const russian = ['Лукашенко', 'Ходорковский', 'Щербаков', 'Евгений', 'Юлия', 'Мария', 'Тихановская', 'Зеленский', 'Андреев', 'Воробьёв', 'Чернигов'];
  const ukrainian = ['Зеленський', 'Харків', 'Чернігів', 'Київ', 'Юлія', 'Марія', 'Євген', 'Подоляк', 'Рєзніков', 'Ярослав'];
  it.each(russian)('every Russian romanisation of %s has one key', (name) => {
    const spellings = (['bgn', 'gost', 'alalc'] as const).map((s) => romanize(name, s))
      .filter((s) => s !== '' && !/x/i.test(s)); // GOST's x for х is not bridged (see the list)
    expect(spellings.length).toBeGreaterThan(1);
    expect(new Set(spellings.map(skeleton)).size, spellings.join(' ')).toBe(1);
  });
  it.each(ukrainian)('every national-system romanisation of %s has one key', (name) => {
    // The national system and ALA-LC's Ukrainian table (и -> y, і -> i, ї -> i, є -> ie, г -> h)
    // as the national system without its initial forms.
    const spellings = [romanize(name, 'ua'), romanize(name, 'ua').replace(/(?<=.)y(?=[aeiu])/g, 'i')];
    expect(new Set(spellings.map(skeleton)).size, spellings.join(' ')).toBe(1);
  });
  it('keeps gender pairs and different names apart', () => {
    expect(skeleton('Kolesnikov')).not.toBe(skeleton('Kolesnikova'));
    expect(skeleton('Zelensky')).not.toBe(skeleton('Zelenska'));
    expect(skeleton('Gill')).not.toBe(skeleton('Hill'));
  });
  it('finds Russian/Ukrainian place-name pairs no list holds', () => {
    const found = run(['Shelling hit Kharkiv overnight, the regional governor said.', 'Residents of Kharkov said the shelling lasted for hours.'])
      .filter((x) => x.rule === 'name-variant');
    expect(found.map((f) => f.suggestion)).toEqual(['Kharkiv']);
  });
});
