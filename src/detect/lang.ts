/**
 * Document language: franc-min's trigram guess, mapped from ISO 639-3 to ISO 639-1.
 *
 * Notes:
 * - Only letters matter; a text with fewer than MIN_LETTERS letters is "und" (franc guesses
 *   wildly on a headline or a byline).
 * - franc is slow (about 2 µs per character): running prose where the twenty commonest
 *   English words make up 18% or more of the words (and "the" occurs) is English without
 *   asking franc; otherwise franc reads a 600-character sample. Constant cost per document.
 */
import { franc } from 'franc-min';
import { ISO639_3_TO_1 } from './lists/iso639.js';

const MIN_LETTERS = 40;
/** franc costs ~2 µs per character: a few hundred characters are enough to tell. */
const SAMPLE = 600;
/** English words so frequent that their share identifies English text on its own. */
const ENGLISH_MARKERS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'it', 'as', 'are', 'by', 'be', 'this', 'have', 'from', 'at']);

/** Cheap shortcut: share of the most frequent English words among the first words. */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 20) return false;
  let hits = 0;
  let the = false;
  for (const w of words) if (ENGLISH_MARKERS.has(w)) { hits++; if (w === 'the') the = true; }
  return the && hits / words.length >= 0.18;
}

/** ISO 639-1 code of the text's language, or "und" when too short or unknown. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let letters = 0;
  for (const ch of sample) {
    if (/\p{L}/u.test(ch)) letters++;
    if (letters >= MIN_LETTERS) break;
  }
  if (letters < MIN_LETTERS) return 'und';
  if (looksEnglish(sample.slice(0, 1500))) return 'en';
  const code = franc(sample.slice(0, SAMPLE), { minLength: 10 });
  return ISO639_3_TO_1[code] ?? 'und';
}
