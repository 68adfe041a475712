/** Plain text: the title line. */

/** Where a plain-text title is, and where the body starts after it. */
export interface TitleSpan {
  title: string;
  /** The title line: [start, end) in UTF-16 offsets of the source. */
  start: number;
  end: number;
  /** Offset of the first line of the body. */
  bodyStart: number;
}

const maxTitleChars = 200;
const maxTitleWords = 30;

/**
 * The first line is the title when it is short, has letters and no sentence-final punctuation,
 * and is followed by a blank line and more text: "Belarusian security forces signed an open
 * letter …" over its article. A first paragraph that is a sentence is not a title.
 */
export function findTitle(source: string): TitleSpan | undefined {
  const end = source.indexOf('\n');
  if (end <= 0 || end > maxTitleChars + 2) return undefined;
  const line = source.slice(0, end).replace(/\r$/, '');
  const title = line.trim().replace(/\s+/gu, ' ');
  if (title === '' || line !== line.trimStart() || !/\p{L}/u.test(title)) return undefined;
  if (title.length > maxTitleChars || title.split(' ').length > maxTitleWords) return undefined;
  if (/[.!?…:;,]["”’»)]*$/u.test(title)) return undefined;
  // A blank line must follow, then some text.
  const rest = /^\n[ \t\r\u00a0]*\n/.exec(source.slice(end, end + 64));
  if (!rest) return undefined;
  const body = /\S/u.exec(source.slice(end));
  if (!body) return undefined;
  const bodyStart = source.lastIndexOf('\n', end + body.index) + 1;
  return { title, start: 0, end: line.length, bodyStart };
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
