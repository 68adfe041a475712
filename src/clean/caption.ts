import type { Change, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { agencies, creditByWords, creditJoin, creditLabels, creditWords, mediaMarkers, slashAgencies } from './lists/captions.js';
import { repeatedCaptions } from './caption-repeat.js';
import { escapeRegExp } from '../shared/regexp.js';
import { matchesAt, matchStarts } from './util.js';

const agency = `(?:${agencies.map(escapeRegExp).join('|')})`;
/** A credit's name part: no sentence break, dots only inside names ("Tut.by", "A. Smith"). */
const name = String.raw`(?:[^()\n.!?]|\.(?=[^\s)])|\.(?=\s\p{Lu}\p{Ll}{0,2}\.)){1,80}`;
/**
 * Credits in parentheses anywhere in a line, with the blanks before them: "(Photo: Tut.by)",
 * "(AP Photo/Jane Doe)", "(REUTERS/Gleb Garanich)", "(Photo by Sergei Gapon)", "(video)".
 * Not the dateline "(AFP)": an agency needs its photographer.
 */
const parenCredit = new RegExp(
  String.raw`\s{0,3}\((?:${creditWords}(?:${creditJoin}|\s{1,3}by\s{1,3}(?<by>\S))[^()\n]{0,80}|${creditWords}\s{1,3}(?:credit|source)\s{0,3}:[^()\n]{1,80}|${slashAgencies}\s{0,2}\/\s{0,2}[^()\n]{1,60}|${mediaMarkers}|${creditLabels})\)`,
  'giu',
);
/** A line that is only a credit: "Photo: AP", "Photo by …", "Getty Images", "Illustrative photo". */
const creditLine = new RegExp(
  String.raw`^(?:${creditWords}${creditJoin}(?<credit>.{1,160})|(?<by>${creditWords}\s{1,3}(?:by|courtesy of)\s{1,3}.{1,80})|image (?:source|caption)\s{0,3}[,:].{1,200}|${creditLabels}(?:${creditJoin}.{1,80})?[.]?)$`,
  'iu',
);
/** A photographer's name: capitalized words, "Vasily Fedosenko", "Mindaugas Kulbis", "S. Gapon". */
const photographer = String.raw`\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,2}\p{Lu}[\p{L}'’.-]{0,30}){0,3}`;
/** "Getty Images", "REUTERS/Vasily Fedosenko", "AP Photo/Efrem Lukatsky": case-sensitive, so "reuters" in prose is no credit. */
const agencyLine = new RegExp(String.raw`^(?:${agency}|${slashAgencies})(?:\s{0,3}\/\s{0,3}${photographer})?$`, 'u');
/** The capitalized words that begin a credit at the end of a line. */
const trailingWords = String.raw`(?:Photos?|PHOTOS?|Image|IMAGE|Video|VIDEO|Credit|Illustration|Screenshot|Collage|Фото|ФОТО|Видео|Відео)`;
/** "…, Minsk. Photo: AP" at the end of a line: capitalized, with a colon or "by" ("a photo by the river" is prose). */
const trailingCredit = new RegExp(
  String.raw`\s{1,3}(?:${trailingWords}(?:\s{0,2}:\s{0,3}|\s{1,2}by\s{1,2}(?=\p{Lu}))${name}|${slashAgencies}\s{0,2}\/\s{0,2}${photographer})$`,
  'u',
);
/**
 * What every credit contains, found without trying blanks at every position of the line: "("
 * and a credit's first word; a trailing credit's word or the slash after its agency.
 */
const parenHint = new RegExp(String.raw`\((?:${creditWords}|${slashAgencies}|${mediaMarkers}|${creditLabels})`, 'giu');
const trailingHint = new RegExp(String.raw`${trailingWords}|\/`, 'gu');

/** Whether a line holds the literal of a parenthesized credit, and of a trailing one: the scans it needs. */
interface Literals {
  paren: boolean;
  trailing: boolean;
}

function literalsOf(line: string): Literals {
  return { paren: matchStarts(parenHint, line).length > 0, trailing: matchStarts(trailingHint, line).length > 0 };
}

/**
 * The literals of each line of `text`, in order, from one scan of the text per hint (a hint
 * match never crosses a line, and begins and ends on a non-blank).
 */
function literalsByLine(text: string): (line: TextLine) => Literals {
  const paren = matchStarts(parenHint, text);
  const trailing = matchStarts(trailingHint, text);
  let p = 0;
  let t = 0;
  return (line) => {
    while (p < paren.length && paren[p]! < line.trimStart) p++;
    while (t < trailing.length && trailing[t]! < line.trimStart) t++;
    return { paren: p < paren.length && paren[p]! < line.trimEnd, trailing: t < trailing.length && trailing[t]! < line.trimEnd };
  };
}
/** "[caption id="attachment_5" …]Protesters in Minsk. Photo: AP[/caption]": WordPress's caption block. */
const captionBlock = /\[caption(?:[ \t][^[\]\n]{0,300})?\][^[\]\n]{0,400}\[\/caption\]/iuy;

/** Captions are short; anything longer is a paragraph that happens to carry a credit. */
const maxCaptionWords = 30;

/**
 * `caption`: removes photo and video captions with their credits. A line that is a short
 * caption ending in a credit ("Security forces disperse protests (Photo: Tut.by)") goes whole;
 * a credit inside a longer paragraph goes alone; a line that is only a credit goes whole.
 *
 * Notes:
 * - A credit needs its marker and a colon, a dash, a slash or "by" with a name: "The photo of
 *   the detention was shared" is a sentence about a photo, not a credit, and "Images by Maxar
 *   Technologies show the destroyed bridge." is a sentence (its "by" part has a verb).
 * - A line is only taken whole when the text before the credit has no sentence-final
 *   punctuation and at most 30 words, or is a name ("Alexander Lukashenko. Photo: BelTA"): a
 *   paragraph of the article that ends in "(Photo: AP)" keeps its sentences.
 * - A parenthesized agency alone is a dateline, not a credit: "KYIV (AFP) — …" stays.
 */
export const caption: CleanRule = {
  id: 'caption',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Photo and video captions and credits: "(Photo: Tut.by)", "Photo: AP"',
  label: 'Photo or video caption or credit',
  // Lines are judged as the rules ranked before this one, and the caption blocks, leave them (see line-view.ts).
  sees: ['mojibake', 'invisible-char', 'ad-marker'],
  propose(text: string, ctx: CleanContext, pass: CleanPass): Change[] {
    const changes: Change[] = [];
    const add = (start: number, end: number) => changes.push({ rule: 'caption', start, end, replacement: '' });
    for (const m of matchesAt(captionBlock, text, ['['])) add(m.index, m.index + m[0].length);
    const viewOf = pass.views(changes);
    const literalsOfLine = literalsByLine(text);
    for (const line of pass.lines) {
      if (line.trimEnd === line.trimStart) continue;
      const view = viewOf(line);
      const literals = literalsOfLine(line);
      // "Photo: AP ." and "Photo by Minsk . “." read "Photo: AP", "Photo by Minsk": stray
      // punctuation at the end is repaired by another rule and says nothing about the line.
      let v = view.text.length;
      while (v > 0 && '.,;:!?… "“”«»'.includes(view.text[v - 1]!)) v--;
      const text = view.text.slice(0, v);
      if (text === '') continue;
      // A view that is the line holds its literals (the punctuation cut off ends no literal).
      if (text.length <= 220 && (isCreditLine(text) || isCaptionLine(text, view.text === line.text ? literals : literalsOf(text)))) {
        for (const [start, end] of view.pieces) add(start, end);
        continue;
      }
      const found = credits(line.text, literals);
      if (found.length === 0) continue;
      // "(Photo: Tut.by)Photo: AP": what is left once the credits go is a credit too.
      let rest = line.text;
      for (const m of [...found].reverse()) rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length);
      rest = rest.replace(/[\s.,;:!?…]{1,8}$/u, '').trim();
      if (rest === '' || isCreditLine(rest) || isCaptionLine(rest)) for (const [start, end] of view.pieces) add(start, end);
      else for (const m of found) add(line.trimStart + m.index, line.trimStart + m.index + m[0].length);
    }
    // A short line that repeats a sentence of another paragraph (see caption-repeat.ts).
    for (const c of repeatedCaptions(pass.lines, ctx)) if (!changes.some((d) => d.start < c.end && c.start < d.end)) changes.push(c);
    return changes;
  },
};

