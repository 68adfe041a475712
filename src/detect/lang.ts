/**
 * Document language: franc-min's trigram guess, mapped from ISO 639-3 to ISO 639-1.
 *
 * Notes:
 * - Only letters matter; a text with fewer than MIN_LETTERS letters is "und" (franc guesses
 *   wildly on a headline or a byline).
 * - franc reads at most 2048 characters; we hand it a sample from the start, which keeps
 *   the cost constant on a huge document.
 */
import { franc } from 'franc-min';
import { ISO639_3_TO_1 } from './lists/iso639.js';

const MIN_LETTERS = 40;
const SAMPLE = 2048;

/** ISO 639-1 code of the text's language, or "und" when too short or unknown. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE * 2 ? text.slice(0, SAMPLE * 2) : text;
  let letters = 0;
  for (const ch of sample) {
    if (/\p{L}/u.test(ch)) letters++;
    if (letters >= MIN_LETTERS) break;
  }
  if (letters < MIN_LETTERS) return 'und';
  const code = franc(sample, { minLength: 10 });
  return ISO639_3_TO_1[code] ?? 'und';
}
