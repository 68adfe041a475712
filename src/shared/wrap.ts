import type { TextLine } from '../types.js';

/**
 * Sentences broken across lines: a hard-wrapped text (a mail archive, a PDF's text, a page as
 * `lynx -dump` or html2text write it, `fold -w 72`), or a page whose links each became a line.
 * A physical line of such a text is a piece of a sentence, not a unit a line rule may judge
 * alone: "…will make them more" / "popular." is one sentence, and "popular." alone looks like a
 * teaser label; the lines of a paragraph below "Related" look like headlines.
 *
 * In a text wrapped at a fixed width, the line rules read logical lines (`logicalLines`): the
 * pieces of a sentence joined into one line, as the text was before it was wrapped. The line
 * classifier also joins, in every text, a line that goes on with the sentence of the line
 * above (`unitRuns`).
 */

/** Whether line `b`, right below `a`, goes on with a sentence `a` broke off. */
function continues(a: string, b: string): boolean {
  return !/[.!?:…"”»)]$/u.test(a) && /^\p{Ll}/u.test(b);
}

/**
 * Whether line `b` belongs with `a` in one unit: `b` goes on with `a`'s sentence, or a link cut
 * the sentence around it: `a` ends with an opening bracket, or `b` begins with a closing one
 * or with punctuation ("… prevent emotional eating (", "18", ")." on a page whose citation
 * links each were a line: one sentence, judged as one).
 */
function joins(a: string, b: string): boolean {
  return continues(a, b) || /[([]$/u.test(a) || /^[)\].,;:!?]/u.test(b);
}

/** A unit: the indices of its first and last line in the lines it was found in. */
export interface LineRun {
  first: number;
  last: number;
}

/**
 * The units of a text's non-blank `lines` (in order): a line that continues the sentence of the
 * line above, with no blank line between them, is joined to it; when the text is hard-wrapped
 * (at least three lines, and a fifth of them, break a sentence that goes on in lower case on
 * the next), a unit is a paragraph: a run of lines with no blank line between them.
 */
export function unitRuns(lines: readonly TextLine[]): LineRun[] {
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (b.start !== a.end + 1) continue;
    if (continues(a.text, b.text)) broken++;
  }
  const wrapped = broken >= 3 && broken * 5 >= lines.length;
  const runs: LineRun[] = [];
  // The text of the current unit's last line is what `joins` reads after a joined line: the
  // unit's text ends with it.
  for (let i = 0; i < lines.length; i++) {
    const run = runs[runs.length - 1];
    const l = lines[i]!;
    if (run !== undefined && l.start === lines[i - 1]!.end + 1 && (wrapped || joins(lines[i - 1]!.text, l.text))) run.last = i;
    else runs.push({ first: i, last: i });
  }
  return runs;
}

/** The widths text is wrapped at: narrower, the lines are a list's items; wider, paragraphs. */
const minWrapWidth = 40;
const maxWrapWidth = 132;
/** A line this much longer than the width is one the wrapper could not break (a long address)… */
const overlongFactor = 1.15;
/** …and no more than this share of a wrapped text's lines are: one paragraph per line is not wrapped. */
const maxOverlongShare = 0.05;
/** Lines longer than this end a stretch of lines that may have been wrapped at a width. */
const maxStretchLine = Math.round(maxWrapWidth * overlongFactor);
/** Lines that fill this share of the width are the ones a wrapper broke (the others end paragraphs, or are headings or menu items)… */
const longShare = 0.6;
/** …and this share of them break full: below it, the lines are a page's blocks, a list or one paragraph per line. */
const minFullShare = 0.6;
/** Share of the full breaks that go on in lower case: prose does, in German too; headline lists do not. */
const minLowerShare = 0.3;
/** Fewer full breaks, or fewer of them going on in lower case, than these say nothing of a width (a page's few lines, a short paragraph). */
const minFull = 8;
const minLower = 4;

/** The length of a line's first word (up to the first space). */
function firstWordLength(text: string): number {
  const space = text.indexOf(' ');
  return space < 0 ? text.length : space;
}

/** Whether line `a` is full at `width`: the first word of `b`, the line below, would not have fitted after it. */
function fullAt(width: number, a: string, b: string): boolean {
  return a.length + 1 + firstWordLength(b) > width;
}

