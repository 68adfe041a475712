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
import type { Change, CleanContext, CleanRule } from '../types.js';
import { mixedScriptRule, mixedWords } from '../shared/mixed-script.js';

/** Cleaning rule: replace Cyrillic look-alikes inside Latin words with their Latin twins. */
export const mixedScript: CleanRule = {
  ...mixedScriptRule,
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
        changes.push({ rule: mixedScriptRule.id, start: w.start + i, end: w.start + j, replacement: w.fixed.slice(i, j) });
        i = j;
      }
    }
    return changes;
  },
};
