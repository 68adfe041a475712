import type { Change, CleanContext, CleanPass, CleanRule } from '../types.js';
import { adLines, adScripts, builderNames, inlineLabels, shortcodeNames, shortcodeWithAttributes } from './lists/ad-markers.js';
import { escapeRegExp } from '../shared/regexp.js';
import { isSpace, matchesAt, perList } from './util.js';

/**
 * Every match begins with one of its pattern's `firsts` ("[", "(adsbygoogle", "googletag",
 * "ADVERTISEMENT"), where alone the pattern is tried (see matchesAt), and is bounded: linear.
 */
const anywhere: ReadonlyArray<{ re: RegExp; firsts: readonly string[] }> = [
  { re: new RegExp(String.raw`\[\/?(?:${[...shortcodeNames, ...builderNames].join('|')})\]`, 'iuy'), firsts: ['['] },
  // "[the_ad id="12"]": the attributes need "=", so "[ad hoc]" and "[ads in Minsk]" stay.
  { re: new RegExp(String.raw`\[(?:${shortcodeWithAttributes.join('|')})[ \t]{1,3}[\w-]{1,30}=[^\[\]\n]{0,200}\]`, 'iuy'), firsts: ['['] },
  { re: new RegExp(adScripts.join('|'), 'uy'), firsts: ['(adsbygoogle', 'googletag'] },
  // "…the minister said. ADVERTISEMENT The decision…": capitals only, between two sentences.
  { re: new RegExp(String.raw`(?<=[.!?]["”’»]?[ \t]{1,3})(?:${inlineLabels.join('|')})(?=[ \t]{1,3}["“«]?\p{Lu}\p{Ll})`, 'uy'), firsts: inlineLabels },
];
const lineLabels = new Set(adLines);
/** The configured markers (`markers` in the configuration) as one pattern. */
const markerPattern = perList((markers) => new RegExp(markers.map(escapeRegExp).join('|'), 'giu'));
/** What may surround a label on its line: "- Advertisement -", "[ Реклама ]", "Advertisement:", "ADVERTISEMENT,.". */
const frameChars = new Set([...'-–—.,;:!?…·•|*[]()'].map((c) => c.charCodeAt(0)));
const isFrame = (c: number) => isSpace(c) || frameChars.has(c);

/**
 * `ad-marker`: removes ad and auto-blog placeholders: known shortcodes (`[ad_1]`,
 * `[source_link]`, `[the_ad id="3"]`, `[vc_row]`) and ad scripts anywhere, lines that are only an
 * ad label ("ADVERTISEMENT", "- Advertisement -", "Partner material"), and "ADVERTISEMENT" in
 * capitals glued between two sentences.
 *
 * Notes:
 * - Only known names are removed: `[sic]`, `[…]`, `[ad hoc]`, `[a]` and other editorial
 *   insertions stay; attributes are only taken when they look like `key=value`.
 * - A label is removed only when it is the whole line: "The advertisement campaign cost…" and
 *   "Advertising revenue fell." are sentences about ads, not ads.
 * - Inside a paragraph only the capitalized "ADVERTISEMENT" between a sentence end and a
 *   capitalized word goes: "the Advertisement Standards Authority" stays.
 */
export const adMarker: CleanRule = {
  id: 'ad-marker',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Ad and auto-blog placeholders: [ad_1], [source_link], ADVERTISEMENT lines',
  label: 'Ad placeholder',
  // "Advert\u200bisement": labels are judged as mojibake and invisible-char leave them (line-view.ts).
  sees: ['mojibake', 'invisible-char'],
  propose(text: string, ctx: CleanContext, pass: CleanPass): Change[] {
    const changes: Change[] = [];
    const add = (start: number, end: number) => changes.push({ rule: 'ad-marker', start, end, replacement: '' });
    for (const { re, firsts } of anywhere) for (const m of matchesAt(re, text, firsts)) add(m.index, m.index + m[0].length);
    if (ctx.markers.length > 0) for (const m of text.matchAll(markerPattern(ctx.markers))) add(m.index, m.index + m[0].length);
    const viewOf = pass.views(changes);
    for (const line of pass.lines) {
      if (line.trimEnd - line.trimStart > 60 || line.trimEnd === line.trimStart) continue;
      const view = viewOf(line);
      // The view's blanks are single spaces already: only the frame is trimmed.
      const lower = view.text.toLowerCase();
      let a = 0;
      let b = lower.length;
      while (a < b && isFrame(lower.charCodeAt(a))) a++;
      while (b > a && isFrame(lower.charCodeAt(b - 1))) b--;
      if (lineLabels.has(lower.slice(a, b))) for (const [start, end] of view.pieces) add(start, end);
    }
    return changes;
  },
};
