import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { processAlive } from './atomic.js';
import { StringDecoder } from 'node:string_decoder';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isGzip, sniffBinary } from '../decode/bytes.js';
import { formatFromContent, formatFromPath } from '../decode/sniff.js';
import type { FileRef, OutputMode } from './outcome.js';
import { whitespace } from '../clean/whitespace.js';
import type { Piece, Processor } from '../pipeline/process.js';
import type { Settings } from '../settings.js';
import type { Severity, SourceInfo, UnscrapeRecord } from '../types.js';

/**
 * Documents too large to hold whole. A plain-text file over `largeDocumentBytes` is cleaned and
 * checked in pieces of about `pieceBytes`, cut at blank lines, and its one record is written as
 * it is made: the text straight away, the other lists through temporary files. Memory is bounded
 * by the piece, not by the document (a large text held whole, cleaned and serialized takes twenty
 * times its size; docs/performance.md). The record is the one the whole document would give, with two differences, both in
 * docs/rules.md: duplicate-paragraph and name-variant compare paragraphs within a piece (and
 * repeated-line counts the lines said in the document within it), and the paragraph before a
 * piece's first one is not seen by the rules that look back one paragraph.
 */

/** Larger plain-text files are processed in pieces. */
export const largeDocumentBytes = 8 * 1024 * 1024;
/**
 * The size a piece grows to before it is cut at the next blank line: dozens of articles. Larger
 * pieces took more memory and time (docs/performance.md).
 */
const pieceBytes = 256 * 1024;

/** Where each piece's record goes in the whole one. */
interface Shift {
  /** Code points of the source before the piece. */
  chars: number;
  /** Lines of the source before the piece. */
  lines: number;
}

/**
 * Process the large plain-text file `file` piece by piece with `processor`, writing its record to
 * `write` in `mode`. Returns false, having written nothing, when the file is not a plain UTF-8
 * text (gzip, another encoding, binary, HTML…): the caller processes it whole.
 */
export async function writeLargeDocument(file: Pick<FileRef, 'abs' | 'display' | 'sitePath'>, settings: Settings, processor: Processor, mode: OutputMode, write: (chunk: string) => Promise<void>, piece = pieceBytes): Promise<{ bytes: number } | false> {
  const { abs, display, sitePath } = file;
  const bytes = readFileSync(abs);
  if (settings.encoding || isGzip(bytes) || !isUtf8(bytes) || sniffBinary(bytes)) return false;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const format = settings.inputFormat ?? formatFromPath(abs) ?? formatFromContent(bytes.toString('utf8', bom, bom + 4096));
  if (format !== 'text') return false;

  const source: SourceInfo = { path: display, format: 'text', encoding: 'utf-8', sha256: createHash('sha256').update(bytes).digest('hex') };
  const lists = new Lists(mode);
  const shift: Shift = { chars: 0, lines: 0 };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let head: UnscrapeRecord | undefined;
  let charsOut = 0;
  /** Whether cleaned text was written: a separator before a piece is kept only between two texts. */
  let wroteText = false;
  let pendingSeparator: { start: number; text: string; line: boolean } | undefined;
  /** The last paragraph written so far, held back: a piece cut at a line break continues it. */
  let heldParagraph: string | undefined;
  const removeSeparator = (sep: { start: number; text: string }) => lists.add('removed', { rule: whitespace.id, start: sep.start, end: sep.start + sep.text.length, text: sep.text });
  try {
    for (let start = bom, k = 0; start < bytes.length; k++) {
      const { end, next, line } = cut(bytes, start, piece);
      const text = bytes.toString('utf8', start, end);
      // Later pieces are checked as the document's language, not each their own, and know its title.
      const place: Piece = { later: k > 0, more: next < bytes.length, ...(k > 0 && head?.meta.lang ? { lang: head.meta.lang } : {}), ...(k > 0 && head?.title !== undefined ? { title: head.title } : {}) };
      const record = processor({ path: display, data: text, format: 'text', piece: place, ...(sitePath ? { sitePath } : {}) });
      if ('error' in record) {
        // Text pieces fail only on an internal error; before any output the caller may still try the whole.
        if (!head) return false;
        throw new Error(`piece ${k + 1} failed: ${record.error.message}`);
      }
      if (!head) {
        head = record;
        await write(lists.opening(source, record));
      }
      // The blank line before this piece: kept as the paragraph break when text stands on both
      // sides. A single line break (a text without blank lines) is kept inside the paragraph.
      let continues = false;
      if (pendingSeparator) {
        if (wroteText && record.text !== '') {
          continues = pendingSeparator.line;
          await write(mode === 'text' || mode === 'text0' ? (continues ? '\n' : '\n\n') : continues ? '\\n' : '\\n\\n');
          charsOut += continues ? 1 : 2;
          for (let i = 0; i < pendingSeparator.text.length; i++) {
            if (pendingSeparator.text[i] === '\r') lists.add('removed', { rule: whitespace.id, start: pendingSeparator.start + i, end: pendingSeparator.start + i + 1, text: '\r' });
          }
        } else {
          removeSeparator(pendingSeparator);
        }
      }
      if (record.text !== '') {
        await write(mode === 'text' || mode === 'text0' ? record.text.replace(/\f/g, '\n').replace(/\0/g, '\ufffd') : JSON.stringify(record.text).slice(1, -1));
        wroteText = true;
      }
      charsOut += record.stats.charsOut;
      if (record.paragraphs.length > 0) {
        const paragraphs = [...record.paragraphs];
        if (heldParagraph !== undefined) {
          if (continues) paragraphs[0] = `${heldParagraph}\n${paragraphs[0]}`;
          else lists.add('paragraphs', heldParagraph);
        }
        heldParagraph = paragraphs.pop();
        for (const p of paragraphs) lists.add('paragraphs', p);
      }
      for (const r of record.removed) lists.add('removed', { ...r, start: r.start + shift.chars, end: r.end + shift.chars });
      for (const e of record.edits) lists.add('edits', { ...e, start: e.start + shift.chars, end: e.end + shift.chars });
      for (const f of record.findings) {
        lists.add('findings', { ...f, start: f.start + shift.chars, end: f.end + shift.chars, line: f.line + shift.lines });
        counts[f.severity]++;
      }
      const separator = bytes.toString('utf8', end, next);
      shift.chars += record.stats.charsIn;
      shift.lines += countLines(text);
      pendingSeparator = next > end ? { start: shift.chars, text: separator, line } : undefined;
      shift.chars += [...separator].length;
      shift.lines += countLines(separator);
      start = next;
    }
    if (!head) return false;
    // A separator at the very end (the file ends in a blank line) is whitespace like any other.
    if (pendingSeparator) removeSeparator(pendingSeparator);
    if (heldParagraph !== undefined) lists.add('paragraphs', heldParagraph);
    const stats = { charsIn: shift.chars, charsOut, removed: lists.count('removed'), edits: lists.count('edits'), findings: counts };
    await lists.closing(write, stats);
    return { bytes: bytes.length };
  } finally {
    lists.close();
  }
}

