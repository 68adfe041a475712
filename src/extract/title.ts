/** Plain text: the title line. */
import { bylineLine, listedFurniture } from '../shared/furniture.js';
import { sentenceEnd } from '../shared/regexp.js';

/** Where a plain-text title is, and where the body starts after it. */
export interface TitleSpan {
  title: string;
  /** The title line: [start, end) in UTF-16 offsets of the source. */
  start: number;
  end: number;
  /** Offset of the first line of the body. */
  bodyStart: number;
}

/** A headline holds no URL: a line with one is a scraper's source line ("Saved from https://… on 2024-06-24"). */
export const hasUrl = /https?:\/\/|(?<![\p{L}\p{N}])www\./iu;

const maxTitleChars = 200;
const maxTitleWords = 30;

/** A headline over a paragraph on the next line has at least this many words, the paragraph this many. */
const minHeadlineWords = 5;
const minParagraphWords = 12;
/** The paragraph's line is longer than text wrapped at a width has them (72 to 80 columns). */
const minParagraphChars = 100;
/** Between them, at most this many lines of at most this many words (a date, a byline, a breadcrumb)… */
const maxLinesBetween = 3;
const maxBetweenWords = 12;
/** …and one standfirst of at most this many words, no sentence either. */
const maxStandfirstWords = 40;
/** Lines that cleaning removes whole between them ("[ad_1]", "Photo: AP") are not counted, up to this many. */
const maxSkippedBetween = 6;

/**
 * The first line is the title when it is short, has letters, no sentence-final punctuation and
 * no URL, and is followed by a blank line and more text: "Belarusian security forces signed an open
 * letter …" over its article. A first paragraph that is a sentence is not a title.
 *
 * A text that gives each paragraph one line, without blank lines between them (as many
 * scrapers write it), has its title on the first line too: there a headline of at least five
 * words, starting with a capital, a digit or a quote, and not a byline, a handle's line or a
 * line of the furniture lists (`listedFurniture`), is the title when the next line is a
 * paragraph (at least twelve words and 100 characters, longer than the headline, starting as
 * a sentence starts and ending as one ends), or the line after one or two short lines that
 * are no sentence (a date, a byline: "Council approves new bridge plan" / "2023-03-14 09:14" /
 * "The city council voted …"), up to three such lines, one of which may be a standfirst of up
 * to 40 words without a final full stop, past lines that cleaning removes whole and past blank
 * lines among them (a scraper's "Source: …" and "url: …" lines, a blank line, the byline). Text
 * wrapped at a width is not read so: its lines are shorter, and its first line goes on in the
 * next one.
 */
export function findTitle(source: string, removed?: (line: string) => boolean): TitleSpan | undefined {
  const end = source.indexOf('\n');
  if (end <= 0 || end > maxTitleChars + 2) return undefined;
  const line = source.slice(0, end).replace(/\r$/, '');
  const title = line.trim().replace(/\s+/gu, ' ');
  if (title === '' || line !== line.trimStart() || !/\p{L}/u.test(title)) return undefined;
  if (title.length > maxTitleChars || title.split(' ').length > maxTitleWords) return undefined;
  if (/[.!?…:;,]["”’»)]*$/u.test(title) || hasUrl.test(title)) return undefined;
  // A blank line must follow, then some text; or a paragraph of its own on the next line.
  const rest = /^\n[ \t\r\u00a0]*\n/.exec(source.slice(end, end + 64));
  if (!rest && !overParagraph(title, source, end, removed)) return undefined;
  const body = /\S/u.exec(source.slice(end));
  if (!body) return undefined;
  const bodyStart = source.lastIndexOf('\n', end + body.index) + 1;
  return { title, start: 0, end: line.length, bodyStart };
}

/**
 * Is `title` (the first line, ending at `end`) a headline over a paragraph on the next line, or
 * below at most `maxLinesBetween` short lines that are no sentence (a date, a byline), one of
 * which may be a standfirst? Lines that cleaning removes whole (`removed`: an ad marker, a
 * caption, a dateline) are passed over without counting.
 */
function overParagraph(title: string, source: string, end: number, removed?: (line: string) => boolean): boolean {
  if (!/^["“„«‘'\p{Lu}\p{N}]/u.test(title) || title.split(' ').length < minHeadlineWords) return false;
  // not a byline, a handle's line or a line of the furniture lists above a story
  if (bylineLine.test(title) || /(?:^|\s)@\w/u.test(title) || listedFurniture(title) !== undefined) return false;
  let from = end + 1;
  let between = 0;
  let skipped = 0;
  let standfirst = false;
  while (from < source.length) {
    const nextEnd = source.indexOf('\n', from);
    const next = source.slice(from, nextEnd < 0 ? source.length : nextEnd).trim();
    const words = next === '' ? 0 : next.split(/\s+/u).length;
    if (words >= minParagraphWords && sentenceEnd.test(next)) return next.length >= minParagraphChars && next.length > title.length && /^["“„«‘'(\p{Lu}\p{N}]/u.test(next);
    if (nextEnd < 0) return false;
    // a blank line between the lines below the headline (a byline block set apart) is passed over
    if (words === 0) {
      if (between + skipped === 0) return false;
      from = nextEnd + 1;
      continue;
    }
    if (removed !== undefined && skipped < maxSkippedBetween && removed(next)) skipped++;
    else {
      if (sentenceEnd.test(next) || ++between > maxLinesBetween) return false;
      if (words > maxBetweenWords) {
        if (standfirst || words > maxStandfirstWords) return false;
        standfirst = true;
      }
    }
    from = nextEnd + 1;
  }
  return false;
}

/**
 * Where the body starts when a document whose title is known (a JSON `title` field) repeats it
 * as its first line: the title is not repeated in `text`. Undefined when it does not.
 */
export function repeatedTitleEnd(source: string, title: string): number | undefined {
  const norm = (s: string) => s.trim().replace(/\s+/gu, ' ').toLowerCase();
  const end = source.indexOf('\n');
  const first = end < 0 ? source : source.slice(0, end);
  if (norm(first) === '' || norm(first) !== norm(title)) return undefined;
  if (end < 0) return source.length;
  const body = /\S/u.exec(source.slice(end));
  return body ? source.lastIndexOf('\n', end + body.index) + 1 : source.length;
}
