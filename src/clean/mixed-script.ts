/**
 * mixed-script (cleaning half): Cyrillic look-alike letters inside Latin words
 * ("Веlarus" with Cyrillic В and е). The certain cases are edited to Latin here; the
 * uncertain ones are left to the detector of the same id (src/detect/mixed-script.ts).
 *
 * Notes:
 * - Certain = the word has Latin letters, every Cyrillic letter in it has a Latin twin
 *   (lists/homoglyphs.ts), and Latin letters are at least as many as Cyrillic ones.
 *   "Веlarus" -> "Belarus".
 * - A Cyrillic word with a Latin intruder ("Белаpусь"), or a word with a Cyrillic letter
 *   that has no twin ("Бelarus"), is not certain: no edit.
 * - Words are scanned with one linear regex; pure-Latin and pure-Cyrillic words are never
 *   touched.
 */
import type { Change } from '../types.js';
import type { CleanContext, CleanRule } from '../rule-types.js';
import { CYRILLIC_TO_LATIN } from './lists/homoglyphs.js';

const ID = 'mixed-script';
/** A word made of letters and combining marks, with optional inner apostrophes/hyphens. */
export const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_LATIN = /\p{Script=Latin}/u;

/** Classification of a word that mixes Latin and Cyrillic letters. */
export interface MixedWord { start: number; end: number; word: string; certain: boolean; fixed: string }

/** Every word of `text` that mixes Latin and Cyrillic letters (linear in the text). */
export function mixedWords(text: string): MixedWord[] {
  if (!HAS_CYRILLIC.test(text) || !HAS_LATIN.test(text)) return [];
  const out: MixedWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    // Most words are of one script: two tests per word, not two per letter.
    if (!CYRILLIC.test(word) || !LATIN.test(word)) continue;
    let latin = 0;
    let cyr = 0;
    let twins = true;
    let fixed = '';
    for (const ch of word) {
      if (LATIN.test(ch)) { latin++; fixed += ch; } else if (CYRILLIC.test(ch)) {
        cyr++;
        const twin = CYRILLIC_TO_LATIN[ch];
        if (twin === undefined) twins = false;
        fixed += twin ?? ch;
      } else fixed += ch;
    }
    if (latin === 0 || cyr === 0) continue;
    out.push({ start: m.index, end: m.index + word.length, word, certain: twins && latin >= cyr, fixed });
  }
  return out;
}

/** Cleaning rule: replace Cyrillic look-alikes inside Latin words with their Latin twins. */
export const mixedScript: CleanRule = {
  id: ID,
  stage: 'both',
  severity: 'warning',
  fixable: true,
  summary: 'Cyrillic look-alike letters inside Latin words ("Веlarus")',
  url: `https://github.com/unscrape/unscrape/blob/main/docs/rules.md#${ID}`,
  propose(text: string, _ctx: CleanContext): Change[] {
    const changes: Change[] = [];
    for (const w of mixedWords(text)) {
      if (!w.certain) continue;
      // One change per run of replaced letters keeps edits minimal ("Ве" in "Веlarus").
      let i = 0;
      while (i < w.word.length) {
        if (w.word[i] === w.fixed[i]) { i++; continue; }
        let j = i;
        while (j < w.word.length && w.word[j] !== w.fixed[j]) j++;
        changes.push({ rule: ID, start: w.start + i, end: w.start + j, replacement: w.fixed.slice(i, j) });
        i = j;
      }
    }
    return changes;
  },
};
