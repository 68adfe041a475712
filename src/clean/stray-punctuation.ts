import type { Change, CleanContext, CleanPass, CleanRule } from '../types.js';
import { applyChanges, resolve, type OffsetMap } from './apply.js';

/** Opening quote -> the closing quote of the same style. */
const closing: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '”': '”', '»': '»' };

/**
 * A blank before a dot: in every match of the patterns that remove one or repair ". .". Hints
 * begin on their punctuation, rarer than blanks, so that the scan for them skips faster.
 */
const blankDot = /\.(?<=[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]\.)/u;

/**
 * `hint`: a cheap pattern that every match contains; the full pattern runs only when the hint is
 * found.
 *
 * A look-behind comes after a pattern's first character ("(?<=\p{Ll})\s" is written
 * "\s(?<=\p{Ll}\s)", which matches the same): a pattern that begins with a look-behind is tried
 * at every position of the text, many times slower.
 *
 * Blanks are every inline space the whitespace rule turns into " " (no-break, thin, ideographic…),
 * so that "country\u00a0”" is repaired in the same pass as "country ”".
 *
 * Each pattern is anchored on a character that cannot repeat inside the match (a word character
 * or a sentence end, before the match or checked by the look-behind right after its first
 * character), so no input makes it backtrack over a long run: matching stays linear.
 */
