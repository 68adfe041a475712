import type { Change } from '../types.js';
import type { CleanRule } from '../rule-types.js';
import { agencies, creditJoin, creditWords } from './lists/captions.js';
import { eachLine, escapeRegExp, ruleUrl } from './util.js';

const agency = `(?:${agencies.map(escapeRegExp).join('|')})`;
/** "(Photo: Tut.by)", "(AP Photo/Jane Doe)" anywhere in a line, with the blank before it. */
const parenCredit = new RegExp(
  String.raw`[ \t]{0,3}\((?:${creditWords}${creditJoin}[^()\n]{1,80}|[^()\n]{0,40}\bphoto\/[^()\n]{1,60})\)`,
  'giu',
);
/** A line that is only a credit: "Photo: AP", "Getty Images", "Image source, Reuters". */
const creditLine = new RegExp(
  String.raw`^(?:${creditWords}${creditJoin}.{1,100}|image (?:source|caption)\s{0,3}[,:].{1,200}|${agency}(?:\s{0,3}\/\s{0,3}[\p{L} .]{1,40})?)$`,
  'iu',
);
/** "…, Minsk. Photo: AP" at the end of a line: capitalized, with a colon ("a photo by the river" is prose). */
const trailingCredit = /[ \t]{1,3}(?:Photos?|PHOTOS?|Image|IMAGE|Video|VIDEO|Credit|Illustration|Фото|ФОТО|Видео)\s{0,2}:\s{0,3}[^.!?\n]{1,60}$/u;

/** Captions are short; anything longer is a paragraph that happens to carry a credit. */
const maxCaptionWords = 30;

/**
 * `caption`: removes photo and video captions with their credits. A line that is a short
 * caption ending in a credit ("Security forces disperse protests (Photo: Tut.by)") goes whole;
 * a credit inside a longer paragraph goes alone; a line that is only a credit goes whole.
 *
 * Notes:
 * - A credit needs its marker and a colon, "by", a dash or a slash: "The photo of the
 *   detention was shared" is a sentence about a photo, not a credit.
 * - A line is only taken whole when the text before the credit has no sentence-final
 *   punctuation and at most 30 words: a paragraph of the article that ends in "(Photo: AP)"
 *   keeps its sentences and loses only the credit.
 */
export const caption: CleanRule = {
  id: 'caption',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Photo and video captions and credits: "(Photo: Tut.by)", "Photo: AP"',
  url: ruleUrl('caption'),
  propose(text: string): Change[] {
    const changes: Change[] = [];
    for (const line of eachLine(text)) {
      if (line.trimEnd === line.trimStart) continue;
      // "Photo by …" starts a credit line; "photos by the dozen …" does not.
      if (line.text.length <= 220 && /^\P{Ll}/u.test(line.text) && creditLine.test(line.text)) {
        changes.push({ rule: 'caption', start: line.trimStart, end: line.trimEnd, replacement: '' });
        continue;
      }
      const credits = [...line.text.matchAll(parenCredit)];
      const trailing = credits.length === 0 ? trailingCredit.exec(line.text) : null;
      const first = credits[0] ?? trailing;
      if (!first) continue;
      const last = credits[credits.length - 1] ?? trailing!;
      const before = line.text.slice(0, first.index).trim();
      const after = line.text.slice(last.index + last[0].length).trim();
      if (after === '' && isCaptionText(before)) {
        changes.push({ rule: 'caption', start: line.trimStart, end: line.trimEnd, replacement: '' });
        continue;
      }
      for (const m of credits.length > 0 ? credits : [trailing!]) {
        changes.push({ rule: 'caption', start: line.trimStart + m.index, end: line.trimStart + m.index + m[0].length, replacement: '' });
      }
    }
    return changes;
  },
};

/** Caption-like: a short fragment without sentence-final punctuation. */
function isCaptionText(s: string): boolean {
  if (s === '' || /[.!?…:;]["”’»)]?$/u.test(s) || /[.!?]\s/u.test(s)) return false;
  return s.split(/\s+/u).length <= maxCaptionWords;
}
