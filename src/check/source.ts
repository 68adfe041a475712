import { decodeBytes, encodeText, knownEncoding } from '../decode/bytes.js';
import type { UnscrapeRecord } from '../types.js';

/**
 * The texts `check` works on besides the record: the decoded file, a JSON document's text
 * field, and the source text of an extracted document rebuilt from its record.
 */

/** A decoded file, with what it takes to encode it back byte for byte. */
export interface DecodedFile {
  text: string;
  encoding: string;
  /** The BOM bytes the file starts with ('' when none). */
  bom: Buffer;
  /** Every line break is CRLF (the text here has LF; encoding puts CRLF back). */
  crlf: boolean;
  /** Encoding `text` again gives the original bytes: a rewrite keeps everything it does not fix. */
  roundTrips: boolean;
}

const boms: ReadonlyArray<[string, number[]]> = [['utf-8', [0xef, 0xbb, 0xbf]], ['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]];

/**
 * Decode a file's bytes with the encoding the pipeline chose. With `crlf` (every line break is
 * CRLF) the text has LF, so that line endings are not reported as whitespace on every line;
 * `encodeFile` restores them.
 */
export function decodeFile(bytes: Buffer, encoding: string, crlf: boolean): DecodedFile {
  const bomEntry = boms.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  const bom = bomEntry ? bytes.subarray(0, bomEntry[1].length) : Buffer.alloc(0);
  const name = bomEntry ? bomEntry[0] : encoding;
  let text = decodeBytes(bytes, { forced: name }).text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (crlf) text = text.replace(/\r\n/g, '\n');
  const file: DecodedFile = { text, encoding: name, bom: Buffer.from(bom), crlf, roundTrips: false };
  file.roundTrips = knownEncoding(name) && encodeFile(file, text).equals(bytes);
  return file;
}

/** Encode `text` as `file` was: same encoding, BOM and line endings. */
export function encodeFile(file: DecodedFile, text: string): Buffer {
  const body = file.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return Buffer.concat([file.bom, encodeText(body, file.encoding)]);
}

/** Apply a record's removals and edits (code-point offsets) to its source text, back to front. */
export function applyRecord(source: string, record: Pick<UnscrapeRecord, 'removed' | 'edits'>): string {
  const chars = [...source];
  const changes = [
    ...record.removed.map((r) => ({ start: r.start, end: r.end, text: '' })),
    ...record.edits.map((e) => ({ start: e.start, end: e.end, text: e.after })),
  ].sort((a, b) => b.start - a.start);
  let limit = chars.length;
  for (const c of changes) {
    if (c.end > limit || c.start > c.end) continue; // overlapping: never produced; skip rather than corrupt
    chars.splice(c.start, c.end - c.start, c.text);
    limit = c.start;
  }
  return chars.join('');
}

/**
 * The source text of a record whose body starts at offset 0 (HTML, Markdown): the cleaned text
 * with every removal and edit undone. Only the final line break (never part of the body) is lost.
 */
export function rebuildSource(record: Pick<UnscrapeRecord, 'removed' | 'edits' | 'text'>): string {
  const cleaned = [...record.text];
  const changes = [
    ...record.removed.map((r) => ({ start: r.start, end: r.end, before: r.text, after: 0 })),
    ...record.edits.map((e) => ({ start: e.start, end: e.end, before: e.before, after: [...e.after].length })),
  ].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  let out = 0;
  for (const c of changes) {
    parts.push(cleaned.slice(out, out + (c.start - at)).join(''), c.before);
    out += c.start - at + c.after;
    at = c.end;
  }
  parts.push(cleaned.slice(out).join(''));
  return parts.join('');
}

/** A string member of the top-level object of a JSON text: where its value's token is. */
export interface JsonStringField {
  name: string;
  value: string;
  /** UTF-16 offsets of the value token, quotes included. */
  start: number;
  end: number;
}

/**
 * The top-level members of a JSON object whose values are strings, with the place of each value
 * token, so that one field can be replaced and every other byte kept. Undefined when `json` is
 * not an object.
 */
export function jsonStringFields(json: string): JsonStringField[] | undefined {
  const fields: JsonStringField[] = [];
  let i = skipBlank(json, 0);
  if (json[i] !== '{') return undefined;
  let depth = 0;
  let key: string | undefined;
  let expectValue = false;
  for (; i < json.length; i++) {
    const c = json[i]!;
    if (c === '"') {
      const end = stringEnd(json, i);
      if (end < 0) return undefined;
      if (depth === 1) {
        const text = JSON.parse(json.slice(i, end)) as string;
        if (expectValue && key !== undefined) {
          fields.push({ name: key, value: text, start: i, end });
          key = undefined;
          expectValue = false;
        } else key = text;
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      depth++;
      expectValue = false;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ':' && depth === 1) expectValue = true;
    else if (c === ',' && depth === 1) {
      key = undefined;
      expectValue = false;
    } else if (depth === 1 && expectValue && !/\s/.test(c)) expectValue = false;
  }
  return fields;
}

function skipBlank(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}

/** Offset after the closing quote of the string token starting at `i`, or -1. */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '"') return j + 1;
  }
  return -1;
}

/** 1-based line and code-point column of UTF-16 offset `u` in `text`. */
export function lineColumnAt(text: string, u: number): { line: number; column: number } {
  const before = text.slice(0, u);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
