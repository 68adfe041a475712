import { applyRecord } from './source.js';
import type { UnscrapeRecord } from '../types.js';

/**
 * Markdown: the record's offsets are those of the extracted text (paragraphs joined by a blank
 * line), not of the file. A paragraph that stands verbatim on its own line(s) of the file can be
 * mapped back exactly; a fix is only applied when every paragraph it touches maps, otherwise
 * the file is reported and left alone.
 */

interface Paragraph {
  /** Code-point offsets in the extracted text. */
  start: number;
  end: number;
  text: string;
  /** Code-point offset of the same text in the file, when found verbatim on its own lines. */
  at?: number;
  /** Otherwise, where the paragraph probably is: the file's text from the line it starts on to the next blank line. */
  near?: { at: number; text: string };
}

/** Letters and digits only, lower-cased: to recognize a paragraph under its Markdown syntax. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The extracted text's paragraphs, located in the file in order. */
export function locateParagraphs(file: string, extracted: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const chars = [...extracted];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || (chars[i] === '\n' && chars[i + 1] === '\n')) {
      if (i > start) paragraphs.push({ start, end: i, text: chars.slice(start, i).join('') });
      start = i + 2;
      i++;
    }
  }
  // Past the front matter, which may repeat the title or the lead.
  const fm = /^---\r?\n[^]*?\r?\n(---|\.\.\.)\r?\n/.exec(file);
  let cursor = fm ? fm[0].length : 0;
  for (const p of paragraphs) {
    for (let at = file.indexOf(p.text, cursor); at >= 0; at = file.indexOf(p.text, at + 1)) {
      const after = at + p.text.length;
      if ((at === 0 || file[at - 1] === '\n') && (after === file.length || file[after] === '\n' || file.startsWith('\r\n', after))) {
        p.at = [...file.slice(0, at)].length;
        cursor = after;
        break;
      }
    }
    if (p.at !== undefined) continue;
    // Not verbatim (emphasis, links, wrapped lines): the first line after the cursor whose
    // letters begin the paragraph's letters, for positions only (never for fixes).
    const head = bare(p.text).slice(0, 24);
    if (head === '') continue;
    for (let line = cursor; line < file.length; ) {
      const next = file.indexOf('\n', line);
      const end = next < 0 ? file.length : next;
      const letters = bare(file.slice(line, end));
      if (letters.startsWith(head) || (letters.length >= 4 && head.startsWith(letters))) {
        const blank = /\n[ \t]*\r?\n/g;
        blank.lastIndex = line;
        const stop = blank.exec(file)?.index ?? file.length;
        p.near = { at: [...file.slice(0, line)].length, text: file.slice(line, stop) };
        cursor = stop;
        break;
      }
      line = end + 1;
    }
  }
  return paragraphs;
}

/**
 * File offset (code points) of extracted-text offset `cp`: exact in a located paragraph; in a
 * paragraph found only approximately, where the text at `cp` occurs once in it (else its first
 * line); between paragraphs, the start of the next one.
 */
export function mapOffset(paragraphs: readonly Paragraph[], cp: number): number | undefined {
  const i = paragraphs.findIndex((q) => cp <= q.end);
  const p = paragraphs[i];
  if (!p) return undefined;
  if (cp < p.start) return p.at ?? p.near?.at;
  if (p.at !== undefined) return p.at + (cp - p.start);
  if (!p.near) return undefined;
  const chars = [...p.text];
  const offset = cp - p.start;
  const after = chars.slice(offset, offset + 12).join('');
  const needle = after.length >= 3 ? after : chars.slice(Math.max(0, offset - 12), offset).join('');
  const found = needle === '' ? -1 : p.near.text.indexOf(needle);
  if (found < 0 || p.near.text.indexOf(needle, found + 1) >= 0) return p.near.at;
  const at = p.near.at + [...p.near.text.slice(0, found)].length;
  return needle === after ? at : at + [...needle].length;
}

/**
 * The Markdown file with the record's fixes applied, or a reason why they cannot be applied
 * exactly. A paragraph removed whole takes its line(s) and one adjacent blank line with it; the
 * blank-line changes between paragraphs that come with such a removal are implied by that.
 */
export function fixMarkdown(file: string, extracted: string, record: Pick<UnscrapeRecord, 'removed' | 'edits'>): { ok: true; text: string } | { ok: false; reason: string } {
  const paragraphs = locateParagraphs(file, extracted);
  const changes = [
    ...record.removed.map((r) => ({ start: r.start, end: r.end, after: '' })),
    ...record.edits.map((e) => ({ start: e.start, end: e.end, after: e.after })),
  ];
  const fileChanges: Array<{ start: number; end: number; after: string }> = [];
  const removedWhole = new Set<Paragraph>();
  for (const p of paragraphs) {
    const inside = changes.filter((c) => c.start >= p.start && c.end <= p.end);
    if (inside.length === 0) continue;
    if (p.at === undefined) return { ok: false, reason: `the paragraph “${p.text.slice(0, 40)}…” is not plain text on its own lines in the file` };
    const rest = applyRecord(p.text, { removed: inside.filter((c) => c.after === '').map((c) => ({ rule: '', start: c.start - p.start, end: c.end - p.start, text: '' })), edits: inside.filter((c) => c.after !== '').map((c) => ({ rule: '', start: c.start - p.start, end: c.end - p.start, before: '', after: c.after })) });
    if (rest.trim() === '') removedWhole.add(p);
    else for (const c of inside) fileChanges.push({ start: p.at + c.start - p.start, end: p.at + c.end - p.start, after: c.after });
  }
  // Changes outside every paragraph: only the blank lines next to a paragraph removed whole.
  for (const c of changes) {
    if (paragraphs.some((p) => c.start >= p.start && c.end <= p.end)) continue;
    const touches = paragraphs.filter((p) => c.start <= p.end && p.start <= c.end);
    if (c.after !== '' || !touches.some((p) => removedWhole.has(p) || (c.start >= p.end && removedWhole.has(paragraphs[paragraphs.indexOf(p) + 1]!)))) {
      return { ok: false, reason: 'a change between paragraphs cannot be mapped back to the Markdown source' };
    }
  }
  const chars = [...file];
  for (const p of removedWhole) {
    let start = p.at!;
    let end = p.at! + (p.end - p.start);
    if (chars[end] === '\r') end++;
    if (chars[end] === '\n') end++;
    // One blank line after (or, at the end, before) goes with it.
    if (chars[end] === '\n') end++;
    else if (chars[end] === '\r' && chars[end + 1] === '\n') end += 2;
    else if (start >= 1 && chars[start - 1] === '\n' && chars[start - 2] === '\n') start--;
    fileChanges.push({ start, end, after: '' });
  }
  fileChanges.sort((a, b) => b.start - a.start);
  let limit = chars.length;
  for (const c of fileChanges) {
    if (c.end > limit) return { ok: false, reason: 'overlapping changes' };
    chars.splice(c.start, c.end - c.start, c.after);
    limit = c.start;
  }
  return { ok: true, text: chars.join('') };
}
