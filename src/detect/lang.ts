/**
 * Document language: franc-min's trigram guess (see franc.ts), mapped from ISO 639-3 to ISO 639-1.
 *
 * Notes:
 * - Only letters matter; a text with fewer than minLetters letters is "und" (franc guesses
 *   wildly on a headline or a byline).
 * - franc is slow for what it does (docs/performance.md): running
 *   prose where the twenty commonest English words make up 18% or more of the words (and
 *   "the" occurs) is English without asking franc; otherwise franc reads a 600-character
 *   sample. Constant cost per document.
 */
import { guessLanguage } from './franc.js';
import { twoLetterCode } from './lists/iso639.js';

const minLetters = 40;
/** franc's cost grows with the sample: a few hundred characters are enough to tell. */
const sampleLength = 600;
/** English words so frequent that their share identifies English text on its own. */
const englishMarkers = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'it', 'as', 'are', 'by', 'be', 'this', 'have', 'from', 'at']);

/** Below this many characters franc's guess is checked against English function words. */
const shortText = 400;
/** Function words that no other Latin-script language franc-min knows uses as words. */
const onlyEnglish = new Set(['the', 'and', 'of', 'was', 'were', 'with', 'that', 'for', 'from', 'has', 'have', 'this', 'said', 'after', 'his', 'their', 'they', 'which', 'would', 'will', 'been', 'its', 'who', 'are', 'because', 'about', 'into', 'than', 'these', 'those', 'you', 'your', 'when', 'what', 'where', 'there', 'could', 'should']);

/** A short text with at least one English-only function word per ten words. */
function shortEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g);
  if (words === null) return false;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const ascii = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (ascii < letters * 0.9) return false;
  const hits = words.filter((w) => onlyEnglish.has(w)).length;
  return hits >= 1 && hits * 10 >= words.length;
}

/** A word of at most four letters a-z as a number (five bits a letter); 0 for a longer word. */
function wordCode(word: string): number {
  if (word.length > 4) return 0;
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + (word.charCodeAt(i) - 96);
  return code;
}
/** `englishMarkers` as codes (none is longer than four letters), and "the". */
const markerCodes = new Set([...englishMarkers].map((w) => {
  if (!/^[a-z]{1,4}$/.test(w)) throw new Error(`lang: the marker "${w}" is not read by looksEnglish`);
  return wordCode(w);
}));
const theCode = wordCode('the');

/**
 * Cheap shortcut: share of the most frequent English words among the first words (the runs of
 * a-z in the lower-cased sample). One scan of the characters, with no string made per word: a
 * word is read as a number while it is short enough to be a marker.
 */
function looksEnglish(sample: string): boolean {
  let words = 0;
  let hits = 0;
  let the = false;
  let length = 0;
  let code = 0;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 0;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower >= 97 && lower <= 122) {
      if (++length <= 4) code = code * 32 + (lower - 96);
      continue;
    }
    // The two characters whose lower case holds a letter a-z ("İ" is "i̇", the Kelvin sign "k").
    if (c === 0x130 || c === 0x212a) return looksEnglishByWords(sample);
    if (length === 0) continue;
    words++;
    if (length <= 4 && markerCodes.has(code)) {
      hits++;
      if (code === theCode) the = true;
    }
    length = 0;
    code = 0;
  }
  return words >= 20 && the && hits / words >= 0.18;
}

/** `looksEnglish` on the lower-cased sample's words themselves. */
function looksEnglishByWords(sample: string): boolean {
  // No `?? []`: an array literal has another hidden class than match()'s result, and the
  // optimised function would be thrown away when the first such text came.
  const words = sample.toLowerCase().match(/[a-z]+/g);
  if (words === null || words.length < 20) return false;
  let hits = 0;
  let the = false;
  for (const w of words) if (englishMarkers.has(w)) { hits++; if (w === 'the') the = true; }
  return the && hits / words.length >= 0.18;
}

/** ISO 639-1 code of the text's language, or "und" when too short or unknown. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let letters = 0;
  for (const ch of sample) {
    if (/\p{L}/u.test(ch)) letters++;
    if (letters >= minLetters) break;
  }
  if (letters < minLetters) return 'und';
  if (looksEnglish(sample.slice(0, 1500))) return 'en';
  // franc is unreliable on a sentence or two ("Zelensky met Biden in Kyiv …" -> Dutch): a
  // short text with English-only function words stays English, whatever franc would say.
  if (sample.length < shortText && shortEnglish(sample)) return 'en';
  const code = guessLanguage(sample.slice(0, sampleLength), 10);
  const lang = twoLetterCode[code] ?? 'und';
  return sharedCyrillic.has(lang) ? cyrillicByLetters(sample.slice(0, sampleLength), lang) : lang;
}

/**
 * Cyrillic languages whose texts can be written in the letters Russian uses too, so that franc's
 * trigrams confuse them with Russian on a sentence or two ("Суд приговорил активиста к трем
 * годам …" is Bulgarian to franc).
 */
const sharedCyrillic = new Set(['bg', 'sr', 'bs', 'mk']);
/** Below this many letters franc's Bulgarian, Serbian or Bosnian needs their own letters to stand. */
const cyrillicSure = 300;

/**
 * Check franc's Bulgarian, Serbian or Bosnian against the letters that tell the languages apart:
 * ы э ё are Russian (not Bulgarian, Serbian or Ukrainian); є ї ґ і Ukrainian; ј љ њ ђ ћ џ Serbian
 * and Bosnian; ъ before a consonant (a vowel: "първи", "събраха") Bulgarian, where Russian writes
 * ъ only before е ё ю я ("объявил"). A short text without the letters of the language franc
 * names is "und": it may well be Russian or Ukrainian written without their own letters.
 */
function cyrillicByLetters(sample: string, lang: string): string {
  const lower = sample.toLowerCase();
  if (/[ыэё]/u.test(lower)) return 'ru';
  if (/[єїґі]/u.test(lower)) return 'uk';
  const own = lang === 'bg' ? /ъ[бвгджзйклмнпрстфхцчшщ]/u.test(lower) || /(^|[^\p{L}])ѝ([^\p{L}]|$)/u.test(lower) : /[јљњђћџ]/u.test(lower);
  if (own) return lang;
  const letters = lower.match(/\p{L}/gu)?.length ?? 0;
  return letters >= cyrillicSure ? lang : 'und';
}
