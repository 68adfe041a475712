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
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Detector } from './types.js';
import { report, ruleInfo } from './util.js';
import { mixedWords } from '../shared/mixed-script.js';

const ID = 'mixed-script';
const CYRILLIC = /[\u0400-\u052F]/;

function scan(file: VFile): void {
  for (const w of mixedWords(String(file.value))) {
    report(file, {
      ruleId: ID, start: w.start, end: w.end,
      reason: w.certain
        ? `Word “${w.word}” mixes Cyrillic look-alike letters into Latin`
        : `Word “${w.word}” mixes Latin and Cyrillic letters`,
      ...(w.certain ? { expected: [w.fixed] } : {}),
    });
  }
}

/** retext plugin: report words mixing Latin and Cyrillic letters. */
function mixedScript() {
  return (_tree: Root, file: VFile): void => { scan(file); };
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'both', 'warning', true, 'Cyrillic look-alike letters inside Latin words ("Веlarus")'),
  englishOnly: false,
  plugin: mixedScript,
  textOnly: true,
  gate: (text) => CYRILLIC.test(text),
  raw: scan,
};
export default detector;
