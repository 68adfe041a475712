import type { Change, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { agencies, creditByWords, creditJoin, creditLabels, creditWords, mediaMarkers, slashAgencies } from './lists/captions.js';
import { repeatedCaptions } from './caption-repeat.js';
import { escapeRegExp } from '../shared/regexp.js';
import { boilerplatePrefixMax, endsInPictureCredit } from '../shared/furniture.js';
import { matchesAt, matchStarts, readsLines } from './util.js';

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

/**
 * A photographer's credit told by its shape, not by a list: capitalized parts joined by slashes,
 * "Perry Knotts/Getty Images", "Katie Yu/FX", "Kristy Sparow/Stringer/Getty Images",
 * "REUTERS/Brendan McDermid", "© Reuters / David Mercado", "J. Scott Applewhite / AP file",
 * "(Lintao Zhang/Getty Images)", "(NASA/JPL-Caltech/ASU)". Which shapes are credits is decided
 * in `shapeCredit`; this finds the candidate at the end of a line (the line's last 160 characters).
 */
const capWord = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]{0,30}`;
const creditPart = String.raw`${capWord}(?:\s{1,2}(?:${capWord}|of|the|de|da|van|von|-|–)){0,5}`;
const shapeCreditEnd = new RegExp(
  String.raw`(?<open>\(\s{0,2})?(?<credit>(?:©\s{0,2})?${creditPart}(?:\s{0,2}\/\s{0,2}${creditPart}){1,3}(?:\s{1,2}file)?)(?<close>\s{0,2}\))?$`,
  'u',
);
/**
 * A bare agency glued to the sentence that ends a caption: "… in New York.Reuters",
 * "…, 2019.Getty Images" (case-sensitive; a scraper joins a figure's caption and credit). With a
 * blank between ("… said. AFP") it may be a wire story's sign-off under an article paragraph: stays.
 */
const bareAgencyEnd = new RegExp(String.raw`(?<=[.!?…]["'”’]?)(?<credit>${agency})$`, 'u');
const knownAgency = new RegExp(String.raw`^(?:©\s{0,2})?(?:${agency}|${slashAgencies})$`, 'u');
/** Captions with such a credit are short: a sentence or two of at most this many words. */
const maxCreditedCaptionWords = 50;

/** A word of a person's name: "Katie", "McCartney", "K.", "O’Neil". */
const nameWord = /^(?:\p{Lu}(?=[\p{L}'’.-]{0,30}\p{Ll})[\p{L}'’.-]{1,30}|\p{Lu}\.)$/u;

/**
 * Whether `m` (a `shapeCreditEnd` match) is a credit: its first part ends in a person's name
 * ("Perry Knotts/Getty Images", "Katie Yu/FX", "Amy K. Dragoo/AIMMEDIA"), or a part is a known
 * agency ("REUTERS/Brendan McDermid"), or there are three parts ("NASA/JPL-Caltech/ASU").
 * "AC/DC", "CDU/CSU", "Sony/ATV Music", "Israel/Gaza War" are names, not credits.
 */
function isShapeCredit(m: RegExpExecArray): boolean {
  const parts = m.groups!['credit']!.replace(/^©\s{0,2}/u, '').replace(/\s{1,2}file$/u, '').split(/\s{0,2}\/\s{0,2}/u);
  if ((m.groups!['open'] === undefined) !== (m.groups!['close'] === undefined)) return false;
  if (parts.length >= 3 || parts.some((p) => knownAgency.test(p.trim()))) return true;
  const first = parts[0]!.trim().split(/\s+/u);
  return first.length >= 2 && first.slice(-2).every((w) => nameWord.test(w));
}

/**
 * A caption that ends in a photographer's credit, taken whole even when it is a sentence:
 * "Donna Kelce and Taylor Swift celebrate after Super Bowl LVIII. Perry Knotts/Getty Images",
 * "FBI Director Christopher Wray listens … Jan. 27, 2023. (AP Photo/Carolyn Kaster)",
 * "The WeWork logo is displayed outside of a co-working space in New York.Reuters". The reason
 * says which credit decided it; undefined when the line is no such caption.
 *
 * Notes:
 * - The credit must be a photographer's (a slash between a name and an outlet, see
 *   `isShapeCredit`) or a known agency's name standing after the caption's last sentence. A
 *   "Photo: …" credit after one or two sentences is `isLabelledCaption`'s.
 * - A credit after a fragment with a blank only ("Anna Sawai in ‘Shōgun’ Katie Yu/FX") must begin
 *   with a person's name, so that a headline ending in a name with a slash ("Paul McCartney buys
 *   back rights from Sony/ATV Music") stays.
 * - The caption is at most two sentences and 50 words: a paragraph is not a caption.
 * - A sentence ending in an agency's name with a verb after it ("…, EFE reported.") ends in a
 *   full stop, never in a credit.
 */
export function creditedCaption(line: string): string | undefined {
  // A credit ends in a name or a parenthesis, never in a full stop ("… according to Jane Doe/AP.").
  if (line.length > 480 || /[.!?…,;:]$/u.test(line)) return undefined;
  const tail = line.length > 160 ? line.slice(-160) : line;
  let credit: string | undefined;
  let before: string | undefined;
  const shaped = shapeCreditEnd.exec(tail);
  if (shaped && isShapeCredit(shaped)) {
    // The regex takes the longest run of capitalized parts: the caption's last words may be in it
    // ("… Super Bowl LVIII. Perry Knotts/Getty Images" is cut at the sentence end).
    const start = line.length - tail.length + shaped.index;
    credit = shaped[0].trim();
    before = line.slice(0, start);
    const cut = /^(.*[.!?…]["'”’]?)\s{0,3}(\P{Z}.*)$/u.exec(line);
    if (cut && shaped.groups!['open'] === undefined) {
      const rest = cut[2]!;
      const again = shapeCreditEnd.exec(rest);
      if (again && again.index === 0 && isShapeCredit(again)) {
        before = cut[1]!;
        credit = rest.trim();
      }
    }
    const glued = /[.!?…]["'”’]?$/u.test(before.trimEnd()) || shaped.groups!['open'] !== undefined;
    if (!glued && before.trim() !== '') {
      // After a fragment and a blank: the credit must begin with a person's name, the last two
      // words before its first slash ("Anna Berg in ‘The Long Winter’ Mark Hollis/HBO").
      const slash = credit.indexOf('/');
      const words = credit.slice(0, slash).trim().split(/\s+/u);
      if (words.length < 2 || !words.slice(-2).every((w) => nameWord.test(w))) return undefined;
      const name = words.slice(-2).join(' ');
      const at = line.lastIndexOf(name, line.length - credit.length + slash);
      before = line.slice(0, at);
      credit = line.slice(at).trim();
    }
  } else {
    const bare = bareAgencyEnd.exec(tail);
    if (!bare) return undefined;
    credit = bare.groups!['credit']!;
    before = line.slice(0, line.length - tail.length + bare.index);
  }
  const caption = before.trim();
  if (caption === '') return `a photographer's credit alone (“${credit}”)`;
  const sentences = caption.split(/[.!?…]["'”’]?\s{1,3}(?=\P{Ll})/u).length;
  if (sentences > 2 || caption.split(/\s+/u).length > maxCreditedCaptionWords) return undefined;
  return `a caption ending in a photographer's credit (“${credit}”)`;
}

/** Its caption has at least this many words. */
const minLabelledCaptionWords = 4;

/**
 * A caption of one or two sentences that ends in its picture's credit under a label, as the
 * extractor's lists read a credit (`endsInPictureCredit`): "Residents queue at a tanker on
 * Friday. | Photo Credit: Sanjay Rao", "Die Argentinier stehen im Halbfinale. Foto: dpa",
 * "… dès lundi soir. (Photo Le Quotidien des Marais – Julien Pineau)". In a plain text or
 * Markdown such a line is `page-furniture`'s, whole (the extractor drops it from a page by the
 * same test), and this rule leaves it alone; elsewhere only its credit goes.
 *
 * Notes:
 * - At most two sentences and 50 words before the credit: a paragraph that a scraper glued to
 *   a caption keeps its sentences (the credit alone goes).
 * - The credit has its label, a slash or "©": a wire agency's name alone after a sentence ("…,
 *   officials said. AFP") may be the story's sign-off, and stays.
 * - On the two HTML benchmarks' visible text, 115 of 121 such lines that the truths label are
 *   not body text; the other six are captions too, which three sites' truths keep (a Guardian
 *   pull quote under its photograph's credit among them).
 */
function isLabelledCaption(line: string): boolean {
  if (line.length > boilerplatePrefixMax || !/[.!?…]/u.test(line) || !endsInPictureCredit(line)) return false;
  // A credit in parentheses is one piece, whatever its abbreviations ("(Photo: Doc. BPBD Bogor Regency)").
  const paren = /\s?\([^()]{1,80}\)$/u.exec(line);
  const pieces = (paren ? line.slice(0, paren.index) : line).split(/[.!?…]["'”’»)]?\s{0,3}(?=[\p{Lu}\p{N}|•·©(—–])/u).filter((p) => p.trim() !== '');
  if (paren) pieces.push(paren[0]);
  // The last piece is the credit; a caption of one or two sentences before it.
  if (pieces.length < 2 || pieces.length > 3 || line.split(/\s+/u).length > maxCreditedCaptionWords + 10) return false;
  // Under a label, a slash or "©": an agency's name alone after a sentence ("… officials said.
  // AFP", "(Reuters)") may be a wire story's sign-off.
  if (!/[:©/]|^\((?:[Pp]hotos?|[Ff]oto|Crédit|Illustration)\s/u.test(pieces[pieces.length - 1]!.trim())) return false;
  // A caption says what the picture shows: a credit alone after an abbreviation ("Fot. PAP/…") is not one.
  if (pieces.slice(0, -1).join(' ').split(/\s+/u).length < minLabelledCaptionWords) return false;
  return true;
}

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
 *   paragraph of the article that ends in "(Photo: AP)" keeps its sentences. One or two
 *   sentences under a labelled credit, in a plain text or Markdown, are `page-furniture`'s
 *   whole line (`isLabelledCaption`): this rule, which the line classifier reads, leaves them.
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
      // Not the text cut of its final punctuation: "… according to Jane Doe/AP." is a sentence.
      const credited = creditedCaption(view.text.trim());
      if (credited !== undefined) {
        for (const [start, end] of view.pieces) changes.push({ rule: 'caption', start, end, replacement: '', reason: credited });
        continue;
      }
      // A caption under its labelled credit is `page-furniture`'s, whole, where that rule runs.
      if (readsLines(ctx) && isLabelledCaption(view.text.trim())) continue;
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