/**
 * Lines longer than this are never removed whole by a line rule (boilerplate and caption lines
 * are at most 240 characters): a line break between two of them is a safe place to cut.
 */
const longLine = 240;

/**
 * The end of the piece that starts at `start` and where the next begins: the piece is cut at the
 * first blank line ("\n\n" or "\n\r\n") after `piece` bytes; the line breaks between are the
 * separator, or at a line break between two long lines, whichever comes first (`line`: a text
 * with one paragraph per line, as many scrapers write, has no blank line). The line break stays
 * in the paragraph; no line next to it is one that cleaning empties (an emptied line next to a
 * break makes a blank line of the whole document). A text of short lines only is not cut. A
 * piece never splits a UTF-8 sequence (line breaks are single bytes).
 */
function cut(bytes: Buffer, start: number, piece: number): { end: number; next: number; line: boolean } {
  if (bytes.length - start <= piece) return { end: bytes.length, next: bytes.length, line: false };
  let i = bytes.indexOf(0x0a, start + piece);
  // Each line is measured once: the line after one break is the line before the next.
  let before = i < 0 ? 0 : charsOfLine(bytes, bytes.lastIndexOf(0x0a, i - 1) + 1, i);
  while (i >= 0) {
    if (bytes[i + 1] === 0x0a) return { end: i, next: i + 2, line: false };
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return { end: i, next: i + 3, line: false };
    const next = bytes.indexOf(0x0a, i + 1);
    const after = charsOfLine(bytes, i + 1, next < 0 ? bytes.length : next);
    if (before > longLine && after > longLine) return { end: bytes[i - 1] === 0x0d ? i - 1 : i, next: i + 1, line: true };
    before = after;
    i = next;
  }
  return { end: bytes.length, next: bytes.length, line: false };
}

