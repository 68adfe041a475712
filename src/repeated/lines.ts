/**
 * Line fingerprints and templates for corpus-level repetition (`repeated-line`): the same
 * functions serve the first pass (learn.ts, over raw inputs) and the rule (over the body a
 * document's extractor gives), so a line counted in one is found in the other.
 */

/** A URL in a line: folded to one token, so "Source: https://a/1" and "Source: https://a/2" are one line. */
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;
/** Punctuation, symbols and blanks: folded to one space. */
const foldPattern = /[\p{P}\p{S}\s]+/gu;
const digitsPattern = /\p{N}+/gu;
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
 * The fingerprint of a line: case, digits, blanks, punctuation and URLs folded ("Updated
 * 10:02 GMT, 3 May" and "updated 9:15 gmt 12 may" are one line). '' for a line with no letters.
 */
export function fingerprint(line: string): string {
  const folded = line.replace(urlPattern, ' url ').toLowerCase().replace(digitsPattern, '0').replace(foldPattern, ' ').trim();
  return /\p{L}/u.test(folded) ? folded : '';
}

/**
 * What a line may be, for repetition: `short` (a line that is not a sentence of prose: a label,
 * a credit, a link line, a heading), `sentence` (a short complete sentence: repeated, it is only
 * taken as the site's template when most of its documents carry it), `notice` (a paragraph of
 * up to 80 words: a site's disclaimer, its comment policy, its newsletter's privacy note; taken
 * on the same terms as a sentence, and only where the document's other prose is its own), or
 * undefined (a longer line: prose that is never removed for repeating).
 */
export function lineKind(line: string): LineKind | undefined {
  const t = line.trim();
  if (t === '' || t.length > maxNoticeChars) return undefined;
  const words = wordCount(t);
  if (words > maxNoticeWords) return undefined;
  if (words > maxLineWords || t.length > maxLineChars) return 'notice';
  if (words >= sentenceWords && /[.!?…]["”’»)\]]?$/u.test(t.replace(urlPattern, 'url'))) return 'sentence';
  return 'short';
}

export type LineKind = 'short' | 'sentence' | 'notice';

/** Words of a line (blank-separated runs holding a letter or a digit). */
export function wordCount(line: string): number {
  let n = 0;
  for (const w of line.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/**
 * The templates of a line: the part before a colon ("Read more: <a headline>" -> "c:read more")
 * and the part before a URL ("This story originally appeared on Outlet at https://…" -> "u:this
 * story originally appeared on outlet at"). A template needs a few letters, at most eight words,
 * and something after it: a line that is only its label is matched by its fingerprint.
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
  return out;
}

function templateKey(head: string, tail: string): string | undefined {
  if (fingerprint(tail) === '') return undefined;
  const key = fingerprint(head);
  if (key.replace(/[\s0]/gu, '').length < 3) return undefined;
  const words = key.split(' ').length;
  return words <= 8 ? key : undefined;
}

/** One document's distinct candidate keys: fingerprints ("l:") and templates, for counting once per document. */
export function documentKeys(lines: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const line of lines) {
    const kind = lineKind(line);
    if (kind === undefined) continue;
    const fp = fingerprint(line);
    if (fp === '') continue;
    keys.add('l:' + fp);
    if (kind === 'short') for (const t of templatesOf(line)) keys.add(t);
  }
  return keys;
}