/** Whether a line ends a sentence: a colon or a semicolon goes on ("Read it here:" / an address that did not fit). */
function closes(text: string): boolean {
  return /[.!?…"”»)’'\]]$/u.test(text);
}

/**
 * The width `lines` (non-blank, in order) were wrapped at, or undefined when they were not. The
 * width is the 90th percentile of the lengths of the lines followed by another, between 40 and
 * 132 columns, and almost every line fits in it. Most of the lines that fill more than half of
 * it break where the next line's first word would not have fitted, and enough of those go on
 * in lower case: a wrapper breaks sentences anywhere, where a page's text, one block per line,
 * breaks where its blocks end, and a list of headlines starts each with a capital.
 */
export function wrapWidth(lines: readonly TextLine[]): number | undefined {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i + 1]!.start === lines[i]!.end + 1) pairs.push(i);
  // Too few breaks to tell, or too many lines longer than any width: no need to sort.
  if (pairs.length < minFull) return undefined;
  let longer = 0;
  for (const l of lines) if (l.text.length > maxStretchLine) longer++;
  if (longer > lines.length * maxOverlongShare) return undefined;
  const lengths = pairs.map((i) => lines[i]!.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < minWrapWidth || width > maxWrapWidth) return undefined;
  if (lines.filter((l) => l.text.length > width * overlongFactor).length > lines.length * maxOverlongShare) return undefined;
  const long = pairs.filter((i) => lines[i]!.text.length >= width * longShare);
  const full = long.filter((i) => fullAt(width, lines[i]!.text, lines[i + 1]!.text));
  if (full.length < minFull || full.length < long.length * minFullShare) return undefined;
  const lower = full.filter((i) => startsLower(lines[i + 1]!.text)).length;
  return lower >= minLower && lower >= full.length * minLowerShare ? width : undefined;
}

/** Whether a line starts in lower case, after an opening quote or bracket: a sentence going on. */
function startsLower(text: string): boolean {
  return /^["'“‘«(]?\p{Ll}/u.test(text);
}

/** Whether a line's text holds no blank but single spaces (`TextLine.plain`). */
function isPlain(text: string): boolean {
  return !/[^\S ]| {2}/u.test(text);
}

/** What a joined line reads as a space: a line break (what `linesOf` splits at), and the CR of a CRLF. */
const joint = /[\r\n\v\f\u0085\u2028\u2029]/gu;

/**
 * The lines of a text (`linesOf`) as the line rules read them. The text is read in stretches:
 * runs of lines with no blank line between them, a line too long for any width ending one. In
 * a stretch wrapped at a width (`wrapWidth`), a line is joined to the one above it when that one
 * is full and its sentence open (no final stop), or when it goes on with that sentence
 * (`joins`). A joined line spans its pieces; its text is theirs with each line break read as a
 * space, so offsets into it are the source's. A stretch is read at its own width when it tells
 * one (a document of pasted articles may hold one wrapped article, and a large document's
 * pieces, run/large.ts, cut at blank lines or between long lines, read such a stretch as the
 * whole document does), else at the whole text's (a paragraph of a few lines cannot tell).
 */
export function logicalLines(text: string, lines: readonly TextLine[]): readonly TextLine[] {
  let out: TextLine[] | undefined;
  let whole: number | undefined | null = null;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.trimEnd > lines[j]!.trimStart && lines[j]!.text.length <= maxStretchLine) j++;
    if (j - i > 1) {
      const stretch = lines.slice(i, j);
      let width = wrapWidth(stretch);
      if (width === undefined) {
        if (whole === null) {
          // A stretch of every non-blank line has just said what the whole text would.
          const all = lines.filter((l) => l.trimEnd > l.trimStart);
          whole = all.length === stretch.length ? undefined : wrapWidth(all);
        }
        width = whole;
      }
      if (width !== undefined) {
        out ??= lines.slice(0, i);
        out.push(...joinedAt(width, text, stretch));
        i = j;
        continue;
      }
    }
    const next = Math.max(j, i + 1);
    if (out !== undefined) for (let k = i; k < next; k++) out.push(lines[k]!);
    i = next;
  }
  return out ?? lines;
}

/** Lines `first` to `last` of `text` as one line (see `logicalLines`). */
function joinLines(text: string, first: TextLine, last: TextLine): TextLine {
  const joined = text.slice(first.trimStart, last.trimEnd).replace(joint, ' ');
  return { start: first.start, end: last.end, trimStart: first.trimStart, trimEnd: last.trimEnd, text: joined, plain: isPlain(joined) };
}

/** The non-blank `lines` of a stretch wrapped at `width`, each joined to the one above when it goes on with its sentence. */
function joinedAt(width: number, text: string, lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let first = lines[0]!;
  let last = first;
  const close = () => out.push(first === last ? first : joinLines(text, first, last));
  for (const l of lines.slice(1)) {
    if ((fullAt(width, last.text, l.text) && !closes(last.text)) || joins(last.text, l.text)) last = l;
    else {
      close();
      first = last = l;
    }
  }
  close();
  return out;
}

/**
 * The spans of the lines of preformatted `text` (a `<pre>`, its lines split at "\n"): its
 * logical lines (`logicalLines`) when it is prose wrapped at a width (an archived mail), else
 * its lines as they are (code, a table drawn in characters, verse).
 */
export function preformattedSpans(text: string): Array<[number, number]> {
  const lines: TextLine[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    const end = start + piece.length;
    const lead = piece.length - piece.trimStart().length;
    const content = piece.trim();
    lines.push({ start, end, trimStart: start + lead, trimEnd: start + lead + content.length, text: content, plain: isPlain(content) });
    start = end + 1;
  }
  return logicalLines(text, lines).map((l) => [l.start, l.end]);
}
