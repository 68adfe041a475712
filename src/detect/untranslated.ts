/**
 * untranslated: words left in Cyrillic (or another non-Latin script) inside English text,
 * as MT leaves names, slogans and terms it did not know ("the so-called силовики").
 *
 * Notes:
 * - A run of such words is one finding.
 * - Words that mix Latin and Cyrillic letters belong to `mixed-script`.
 * - A foreign term in quotes or brackets ("«Батька» (father)", "the word 'силовики'") is
 *   usually explained in English: `info` only.
 * - Scripts other than Cyrillic (Chinese names in characters, an Arabic slogan) appear in
 *   native reporting too: reported as `info`.
 * - Single Greek letters ("α-synuclein", "π") and symbols are not words: ignored.
 */
import type { Reporter, TextDetector, TextUnit } from './types.js';

const ruleId = 'untranslated';
const foreign = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
/** A run of non-Latin letters and the spaces/hyphens/apostrophes between them. */
const run = /[\p{L}\p{M}]+(?:[\s'’-]+[\p{L}\p{M}]+)*/gu;
/** Fast gate: any character beyond Latin, general punctuation and symbols. */
const quick = /[\u0370-\u1DFF\u2C00-\u2DFF\u2E80-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF]/;
const letter = /[\p{L}\p{M}]/u;
const openers = /[«“„"'‘(\[]\s*$/u;

/** Report words in a non-Latin script. */
function check({ text }: TextUnit, report: Reporter): void {
  if (!quick.test(text) || !foreign.test(text)) return;
  run.lastIndex = 0;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    // Split the run into words and keep the stretch of purely foreign words.
    const words = [...m[0].matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)];
    let i = 0;
    while (i < words.length) {
      if (!isForeign(words[i]![0])) { i++; continue; }
      let j = i;
      while (j + 1 < words.length && isForeign(words[j + 1]![0])) j++;
      const start = m.index + words[i]!.index!;
      const end = m.index + words[j]!.index! + words[j]![0].length;
      emit(report, text, start, end);
      i = j + 1;
    }
  }
}

function isForeign(word: string): boolean {
  if (/\p{Script=Latin}/u.test(word)) return false; // mixed: mixed-script's business
  if (/^\p{Script=Greek}$/u.test(word)) return false; // "α", "π"
  return foreign.test(word) && [...word].filter((c) => letter.test(c)).length >= 2;
}

function emit(report: Reporter, text: string, start: number, end: number): void {
  const found = text.slice(start, end);
  const cyrillic = /\p{Script=Cyrillic}/u.test(found);
  const quoted = openers.test(text.slice(Math.max(0, start - 3), start));
  report({
    start, end, info: quoted || !cyrillic,
    message: quoted
      ? `Foreign term “${found}” in English text; check it is explained`
      : `Untranslated ${cyrillic ? 'Cyrillic' : 'non-Latin'} text “${found}” in English text`,
  });
}

const detector: TextDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'words left in Cyrillic or another script in English text', languages: ['en'] },
  needs: 'text',
  check,
  gate: (text) => quick.test(text),
};
export default detector;
