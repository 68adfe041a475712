/**
 * Doublings that are grammatical or idiomatic English ("had had", "is is" in speech,
 * "very very", "bye bye", "so so", "knock knock") and are never reported as a pair. A run of
 * three or more ("the the the", "very very very") is reported whatever the word.
 */
export const grammaticalDoubles = new Set([
  // Verbs and pronouns doubled by grammar: "had had", "what it is is", "gave her her book",
  // particles of phrasal verbs ("the lights went on on Monday").
  'had', 'that', 'is', 'do', 'does', 'did', 'her', 'on', 'up', 'out', 'down', 'in',
  // Emphatic and idiomatic pairs: "very very", "many many years", "far far away", "so so".
  'so', 'very', 'really', 'many', 'far', 'long', 'bye', 'hear', 'knock', 'night',
  // Sounds and baby talk.
  'ha', 'haha', 'blah', 'bla', 'tut', 'chop', 'boo', 'hush', 'ding', 'dong', 'tick', 'tock',
  'quack', 'woof', 'bang', 'pom', 'choo', 'cha', 'la', 'na', 'oh', 'ah', 'hey', 'hip', 'whoa',
  'wow', 'beep', 'buzz', 'clap', 'boom', 'tap', 'mm', 'hmm', 'uh', 'um', 'er', 'ooh',
]);

/**
 * Interjections doubled in speech ("No no, that is wrong", "Well well", "There there"): quiet
 * only where they open a clause or end one, not before a word they would modify ("showed no no
 * signs").
 */
export const interjectionDoubles = new Set([
  'no', 'yes', 'yeah', 'now', 'there', 'well', 'wait', 'please', 'go', 'come', 'run', 'okay',
  'ok', 'sorry', 'stop', 'help', 'what', 'why', 'again', 'more', 'round',
]);

/**
 * Names and terms that are one word written twice, with the source that attests each
 * (English Wikipedia article titles, consulted for this list; "Reduplication" lists the
 * terms). Compared case-insensitively, with blanks between the halves ("Bora Bora"; a hyphenated
 * "Baden-Baden" is one word and never a repeat). Repeats of several words ("New York, New York")
 * are not single-word repeats and need no entry.
 */
export const reduplicatedNames: ReadonlyArray<{ word: string; source: string }> = [
  { word: 'walla', source: 'Wikipedia: Walla Walla, Washington' },
  { word: 'baden', source: 'Wikipedia: Baden-Baden' },
  { word: 'bora', source: 'Wikipedia: Bora Bora' },
  { word: 'sirhan', source: 'Wikipedia: Sirhan Sirhan' },
  { word: 'ylang', source: 'Wikipedia: Cananga odorata (ylang-ylang)' },
  { word: 'pago', source: 'Wikipedia: Pago Pago' },
  { word: 'wagga', source: 'Wikipedia: Wagga Wagga' },
  { word: 'sing', source: 'Wikipedia: Sing Sing' },
  { word: 'boutros', source: 'Wikipedia: Boutros Boutros-Ghali' },
  { word: 'humbert', source: 'Wikipedia: Humbert Humbert' },
  { word: 'duran', source: 'Wikipedia: Duran Duran' },
  { word: 'talk', source: 'Wikipedia: Talk Talk' },
  { word: 'mahi', source: 'Wikipedia: Mahi-mahi' },
  { word: 'mau', source: 'Wikipedia: Mau Mau rebellion' },
  { word: 'dum', source: 'Wikipedia: Dum Dum (Kolkata)' },
  { word: 'lang', source: 'Wikipedia: Lang Lang' },
  { word: 'bam', source: 'Wikipedia: Bam Bam Bigelow' },
  { word: 'cous', source: 'Wikipedia: Couscous' },
  { word: 'tsetse', source: 'Wikipedia: Tsetse fly' },
  { word: 'aye', source: 'Wikipedia: Aye-aye' },
  { word: 'yo', source: 'Wikipedia: Yo-yo' },
  { word: 'tom', source: 'Wikipedia: TomTom (Tom Tom)' },
  { word: 'chin', source: 'Wikipedia: Chin-chin (toast)' },
];

/** The words of reduplicatedNames. */
export const reduplicated = new Set(reduplicatedNames.map((n) => n.word));
