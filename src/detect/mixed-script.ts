/**
 * mixed-script (detector half): words mixing Latin and Cyrillic letters that the
 * cleaning stage could not fix with certainty ("Бelarus", "Белаpусь", "Сосa").
 *
 * Notes:
 * - The certain cases ("Веlarus") are edits of src/clean/mixed-script.ts; if cleaning was
 *   skipped they are still reported here, with the fixed word as the suggestion.
 * - Pure Cyrillic words are the business of `untranslated`, not this rule.
 * - Runs on any language: a Cyrillic word with a Latin intruder is damage in Russian too.
 */
import type { Reporter, TextDetector, TextUnit } from './types.js';
import { mixedScriptRule, mixedWords } from '../shared/mixed-script.js';

const cyrillic = /[\u0400-\u052F]/;

/** Report words mixing Latin and Cyrillic letters. */
function check({ text }: TextUnit, report: Reporter): void {
  for (const w of mixedWords(text)) {
    report({
      start: w.start, end: w.end,
      message: w.certain
        ? `Word “${w.word}” mixes Cyrillic look-alike letters into Latin`
        : `Word “${w.word}” mixes Latin and Cyrillic letters`,
      ...(w.certain ? { suggestion: w.fixed } : {}),
    });
  }
}

/** The rule's info is declared once, with the words both halves find (shared/mixed-script.ts). */
const detector: TextDetector = {
  info: mixedScriptRule,
  needs: 'text',
  check,
  gate: (text) => cyrillic.test(text),
};
export default detector;