const patterns: ReadonlyArray<{ re: RegExp; fix: (m: RegExpExecArray) => string; when?: (m: RegExpExecArray, text: string) => boolean; hint?: RegExp }> = [
  // "for four months. ." and "declared. ." -> "." (a dot left after a sentence end; not "...")
  { re: /(?<!\.[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,8})([.!?])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{1,8}\.(?![ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,8}\.)/gu, fix: (m) => m[1]!, hint: blankDot },
  // "profession. “." at a line end: the translator put an opening quote where the closing one was;
  // "profession. ”." is the same with the right quote and a dot too many.
  { re: /([.!?])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,3}([“«„"”»])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,3}[.!?]?(?=[ \t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,8}(?:[\n\v\f\u0085\u2028\u2029]|$))/gu, fix: (m) => m[1]! + closing[m[2]!]!, when: (m, text) => !'”»'.includes(m[2]!) || !openedWithBlank(text, m.index) },
  // "word .." that is not an ellipsis -> "word."
  { re: /\.\.(?<=[\p{L}\p{N})\]"”’»]\.\.)(?![.\p{L}\p{N}/\\])/gu, fix: () => '.', hint: /\.\./ },
  // "country ”, say" -> "country”, say": a blank before a closing quote, unless the quotation
  // opened with a blank too ("“ Wild Rose ”" is spaced on purpose).
  { re: /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?<=[\p{L}\p{N}.!?][ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,7}(?=[”»](?:[,.;:!?)\s]|$))/gu, fix: () => '', when: (m, text) => !openedWithBlank(text, m.index), hint: /[”»](?<=[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][”»])/u },
  // "the police , who" -> "the police, who"
  { re: /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?<=[\p{L}\p{N})”»][ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,7}(?=[,;](?:[\s]|$))/gu, fix: () => '', hint: /[,;](?<=[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][,;])/u },
  // "the end ." at a sentence end -> "the end."
  { re: /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?<=[\p{Ll})”»][ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,7}(?=\.(?:[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{1,8}\.)?[ \t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,8}(?:[\n\v\f\u0085\u2028\u2029]|$))/gu, fix: () => '', hint: blankDot },
  // "the talks ended . The minister" -> "ended. The": a blank before a dot between two sentences
  // (not ".NET" or "version 2 .0": a lowercase letter before, a blank and a capital after).
  { re: /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?<=\p{Ll}[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,7}(?=\.(?:[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{1,8}\.)?[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{1,8}["“«]?\p{Lu})/gu, fix: () => '', hint: blankDot },
  // ",," and ",." -> ","  /  "." (not "Java, .NET": no letter may follow)
  { re: /(,)(?<=[\p{L}\p{N}],)[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,3}([,.])(?![.,\p{L}\p{N}])/gu, fix: (m) => (m[2] === '.' ? '.' : ','), hint: /,[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{0,3}[,.]/u },
];

/** The rules whose changes this rule's view applies, in their rank order (as `contentRules` ranks them). */
const sees = ['mojibake', 'invisible-char', 'ad-marker', 'caption', 'boilerplate'];
const seenRank: ReadonlyMap<string, number> = new Map(sees.map((id, i) => [id, i]));

/** Every hint at once: a text without any (most) skips the hinted patterns after one scan. */
const anyHint = new RegExp([...new Set(patterns.flatMap((p) => (p.hint ? [p.hint.source] : [])))].join('|'), 'u');

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
  summary: 'Punctuation left by translation: ". .", ". “.", a blank before a comma, ".." that is not an ellipsis; an excerpt\'s "[…]"',
  label: 'Stray punctuation',
  // Punctuation is judged as the rules ranked before this one leave the text: removing
  // "[ad_1]" from "ended [ad_1] ." or repairing "country â€\u009d, say" makes a stray blank
  // that the second pass would otherwise fix.
  sees,
  propose(text: string, _ctx: CleanContext, pass: CleanPass): Change[] {
    const first = applyChanges(text, resolve(pass.seen(), seenRank));
    const view = first.text;
    const marks = continuationMarks(text, pass);
    const changes: Change[] = [...marks];
    // Each hint is looked for once: patterns may share one.
    const hinted = new Map<RegExp, boolean>();
    const anyHinted = anyHint.test(view);
    for (const { re, fix, when, hint } of patterns) {
      // A hint is what any match must contain, found without look-behinds: most text has none.
      if (hint) {
        if (!hinted.has(hint)) hinted.set(hint, anyHinted && hint.test(view));
        if (!hinted.get(hint)) continue;
      }
      re.lastIndex = 0;
      for (let m = re.exec(view); m; m = re.exec(view)) {
        const replacement = fix(m);
        if (replacement !== m[0] && (!when || when(m, view))) {
          for (const c of toSource(first.map, m.index, m.index + m[0].length, replacement)) if (!within(marks, c)) changes.push(c);
        }
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return changes;
  },
};

/**
 * An excerpt's continuation mark ending a paragraph, as feeds and auto-blogs cut an article:
 * " […]", " [...]", " [ … ]" (WordPress writes "[&hellip;]", decoded to "[…]").
 */
const continuationMark = /\s\[\s?(?:…|\.{3})\s?\]$/u;

/**
 * The continuation mark ending a line, the mark alone, on the lines as the rules this rule sees
 * leave them. A mark inside an open quotation ("“He said he would […]") is an elision: it stays.
 */
function continuationMarks(text: string, pass: CleanPass): Change[] {
  const changes: Change[] = [];
  const viewOf = pass.views();
  for (const line of pass.lines) {
    // Most lines do not end with "]".
    if (line.trimEnd === line.trimStart || text.charCodeAt(line.trimEnd - 1) !== 0x5d) continue;
    const view = viewOf(line).text;
    const mark = continuationMark.exec(view);
    if (!mark || openQuote(view.slice(0, mark.index))) continue;
    // The mark as it stands in the source, at the line's end: a mark the seen rules changed is theirs.
    const at = text.slice(line.trimStart, line.trimEnd).search(continuationMark);
    if (at >= 0) changes.push({ rule: 'stray-punctuation', start: line.trimStart + at, end: line.trimEnd, replacement: '', reason: 'an excerpt\'s continuation mark' });
  }
  return changes;
}

/** Whether a quotation opened in `s` is still open at its end. */
function openQuote(s: string): boolean {
  let open = 0;
  for (const ch of s) {
    if (ch === '“' || ch === '«' || ch === '„') open++;
    else if ((ch === '”' || ch === '»') && open > 0) open--;
  }
  const straight = s.split('"').length - 1;
  return open > 0 || straight % 2 === 1;
}

/** Whether `c` lies inside one of `spans`. */
function within(spans: readonly Change[], c: Change): boolean {
  return spans.some((s) => c.start >= s.start && c.end <= s.end);
}

/**
 * A change on the view as changes on the source: a removal goes as the runs of source characters
 * it covers; a replacement only when its characters are contiguous in the source. A change that
 * touches a character another rule inserted is left to that rule.
 */
function toSource(map: OffsetMap, start: number, end: number, replacement: string): Change[] {
  const runs: Array<[number, number]> = [];
  for (let i = start; i < end; i++) {
    const o = map.origin(i);
    if (o < 0) return [];
    const last = runs[runs.length - 1];
    if (last && last[1] === o) last[1] = o + 1;
    else runs.push([o, o + 1]);
  }
  if (replacement !== '' && runs.length > 1) return [];
  return runs.map(([a, b]) => ({ rule: 'stray-punctuation', start: a, end: b, replacement }));
}
