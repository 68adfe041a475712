/**
 * Transliteration alternations between Russian, Ukrainian and Belarusian spellings of one
 * name, applied in order to build a comparison key. Gender endings (-ov/-ova, -in/-ina,
 * -sky/-skaya) survive the key, so Kolesnikov and Kolesnikova stay two people.
 */
export const skeletonSteps: ReadonlyArray<[RegExp, string]> = [
  [/[ʹʺ'’`"]y(?=[eë])/g, ''], // е, ё after ь/ъ: 'ye, 'yë (BGN/PCGN), ʹe, ʹë (ALA-LC)
  [/[ʹʺ'’`"]/g, ''],       // ь, ъ: ʹ ʺ (ALA-LC), ' " (BGN/PCGN), ` `` (GOST 7.79 B); dropped by the Ukrainian national system
  [/shch|shh|sch/g, 'Q'],  // щ: shch (BGN/PCGN, ALA-LC, Ukrainian national), shh (GOST 7.79 B)
  [/cz/g, 'ts'],           // ц: cz (GOST 7.79 B), ts (the others)
  [/zh/g, 'Z'],            // ж: zh in all four; kept apart from the g -> h below (Zgurov is not Zhurov)
  [/kh/g, 'h'],            // х: kh (BGN/PCGN, ALA-LC, Ukrainian national), h (Ukrainian г) / Khodorkovsky / Hodorkovsky
  [/(?<=.)g/g, 'h'],       // г: g (Russian systems), h (Ukrainian national, Belarusian): Chernigov / Chernihiv (not initially: Gill / Hill)
  [/ts(?=[aeiouy])/g, 't'],            // Tsikhanouskaya / Tikhanovskaya (Belarusian ці = Russian ти)
  [/tz(?=[aeiouy])/g, 't'],
  [/x/g, 'ks'],            // Alexei / Aleksei
  [/ou(?=[^aeiouy]|$)/g, 'ov'], // Belarusian ў: Tsikhanouskaya / Tikhanovskaya
  [/w(?=$|[^aeiouy])/g, 'v'],   // Belarusian ў as w (Mahilyow / Mogilev)
  [/[ëèė]/g, 'e'],         // ё, э: ë, ė (ALA-LC), è (GOST 7.79 A)
  [/[yj]/g, 'i'],          // Zelensky / Zelenskiy, Yuri / Iurii, Alexej / Alexey
  [/(^|[aeiou])ie/g, '$1e'], // е: ye initially and after a vowel (BGN/PCGN), e (GOST, ALA-LC): Yevgeny / Evgeny
  [/(?<=[^aeiou])io(?=[^aeiou])/g, 'e'], // ё: yo (BGN/PCGN), ë (ALA-LC), e (common): Fyodor / Fedor
  [/ia/g, 'a'],            // Mariya / Maria, Tikhanovskaya / Tikhanovskaia
  [/iu/g, 'u'],            // Yulia / Iulia
  [/o/g, 'a'],             // Belarusian akanye: Lukashenko / Lukashenka, Kolesnikova / Kalesnikava
  [/([ai])\1+/g, '$1'],    // Zelenskyy / Zelensky (vowels only: Garett / Garrett are English spellings)
];

/**
 * Romanisations of the Cyrillic letters under the four systems the key bridges: BGN/PCGN
 * (Russian, 1947), GOST 7.79-2000 System B, ALA-LC (without its ligature marks) and the
 * Ukrainian national system (Cabinet of Ministers resolution 55, 2010). Letters a system does
 * not have are left out; where a system renders a letter differently at the start of a word,
 * both forms are listed. tests/rules/name-variant.test.ts romanises names with each system
 * and checks that all the spellings share one key.
 */
export const romanization: Readonly<Record<string, { bgn: string[]; gost: string[]; alalc: string[]; ua: string[] }>> = {
  а: { bgn: ['a'], gost: ['a'], alalc: ['a'], ua: ['a'] },
  б: { bgn: ['b'], gost: ['b'], alalc: ['b'], ua: ['b'] },
  в: { bgn: ['v'], gost: ['v'], alalc: ['v'], ua: ['v'] },
  г: { bgn: ['g'], gost: ['g'], alalc: ['g'], ua: ['h'] },
  ґ: { bgn: [], gost: ['g`'], alalc: ['g'], ua: ['g'] },
  д: { bgn: ['d'], gost: ['d'], alalc: ['d'], ua: ['d'] },
  е: { bgn: ['e', 'ye'], gost: ['e'], alalc: ['e'], ua: ['e'] },
  ё: { bgn: ['ë', 'yë'], gost: ['yo'], alalc: ['ë'], ua: [] },
  є: { bgn: [], gost: ['ye'], alalc: ['ie'], ua: ['ie', 'ye'] },
  ж: { bgn: ['zh'], gost: ['zh'], alalc: ['zh'], ua: ['zh'] },
  з: { bgn: ['z'], gost: ['z'], alalc: ['z'], ua: ['z'] },
  и: { bgn: ['i'], gost: ['i'], alalc: ['i'], ua: ['y'] },
  і: { bgn: [], gost: ['i'], alalc: ['i'], ua: ['i'] },
  ї: { bgn: [], gost: ['yi'], alalc: ['i'], ua: ['i', 'yi'] },
  й: { bgn: ['y'], gost: ['j'], alalc: ['i'], ua: ['i', 'y'] },
  к: { bgn: ['k'], gost: ['k'], alalc: ['k'], ua: ['k'] },
  л: { bgn: ['l'], gost: ['l'], alalc: ['l'], ua: ['l'] },
  м: { bgn: ['m'], gost: ['m'], alalc: ['m'], ua: ['m'] },
  н: { bgn: ['n'], gost: ['n'], alalc: ['n'], ua: ['n'] },
  о: { bgn: ['o'], gost: ['o'], alalc: ['o'], ua: ['o'] },
  п: { bgn: ['p'], gost: ['p'], alalc: ['p'], ua: ['p'] },
  р: { bgn: ['r'], gost: ['r'], alalc: ['r'], ua: ['r'] },
  с: { bgn: ['s'], gost: ['s'], alalc: ['s'], ua: ['s'] },
  т: { bgn: ['t'], gost: ['t'], alalc: ['t'], ua: ['t'] },
  у: { bgn: ['u'], gost: ['u'], alalc: ['u'], ua: ['u'] },
  ф: { bgn: ['f'], gost: ['f'], alalc: ['f'], ua: ['f'] },
  // GOST's x for х is not bridged: in English news an x in a Slavic name is кс (Alexei).
  х: { bgn: ['kh'], gost: ['x'], alalc: ['kh'], ua: ['kh'] },
  ц: { bgn: ['ts'], gost: ['cz'], alalc: ['ts'], ua: ['ts'] },
  ч: { bgn: ['ch'], gost: ['ch'], alalc: ['ch'], ua: ['ch'] },
  ш: { bgn: ['sh'], gost: ['sh'], alalc: ['sh'], ua: ['sh'] },
  щ: { bgn: ['shch'], gost: ['shh'], alalc: ['shch'], ua: ['shch'] },
  ъ: { bgn: ['"'], gost: ['``'], alalc: ['ʺ'], ua: [''] },
  ы: { bgn: ['y'], gost: ["y'"], alalc: ['y'], ua: [] },
  ь: { bgn: ["'"], gost: ['`'], alalc: ['ʹ'], ua: [''] },
  э: { bgn: ['e'], gost: ['e`'], alalc: ['ė'], ua: [] },
  ю: { bgn: ['yu'], gost: ['yu'], alalc: ['iu'], ua: ['iu', 'yu'] },
  я: { bgn: ['ya'], gost: ['ya'], alalc: ['ia'], ua: ['ia', 'ya'] },
};

/**
 * Given names whose Belarusian, Russian and Ukrainian spellings differ beyond what the key
 * can bridge (Ihar / Igor, Siarhei / Sergei). Each group is one name. They count as one
 * person only before the same surname: "Vladimir Putin" and "Volodymyr Zelensky" are two.
 */
export const givenNameGroups: ReadonlyArray<ReadonlyArray<string>> = [
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
