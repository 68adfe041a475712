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

/**
 * Given names whose Belarusian, Russian and Ukrainian spellings differ beyond what the key
 * can bridge (Ihar / Igor, Siarhei / Sergei). Each group is one name. They count as one
 * person only before the same surname: "Vladimir Putin" and "Volodymyr Zelensky" are two.
 */
export const GIVEN_NAME_GROUPS: ReadonlyArray<ReadonlyArray<string>> = [
  ['Ihar', 'Igor', 'Ihor'],
  ['Siarhei', 'Sergei', 'Sergey', 'Serhiy', 'Serhii', 'Syarhey'],
  ['Aliaksandr', 'Alyaksandr', 'Alexander', 'Aleksandr', 'Oleksandr', 'Alexandr'],
  ['Aliaksei', 'Alyaksei', 'Alexei', 'Alexey', 'Aleksei', 'Aleksey', 'Oleksiy', 'Oleksii'],
  ['Uladzimir', 'Vladimir', 'Volodymyr', 'Uladzimer'],
  ['Mikalai', 'Nikolai', 'Nikolay', 'Mykola'],
  ['Viktar', 'Viktor', 'Victor'],
  ['Dzmitry', 'Dmitry', 'Dmitri', 'Dmytro', 'Dmitriy'],
  ['Yauhen', 'Evgeny', 'Yevgeny', 'Yevhen', 'Evgeniy'],
  ['Andrei', 'Andrey', 'Andriy', 'Andrii', 'Andrej'],
  ['Mikhail', 'Mykhailo', 'Mikhas', 'Mikhal'],
  ['Pavel', 'Pavlo', 'Paval'],
  ['Yury', 'Yuri', 'Yuriy', 'Yurii', 'Iurii'],
  ['Alena', 'Elena', 'Yelena', 'Olena', 'Helena'],
  ['Tatsiana', 'Tatiana', 'Tatyana', 'Tetiana', 'Tetyana'],
  ['Volha', 'Olga', 'Olha'],
  ['Maryia', 'Maria', 'Mariya', 'Mariia'],
  ['Sviatlana', 'Svetlana', 'Sviatlana', 'Svitlana'],
  ['Ales', 'Alesya', 'Olesya', 'Olesia'],
  ['Ryhor', 'Grigory', 'Hryhoriy', 'Grigoriy'],
  ['Anatol', 'Anatoly', 'Anatoliy', 'Anatolii'],
  ['Vasil', 'Vasily', 'Vasyl', 'Vasiliy'],
];
