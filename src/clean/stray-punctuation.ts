import type { Change } from '../types.js';
import type { CleanRule } from '../rule-types.js';
import { ruleUrl } from './util.js';

/** Opening quote -> the closing quote of the same style. */
const closing: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '”': '”' };

/**
 * Each pattern starts on a character that cannot repeat inside the match (a word character or a
 * sentence end), so no input makes it backtrack over a long run: matching stays linear.
 */
const patterns: ReadonlyArray<{ re: RegExp; fix: (m: RegExpExecArray) => string; when?: (m: RegExpExecArray, text: string) => boolean }> = [
  // "for four months. ." and "declared. ." -> "." (a dot left after a sentence end; not "...")
  { re: /(?<!\.[ \t]{0,8})([.!?])[ \t]{1,8}\.(?![ \t]{0,8}\.)/gu, fix: (m) => m[1]! },
  // "profession. “." at a line end: the translator put an opening quote where the closing one was.
  { re: /([.!?])[ \t]{0,3}([“«„"])[ \t]{0,3}[.!?]?(?=[ \t]*$)/gmu, fix: (m) => m[1]! + closing[m[2]!]! },
  // "word .." that is not an ellipsis -> "word."
  { re: /(?<=[\p{L}\p{N})\]"”’»])\.\.(?![.\p{L}\p{N}/\\])/gu, fix: () => '.' },
  // "country ”, say" -> "country”, say": a blank before a closing quote, unless the quotation
  // opened with a blank too ("“ Wild Rose ”" is spaced on purpose).
  { re: /(?<=[\p{L}\p{N}.!?])[ \t]{1,8}(?=[”»](?:[,.;:!?)]|[ \t]|$))/gmu, fix: () => '', when: (m, text) => !openedWithBlank(text, m.index) },
  // "the police , who" -> "the police, who"
  { re: /(?<=[\p{L}\p{N})”»])[ \t]{1,8}(?=[,;](?:[ \t\n]|$))/gu, fix: () => '' },
  // "the end ." at a sentence end -> "the end."
  { re: /(?<=[\p{Ll})”»])[ \t]{1,8}(?=\.(?:[ \t]*\n|[ \t]*$))/gu, fix: () => '' },
  // "the talks ended . The minister" -> "ended. The": a blank before a dot between two sentences
  // (not ".NET" or "version 2 .0": a lowercase letter before, a blank and a capital after).
  { re: /(?<=\p{Ll})[ \t]{1,8}(?=\.[ \t]{1,8}["“«]?\p{Lu})/gu, fix: () => '' },
  // ",," and ",." -> ","  /  "." (not "Java, .NET": no letter may follow)
  { re: /(?<=[\p{L}\p{N}])(,)[ \t]{0,3}([,.])(?![.,\p{L}\p{N}])/gu, fix: (m) => (m[2] === '.' ? '.' : ',') },
];

/**
 * `stray-punctuation`: repairs punctuation a machine translator or a scraper left behind:
 * ". ." after a sentence, ". “." for a closing quote, a blank before a comma or a closing
 * quote, ".." that is not an ellipsis, ",,".
 *
 * Notes:
 * - An ellipsis ("...", ". . .") is never touched: the dot patterns require the run to end.
 * - ". “." is only repaired at the end of a line, where no quotation can begin.
 * - A blank before a dot is only removed at a line end after a lowercase letter, so ".NET",
 *   "version 2 .0" and initials keep their spacing.
 */
/** Whether the quotation that closes at `at` opened with a blank after its quote ("“ Wild Rose ”"); looks back 400 characters. */
function openedWithBlank(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 400) && text[i] !== '\n'; i--) {
    if (text[i] === '“' || text[i] === '«') return text[i + 1] === ' ' || text[i + 1] === '\t';
    if (text[i] === '”' || text[i] === '»') return false;
  }
  return false;
}

export const strayPunctuation: CleanRule = {
  id: 'stray-punctuation',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Punctuation left by translation: ". .", ". “.", a blank before a comma, ".." that is not an ellipsis',
  url: ruleUrl('stray-punctuation'),
  propose(text: string): Change[] {
    const changes: Change[] = [];
    for (const { re, fix, when } of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const replacement = fix(m);
        if (replacement !== m[0] && (!when || when(m, text))) changes.push({ rule: 'stray-punctuation', start: m.index, end: m.index + m[0].length, replacement });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return changes;
  },
};
