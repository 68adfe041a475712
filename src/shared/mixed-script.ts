/**
 * Words that mix Latin and Cyrillic letters ("Веlarus" with Cyrillic В and е): found here for
 * both halves of the mixed-script rule, the cleaning edit (src/clean/mixed-script.ts) and the
 * detector of the uncertain cases (src/detect/mixed-script.ts).
 */
import type { RuleInfo } from '../types.js';
import { cyrillicToLatin } from './homoglyphs.js';

/** The rule's one declaration: the cleaning half edits the certain words, the detector reports the rest. */
export const mixedScriptRule: RuleInfo = {
  id: 'mixed-script',
  stage: 'both',
  severity: 'warning',
  fixable: true,
  summary: 'Cyrillic look-alike letters inside Latin words ("Веlarus")',
  label: 'Look-alike letters from another script',
};
/** A word made of letters and combining marks, with optional inner apostrophes/hyphens. */
export const wordPattern = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const latinLetter = /\p{Script=Latin}/u;
const cyrillic = /\p{Script=Cyrillic}/u;
const hasCyrillic = /\p{Script=Cyrillic}/u;
const hasLatin = /\p{Script=Latin}/u;

/** Classification of a word that mixes Latin and Cyrillic letters. */
export interface MixedWord { start: number; end: number; word: string; certain: boolean; fixed: string }

/** Every word of `text` that mixes Latin and Cyrillic letters (linear in the text). */
export function mixedWords(text: string): MixedWord[] {
  if (!hasCyrillic.test(text) || !hasLatin.test(text)) return [];
  const out: MixedWord[] = [];
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
    const word = m[0];
    // Most words are of one script: two tests per word, not two per letter.
    if (!cyrillic.test(word) || !latinLetter.test(word)) continue;
    let latin = 0;
    let cyr = 0;
    let twins = true;
    let fixed = '';
    for (const ch of word) {
      if (latinLetter.test(ch)) { latin++; fixed += ch; } else if (cyrillic.test(ch)) {
        cyr++;
        const twin = cyrillicToLatin[ch];
        if (twin === undefined) twins = false;
        fixed += twin ?? ch;
      } else fixed += ch;
    }
    if (latin === 0 || cyr === 0) continue;
    out.push({ start: m.index, end: m.index + word.length, word, certain: twins && latin >= cyr, fixed });
  }
  return out;
}
