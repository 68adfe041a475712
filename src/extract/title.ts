/** Plain text: the title line. */
import { bylineLine, listedFurniture, minuteUnit } from '../shared/furniture.js';
import { writesMonthDate } from '../shared/months.js';
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

/**
 * A line's text as a title: blanks folded, and without the mark of a Markdown heading that a
 * reader API writes into its plain text ("# Santarém: obras na encosta …").
 */
export function headingText(line: string): string {
  return line.trim().replace(/^#{1,6}[ \t]+(?=\S)/u, '').replace(/\s+/gu, ' ');
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
export function findTitle(source: string, removed?: (line: string) => boolean, cleaned?: (line: string) => string): TitleSpan | undefined {
  const end = source.indexOf('\n');
  if (end <= 0 || end > maxTitleChars + 2) return undefined;
  const line = source.slice(0, end).replace(/\r$/, '');
  const title = headingText(line);
  if (title === '' || line !== line.trimStart() || !titleShaped(title) || labelsHeadline(title, source.slice(end + 1), cleaned)) return undefined;
  // A blank line must follow, then some text; or a paragraph of its own on the next line.
  const rest = /^\n[ \t\r\u00a0]*\n/.exec(source.slice(end, end + 64));
  if (!rest && !overParagraph(title, source, end, removed)) return undefined;
  const body = /\S/u.exec(source.slice(end));
  if (!body) return undefined;
  const bodyStart = source.lastIndexOf('\n', end + body.index) + 1;
  return { title, start: 0, end: line.length, bodyStart };
}

/**
 * A word alone over a headline is its section's label or a menu's item, not the title
 * ("Sociedade" / "Santarém: obras na encosta de Alfange arrancam em março"): one word, and a
 * title-shaped line of five words or more follows it above the first sentence, among the
 * page's first lines (`maxHeadLines`), each read as cleaning leaves it, past the lines it
 * removes whole (a menu's other items may stand between, which the line classifier removes: the
 * same title is found in the cleaned text).
 */
const lineBreak = /\r?\n|[\v\f\u0085\u2028\u2029]/u;
function labelsHeadline(title: string, rest: string, cleaned: (line: string) => string = (line) => line): boolean {
  if (title.includes(' ')) return false;
  // lines as cleaning splits them (a vertical tab or a line separator ends one too) and leaves
  // them (`cleaned`: a credit cut, a line removed whole), so that the cleaned text is read the same
  for (const line of rest.split(lineBreak, maxHeadLines)) {
    const text = headingText(line.trim() === '' ? line : cleaned(line));
    if (text === '') continue;
    // a sentence first: the page's text has begun (read by its end, which cleaning keeps, not its length)
    if (sentenceEnd.test(text)) return false;
    if (text.split(' ').length >= minHeadlineWords && titleShaped(text)) return true;
  }
  return false;
}

/**
 * Is `title` (the first line, ending at `end`) a headline over a paragraph on the next line, or
 * below at most `maxLinesBetween` short lines that are no sentence (a date, a byline), one of
 * which may be a standfirst? Lines that cleaning removes whole (`removed`: an ad marker, a
 * caption, a dateline) are passed over without counting.
 */
function overParagraph(title: string, source: string, end: number, removed?: (line: string) => boolean, apart = false): boolean {
  if (!/^["“„«‘'\p{Lu}\p{N}]/u.test(title) || title.split(' ').length < minHeadlineWords) return false;
  // not a byline, a handle's line or a line of the furniture lists above a story
  if (bylineLine.test(title) || /(?:^|\s)@\w/u.test(title) || listedFurniture(title) !== undefined) return false;
  let from = end + 1;
  let between = 0;
  let skipped = 0;
  let standfirst = false;
  let signed = false;
  while (from < source.length) {
    const nextEnd = source.indexOf('\n', from);
    const next = source.slice(from, nextEnd < 0 ? source.length : nextEnd).trim();
    const words = next === '' ? 0 : next.split(/\s+/u).length;
    // a line that cleaning removes whole is passed over, a long one too (a disclaimer, a consent banner)
    const gone = words > 0 && removed !== undefined && skipped < maxSkippedBetween && removed(next);
    if (!gone && words >= minParagraphWords && sentenceEnd.test(next)) return (!apart || signed) && paragraphOpens(next, title);
    signed ||= apart && words > 0 && signsOrDates(next);
    if (nextEnd < 0) return false;
    // a blank line between the lines below the headline (a byline block set apart) is passed over
    if (words === 0) {
      if (between + skipped === 0) return false;
      from = nextEnd + 1;
      continue;
    }
    if (gone) skipped++;
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

/** A line that opens the article under a headline: a sentence's paragraph, longer than the headline. */
function paragraphOpens(line: string, title: string): boolean {
  return line.length >= minParagraphChars && line.length > title.length && /^["“„«‘'(\p{Lu}\p{N}]/u.test(line);
}

/** A line shaped as a paragraph: a sentence of some length. */
function paragraphShaped(line: string): boolean {
  return line.split(/\s+/u).length >= minParagraphWords && sentenceEnd.test(line) && line.length >= minParagraphChars;
}

/** The headline is looked for among this many lines of a page's top… */
const maxHeadLines = 25;
/** …above its second paragraph at the latest (the first may be a consent banner's). */
const maxHeadParagraphs = 2;

/**
 * A headline below lines of a page's top that are no title and that cleaning does not remove
 * whole, or not without the line classifier ("Menü", "Politik › Inland", a consent banner and its
 * "Akzeptieren" button above "Marode Brücken: Länder fordern 30-Milliarden-Fonds vom Bund"): the
 * line over the article's first paragraph as `findTitle` reads one, with the story's date, its
 * byline or its reading time between them (a subheading over a paragraph has none: "12.03.2024,
 * 06:45 Uhr", "Von Katrin Wehmeyer", "4 Min. Lesezeit"), among the first 25 lines and above the
 * page's second paragraph: the first such line, and not one right below a line that could be a
 * headline (a standfirst under a headline that is none). A line marked as a Markdown page's
 * headline ("# Santarém: obras na encosta …") is the headline without them. `source` starts at
 * a line; the span is in its offsets.
 */
export function findHeadline(source: string, removed: (line: string) => boolean): TitleSpan | undefined {
  let found: { start: number; end: number } | undefined;
  // the line before, when it could be a headline itself: then this one is its standfirst
  let under = false;
  let paragraphs = 0;
  let start = 0;
  for (let lines = 0; lines < maxHeadLines && start < source.length; lines++) {
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(start, end).replace(/\r$/, '');
    const text = headingText(line);
    if (text === '') under = false;
    else {
      const shaped = line === line.trimStart() && titleShaped(text) && !removed(line);
      if (shaped && ((h1Mark.test(line) && headlineWords(text)) || (!under && headlineWords(text) && overParagraph(text, source, start + line.length, removed, true)))) {
        found = { start, end: start + line.length };
        break;
      }
      if (paragraphShaped(text) && ++paragraphs >= maxHeadParagraphs) break;
      under = shaped && text.split(' ').length >= minHeadlineWords;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (!found) return undefined;
  const body = /\S/u.exec(source.slice(found.end));
  if (!body) return undefined;
  const title = headingText(source.slice(found.start, found.end));
  return { title, start: found.start, end: found.end, bodyStart: source.lastIndexOf('\n', found.end + body.index) + 1 };
}

/** The mark of a Markdown page's headline, one "#": a reader API's text marks the page's `<h1>` so. */
const h1Mark = /^#[ \t]+\S/u;

/**
 * A line among a page's others that reads as a headline, not as the lines around one: no date
 * or clock time ("Nov 20 2019, 11:06am ist"), no byline ("By Tess Bonn - 11/19/19"), no
 * separators of menus, trails and datelines (" › ", " | ", " • "), and some word in lower case
 * when its script has cases (not a menu, "Abo E-Paper Club Shop Gutscheine").
 */
function headlineWords(text: string): boolean {
  if (datePart.test(text) || writesMonthDate(text) || bylineStart.test(text) || / [›»>|•·] /u.test(text)) return false;
  return !/\p{Lu}/u.test(text) || /(?:^|[\s(“"„«'‘-])\p{Ll}/u.test(text);
}

/** A date written in numbers, or a clock time ("11:06", "6.02pm"). */
const datePart = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d\d\s?[ap]\.?m\b/iu;

/** A line that opens as a byline does, its name's words in any case. */
const bylineStart = /^(?:by|von|par|por|di|door|av|af|autor|author|автор)\s?:?\s/iu;

/** A story's date, its byline or its reading time, as the lines under a headline give them. */
function signsOrDates(line: string): boolean {
  return datePart.test(line) || writesMonthDate(line) || bylineStart.test(line) || bylineLine.test(line) || readingMinutes.test(line);
}

/** A reading time ("4 Min. Lesezeit", "6 min read"). */
const readingMinutes = new RegExp(String.raw`\d\s?${minuteUnit}(?!\p{L})`, 'iu');

/**
 * A line that can be a title: letters, no sentence-final punctuation, no URL, not too long, and
 * not a trail of a site's sections ("Wissen › Gesundheit", "Schwaz · Politik", set apart above
 * the headline by a blank line as the headline is above its text).
 */
function titleShaped(title: string): boolean {
  if (!/\p{L}/u.test(title) || title.length > maxTitleChars || title.split(' ').length > maxTitleWords) return false;
  return !/[.!?…:;,]["”’»)]*$/u.test(title) && !hasUrl.test(title) && !sectionTrail.test(title) && !menuBars.test(title);
}
const sectionTrail = /\s[›»·•]\s/u;
/** A menu's items between bars: four or more ("Portada | Cieza | Molina de Segura | Archena"); a title may end with its site's name and section after one or two. */
const menuBars = /(?:\s\|\s.*){3}/u;

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