/** Characters (not bytes) of the line in [from, to), counted up to one past `longLine`. */
function charsOfLine(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n <= longLine; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** This process's list folders: removed if it exits before they are closed (a second Ctrl-C, SIGTERM twice). */
const liveDirs = new Set<string>();
let swept = false;

/**
 * Remove the list folders (`unscrape-large-<pid>-…` in the temporary folder) of runs that were
 * killed (SIGKILL, a power cut), once per process (at the start of `clean`, or of the first
 * large document), and hook this process's own for its exit.
 */
export function removeStaleLargeDirs(): void {
  if (swept) return;
  swept = true;
  process.once('exit', () => {
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^unscrape-large-(\d+)-/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // another user's, in a shared temporary folder
    }
  }
}

type ListName = 'paragraphs' | 'removed' | 'edits' | 'findings';
const listNames: readonly ListName[] = ['paragraphs', 'removed', 'edits', 'findings'];

/**
 * The record's lists, written to temporary files as they grow and copied into the output after
 * the text, in the record's key order and in the format of `mode` (compact or indented as
 * `JSON.stringify(record, null, 2)` would write it).
 */
class Lists {
  readonly #dir: string;
  readonly #fds = new Map<ListName, number>();
  readonly #counts = new Map<ListName, number>();
  /** Items not yet written, per list: one write per 64 KB, not one per finding. */
  readonly #pending = new Map<ListName, string[]>();
  readonly #pendingSize = new Map<ListName, number>();
  #closed = false;

  constructor(private readonly mode: OutputMode) {
    removeStaleLargeDirs();
    this.#dir = mkdtempSync(join(tmpdir(), `unscrape-large-${process.pid}-`));
    liveDirs.add(this.#dir);
    for (const name of listNames) {
      this.#fds.set(name, openSync(join(this.#dir, name), 'w+'));
      this.#counts.set(name, 0);
      this.#pending.set(name, []);
      this.#pendingSize.set(name, 0);
    }
  }

  count(name: ListName): number {
    return this.#counts.get(name)!;
  }

  add(name: ListName, item: unknown): void {
    if (this.mode === 'text' || this.mode === 'text0') return;
    const n = this.#counts.get(name)!;
    const json = this.mode === 'pretty' ? '    ' + JSON.stringify(item, null, 2).replace(/\n/g, '\n    ') : JSON.stringify(item);
    const piece = (n > 0 ? (this.mode === 'pretty' ? ',\n' : ',') : '') + json;
    this.#pending.get(name)!.push(piece);
    this.#counts.set(name, n + 1);
    const size = this.#pendingSize.get(name)! + piece.length;
    this.#pendingSize.set(name, size);
    if (size > 1 << 16) this.#flush(name);
  }

  #flush(name: ListName): void {
    const pending = this.#pending.get(name)!;
    if (pending.length > 0) writeSync(this.#fds.get(name)!, pending.join(''));
    pending.length = 0;
    this.#pendingSize.set(name, 0);
  }

  /** Everything before the text's characters. */
  opening(source: SourceInfo, first: UnscrapeRecord): string {
    // The title line and a blank line, as textOf (outcome.ts) writes a document.
    if (this.mode === 'text' || this.mode === 'text0') return first.title ? first.title.replace(/[\f\n]/g, ' ').replace(/\0/g, '\ufffd') + '\n\n' : '';
    const headKeys: Record<string, unknown> = { schema: first.schema, source, ...(first.title !== undefined ? { title: first.title } : {}), meta: first.meta };
    if (this.mode === 'line') return JSON.stringify(headKeys).slice(0, -1) + ',"text":"';
    return JSON.stringify(headKeys, null, 2).slice(0, -2) + ',\n  "text": "';
  }

  /** The text's closing quote, the lists and the stats. */
  async closing(write: (chunk: string) => Promise<void>, stats: UnscrapeRecord['stats']): Promise<void> {
    if (this.mode === 'text' || this.mode === 'text0') {
      await write(this.mode === 'text0' ? '\0' : '\n');
      return;
    }
    const pretty = this.mode === 'pretty';
    await write('"');
    for (const name of listNames) {
      const n = this.#counts.get(name)!;
      if (pretty) await write(n === 0 ? `,\n  "${name}": []` : `,\n  "${name}": [\n`);
      else await write(`,"${name}":[`);
      await this.#copy(name, write);
      if (pretty && n > 0) await write('\n  ]');
      else if (!pretty) await write(']');
    }
    await write(pretty ? `,\n  "stats": ${JSON.stringify(stats, null, 2).replace(/\n/g, '\n  ')}\n}\n` : `,"stats":${JSON.stringify(stats)}}\n`);
  }

  async #copy(name: ListName, write: (chunk: string) => Promise<void>): Promise<void> {
    this.#flush(name);
    const fd = this.#fds.get(name)!;
    const buffer = Buffer.alloc(1 << 20);
    // A read may end inside a UTF-8 sequence: the decoder holds it back for the next.
    const decoder = new StringDecoder('utf8');
    let position = 0;
    for (let n = readSync(fd, buffer, 0, buffer.length, position); n > 0; n = readSync(fd, buffer, 0, buffer.length, position)) {
      position += n;
      await write(decoder.write(buffer.subarray(0, n)));
    }
    const rest = decoder.end();
    if (rest) await write(rest);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const fd of this.#fds.values()) closeSync(fd);
    rmSync(this.#dir, { recursive: true, force: true });
    liveDirs.delete(this.#dir);
  }
}
