import { reported } from '../shared/furniture.js';

/**
 * Line fingerprints and templates for corpus-level repetition (`repeated-line`): the same
 * functions serve the first pass (learn.ts, over raw inputs) and the rule (over the body a
 * document's extractor gives), so a line counted in one is found in the other.
 */

/** A URL in a line: folded to one token, so "Source: https://a/1" and "Source: https://a/2" are one line. */
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;
/** Punctuation, symbols and blanks: folded to one space. */
const foldPattern = /[\p{P}\p{S}\s]+/gu;
/** A number, with its thousands or decimal separators ("1,204", "3.876", "1 874"): one token, so a counter's line folds the same whatever it counts. */
const digitsPattern = /\p{N}+(?:[.,'’\u00a0\u202f ]\p{N}+)*/gu;
/** The same URL pattern, for finding the first one. */
const firstUrl = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/iu;

/** Longest line that can be short boilerplate or a short sentence (characters). */
export const maxLineChars = 300;
/** Longest line, in words, that can be short boilerplate or a short sentence. */
export const maxLineWords = 25;
/** Longest line, in characters and words, that can be a site's notice (see `lineKind`): past it a line is the article's prose. */
export const maxNoticeChars = 600;
export const maxNoticeWords = 80;
/** From this many words, a line that ends as a sentence ends is prose (see `lineKind`). */
export const sentenceWords = 6;

/**
 * The fingerprint of a line: case, numbers, blanks, punctuation and URLs folded ("Updated
 * 10:02 GMT, 3 May" and "updated 9:15 gmt 12 may" are one line, "Post Views: 877" and "Post
 * Views: 3,876" another). '' for a line with no letters.
 */
export function fingerprint(line: string): string {
  const folded = line.replace(urlPattern, ' url ').toLowerCase().replace(digitsPattern, '0').replace(foldPattern, ' ').trim();
  return /\p{L}/u.test(folded) ? folded : '';
}

/**
 * The site's voice, in the languages of the lists: the reader addressed ("you", "du", "vous";
 * not German "Sie", which is also "she" and "they"), the site as "we"/"our", or "this
 * article/post/story" itself.
 */
const voice = (words: readonly string[]) =>
  // after a blank or an opening mark rather than a look-behind: half the time on a paragraph
  new RegExp('(?:^|[\\s"\'(“„«¿¡/–—-])(?:' + words.join('|') + ')(?!\\p{L})', 'iu');
const readerWords = ['you|your', 'du|dein(?:e[nmrs]?)?', 'vous|votre|vos', 'usted(?:es)?|vuestr[oa]s?', 'vostr[oaie]|voi|voc[eê]s?', 'вы|ваш[аеи]?|ви'];
const ownWords = [
  'we|our|this (?:article|post|story|content|material|page|site|website|newsletter)',
  'wir|uns|unser(?:e[nmrs]?)?|diese[rnms]? (?:artikel|beitrag|text)',
  'nous|notre|nos|cet article',
  'nuestr[oa]s?|nosotros|este art[ií]culo',
  'nostr[oaie]|noi|questo articolo|noss[oa]s?|este artigo',
  'мы|наш[аеи]?|ми|эта статья|ця стаття',
];
const siteVoice = voice([...readerWords, ...ownWords]);
const readerVoice = voice(readerWords);
const ownVoice = voice(ownWords);
/** A quotation: a speaker's "we" is not the site's. */
const quotation = /["“„«»”][^"“„«»”]*["”“»«]/gu;

/**
 * What a line may be, for repetition: `short` (a line that is not a sentence of prose: a label,
 * a credit, a link line, a heading), `sentence` (a short complete sentence: repeated, it is only
 * taken as the site's template when most of its documents carry it), `notice` (a paragraph of
 * up to 80 words in the site's voice, outside its quotations: a site's disclaimer, its comment
 * policy, its newsletter's privacy note; taken on the same terms as a sentence, and only where
 * the document's other prose is its own), or undefined (any other long line: prose that is
 * never removed for repeating, such as a republished wire story).
 */
export function lineKind(line: string): LineKind | undefined {
  const t = line.trim();
  if (t === '' || t.length > maxNoticeChars) return undefined;
  if (t.length > maxLineChars) return voiced(t) && wordCount(t) <= maxNoticeWords ? 'notice' : undefined;
  const words = wordCount(t);
  if (words > maxLineWords) return words <= maxNoticeWords && voiced(t) ? 'notice' : undefined;
  if (words >= sentenceWords && /[.!?…]["”’»)\]]?$/u.test(t.replace(urlPattern, 'url'))) return 'sentence';
  return 'short';
}

/** Whether a line speaks in the site's voice outside its quotations (see `siteVoice`). */
function voiced(t: string): boolean {
  return siteVoice.test(t) && siteVoice.test(t.replace(quotation, ' '));
}

/**
 * Whether a notice speaks as the site to the reader, both, outside its quotations and reporting
 * no one ("We use your sign-up to provide content in ways you've consented to …"): one that
 * `repeated-line` takes among the document's own prose too.
 */
export function addressesReader(line: string): boolean {
  const t = line.replace(quotation, ' ');
  return readerVoice.test(t) && ownVoice.test(t) && !reported.test(t);
}

export type LineKind = 'short' | 'sentence' | 'notice';

/** Words of a line (blank-separated runs holding a letter or a digit). */
export function wordCount(line: string): number {
  let n = 0;
  for (const w of line.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/**
 * The templates of a line: the part before a colon ("Read more: <a headline>" -> "c:read more"),
 * the part before a URL ("This story originally appeared on Outlet at https://…" -> "u:this
 * story originally appeared on outlet at"), and a site's name after a headline of three words or
 * more ("<a headline> | Weserland Rundschau" -> "s:weserland rundschau", see `nameSuffix`). A
 * template needs a few letters, at most eight words, and something beside it: a line that is
 * only its label is matched by its fingerprint.
 */
export function templatesOf(line: string): string[] {
  const out: string[] = [];
  const t = line.trim();
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 80 && !/^\d/u.test(t.slice(colon + 1)) && !/^\/\//u.test(t.slice(colon + 1))) {
    const key = templateKey(t.slice(0, colon), t.slice(colon + 1));
    if (key) out.push('c:' + key);
  }
  const url = firstUrl.exec(t);
  if (url && url.index > 0) {
    const key = templateKey(t.slice(0, url.index), t.slice(url.index));
    if (key) out.push('u:' + key);
  }
  const named = nameSuffix.exec(t);
  if (named && wordCount(named[1]!) >= 3) {
    const key = fingerprint(named[2]!);
    if (key.replace(/[\s0]/gu, '').length >= 3) out.push('s:' + key);
  }
  return out;
}

/**
 * A headline with the site's name after a bar or a dash, as a page's `<title>` gives it
 * ("Großbrand in Groß Berkel: Scheune brennt nieder | Weserland Rundschau"): the name is one
 * to five capitalized words (a list's "Salz – nach Geschmack" has lowercase ones).
 */
const nameSuffix = /^(.{10,}?)\s[|–—-]\s(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,4})$/u;

function templateKey(head: string, tail: string): string | undefined {
  if (fingerprint(tail) === '') return undefined;
  const key = fingerprint(head);
  if (key.replace(/[\s0]/gu, '').length < 3) return undefined;
  const words = key.split(' ').length;
  return words <= 8 ? key : undefined;
}

/** A notice is counted among a document's first this many lines (blank ones too)… */
export const noticeHead = 10;
/** …and its last this many: where a site puts its notices (`repeated-line` takes one among the document's own prose only when it `addressesReader` or sits between the site's short lines). */
export const noticeTail = 20;

/**
 * One document's distinct candidate keys: fingerprints ("l:") and templates, for counting once
 * per document. Notices at the document's head and tail (`noticeHead`, `noticeTail`), and
 * between them only those of at most `maxLineChars`: the first pass reads no longer paragraph
 * there, so that it costs little more than reading the corpus.
 */
export function documentKeys(lines: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const tail = lines.length - noticeTail;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const edge = i < noticeHead || i >= tail;
    if (!edge && line.length > maxLineChars && line.trim().length > maxLineChars) continue;
    const kind = lineKind(line);
    if (kind === undefined) continue;
    const fp = fingerprint(line);
    if (fp === '') continue;
    keys.add('l:' + fp);
    if (kind === 'short') for (const t of templatesOf(line)) keys.add(t);
  }
  return keys;
}