/** "(Photo by Sergei Gapon)" is a credit, "(photo by the river)" is not: /i would fold \p{Lu}, so this is checked here. */
function credits(line: string, literals = literalsOf(line)): RegExpExecArray[] {
  // Most lines hold no credit's literal and skip the scans.
  const found = (literals.paren ? [...line.matchAll(parenCredit)] : []).filter((m) => m.groups?.['by'] === undefined || /^\p{Lu}/u.test(m.groups['by']));
  if (found.length > 0) return found;
  const trailing = literals.trailing ? trailingCredit.exec(line) : null;
  return trailing ? [trailing] : [];
}

/** "Belarusian security forces brutally disperse mass protests (Photo: Tut.by)": a caption ending in its one credit. */
function isCaptionLine(line: string, literals = literalsOf(line)): boolean {
  const found = credits(line, literals);
  if (found.length !== 1) return false;
  const m = found[0]!;
  if (line.slice(m.index + m[0].length).trim() !== '') return false;
  const before = line.slice(0, m.index).trim();
  return isCaptionText(before) || (!m[0].trimStart().startsWith('(') && isNameCaption(before));
}

/** A line that is a credit and nothing else; "Photo by …" only with a name ("photos by the dozen" is prose). */
function isCreditLine(line: string): boolean {
  if (agencyLine.test(line)) return true;
  if (!/^\P{Ll}/u.test(line)) return false;
  const m = creditLine.exec(line);
  if (!m) return false;
  const by = m.groups?.['by'];
  if (by !== undefined) {
    const words = by.replace(/^\S+\s+(?:by|courtesy of)\s+/iu, '').split(/[\s/,]+/u).filter(Boolean);
    return words.length <= 8 && words.every((w) => !/^\p{Ll}/u.test(w) || creditByWords.has(w));
  }
  const credit = m.groups?.['credit'];
  return credit === undefined || credit.split(/\s+/u).length <= 25;
}

/** Caption-like: a short fragment without sentence-final punctuation. */
function isCaptionText(s: string): boolean {
  if (s === '' || /[.!?…:;]["”’»)]?$/u.test(s) || /[.!?]\s/u.test(s)) return false;
  return s.split(/\s+/u).length <= maxCaptionWords;
}

/** A name as a caption: "Alexander Lukashenko." (every word capitalized, at most 8 words). */
function isNameCaption(s: string): boolean {
  const words = s.replace(/[.,]$/u, '').split(/\s+/u);
  return s !== '' && words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|de|von|van)$/u.test(w));
}
