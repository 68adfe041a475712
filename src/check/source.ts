import { encodeText, knownEncoding } from '../decode/bytes.js';
import type { DecodedDocument } from '../pipeline/process.js';
import type { UnscrapeRecord } from '../types.js';

/**
 * Writing a checked file back: its text encoded as the pipeline read it (encoding, BOM, line
 * endings), and a record's changes applied to a text.
 */

/** Encode `text` as `document`'s file was: same encoding, BOM and line endings. */
export function encodeDocument(document: Pick<DecodedDocument, 'encoding' | 'bom' | 'crlf'>, text: string): Buffer {
  const body = document.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return encodeText((document.bom ? '\ufeff' : '') + body, document.encoding);
}

/** Encoding the document's text again gives the file's bytes: a rewrite keeps everything it does not fix. */
export function roundTrips(document: DecodedDocument, bytes: Buffer): boolean {
  return !document.gzip && knownEncoding(document.encoding) && encodeDocument(document, document.text).equals(bytes);
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
