/**
 * Transliteration alternations between Russian, Ukrainian and Belarusian spellings of one
 * name, applied in order to build a comparison key. Gender endings (-ov/-ova, -in/-ina,
 * -sky/-skaya) survive the key, so Kolesnikov and Kolesnikova stay two people.
 */
export const SKELETON_STEPS: ReadonlyArray<[RegExp, string]> = [
  [/kh/g, 'h'],            // Khodorkovsky / Hodorkovsky
  [/ts(?=[aeiouy])/g, 't'],            // Tsikhanouskaya / Tikhanovskaya (Belarusian ці = Russian ти)
  [/tz(?=[aeiouy])/g, 't'],
  [/x/g, 'ks'],            // Alexei / Aleksei
  [/ou(?=[^aeiouy]|$)/g, 'ov'], // Belarusian ў: Tsikhanouskaya / Tikhanovskaya
  [/[yj]/g, 'i'],          // Zelensky / Zelenskiy, Yuri / Iurii, Alexej / Alexey
  [/ia/g, 'a'],            // Mariya / Maria, Tikhanovskaya / Tikhanovskaia
  [/iu/g, 'u'],            // Yulia / Iulia
  [/o/g, 'a'],             // Belarusian akanye: Lukashenko / Lukashenka, Kolesnikova / Kalesnikava
  [/([ai])\1+/g, '$1'],    // Zelenskyy / Zelensky (vowels only: Garett / Garrett are English spellings)
];
