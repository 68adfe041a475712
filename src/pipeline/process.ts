import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { cleanText } from '../clean/index.js';
import type { Cleaned } from '../clean/index.js';
import { asBuffer, decodeBytes, gunzip, isGzip, sniffBinary } from '../decode/bytes.js';
import { DecodeError } from '../errors.js';
import { formatFromContent, formatFromPath } from '../decode/sniff.js';
import { createDetector } from '../detect/index.js';
import { sniffHtmlCharset } from '../decode/charset.js';
import { readJsonDocument, type JsonDocument } from '../extract/json.js';
import { composeMaps, mapSpan } from '../shared/srcmap.js';
import { SourceIndex } from '../record/positions.js';
import { JsonDocumentError } from '../errors.js';
import { findHeadline, findTitle, hasUrl, headingText, repeatedTitleEnd, type TitleSpan } from '../extract/title.js';
import { buildRecord, errorRecord } from '../record/index.js';
import { judgedIn, lineClassifier, probableJunk } from '../clean/line-classifier.js';
import { repeatedLine } from '../clean/repeated-line.js';
import { findHeaderBlock, headerBlock, headerFields } from '../clean/header-block.js';
import { whitespace } from '../clean/whitespace.js';
import { levelOf } from './registry.js';
import { siteOf } from '../repeated/site.js';
import { fingerprint } from '../repeated/lines.js';
import { type CleanContext, titleCutRule, type Change, type ErrorRecord, type Extracted, type SourceMap, type InputFormat, type OutputRecord, type RawFinding, type SourceInfo, type Suppression, type UnscrapeRecord } from '../types.js';
import type { Settings } from '../settings.js';
import { DocumentError } from '../errors.js';

/** One document to process. */
export interface InputDocument {
  /** The path shown in the record ("-" for stdin). */
  path: string;
  /** Raw bytes (files; a JSON Lines line's UTF-8), or already decoded text (API strings). */
  data: Uint8Array | string;
  /** The format, when the caller knows it (a JSON Lines line is "json"). */
  format?: InputFormat;
  /** 1-based line of a JSON Lines document. */
  line?: number;
  /** The container format to report (a JSON Lines line reports "jsonl"). */
  container?: InputFormat;
  /** A piece of a plain text too large to process whole (see run/large.ts). */
  piece?: Piece;
  /** The path whose folder is the document's site when it names none, if not `path` (run/inputs.ts, `InputFile.sitePath`). */
  sitePath?: string;
}

/** Where a piece stands in its document (run/large.ts cuts a large plain text into pieces). */
export interface Piece {
  /** A piece after the document's first: it has no title line. */
  later: boolean;
  /** More pieces follow: this piece's last line is not the document's. */
  more: boolean;
  /** The whole document's language and title (from its first piece), for the later ones. */
  lang?: string;
  title?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Where the document came from. */
    source: SourceInfo;
    /** Title, metadata and suppressions the extractor found. */
    extracted: Extracted;
    /** Source offset where the body starts (after a plain-text title). */
    bodyStart: number;
    /** A title line below leading noise ("[ad_1]" above it), cut out of the body. */
    titleCut: Change;
    /** Repairs inside the title line (mojibake), in source offsets: recorded as edits. */
    titleEdits: Change[];
    /** The cleaned body, its changes and map. */
    cleaned: Cleaned;
    /** Findings, in UTF-16 offsets of the cleaned text. */
    findings: RawFinding[];
    /** The text's lines are the document's own (plain text, Markdown), not an HTML extractor's paragraphs. */
    ownLines: boolean;
    /**
     * A Markdown document: its decoded text (BOM stripped) and the map from the extracted text
     * to it. The record's positions point into this text, as SPEC.md asks.
     */
    decoded: { text: string; map: SourceMap };
    /** Asked for by `check` (see `sourceProcessorWith`): the file as decoded. */
    document: DecodedDocument;
    /** Asked for by `check`: the map from the record's source text to the file, and a JSON document's field. */
    located: { map?: SourceMap; field?: DecodedDocument['field'] };
  }
}

/** Process one document: a bad document becomes an error record (see `MissingExtractor`). */
export type Processor = (input: InputDocument) => OutputRecord;

/**
 * Process one document and say what the stages knew of its file: what `check` places problems
 * in and rewrites (see {@link DecodedDocument}).
 */
export type SourceProcessor = (input: InputDocument) => Processed;

/** A record, and the file it was made from as the stages read it (absent when it could not be decoded). */
export interface Processed {
  record: OutputRecord;
  document?: DecodedDocument;
}

/**
 * A document's file as the decode and extract stages read it, for `check`: the text to place
 * problems in, what it takes to write it back byte for byte, and the way from the record's
 * positions to the file.
 */
export interface DecodedDocument {
  /** The decoded file (BOM stripped; LF where every line break of the file is CRLF). */
  text: string;
  /** The encoding it was decoded from. */
  encoding: string;
  /** The file starts with a byte order mark (of `encoding`). */
  bom: boolean;
  /** Every line break of the file is CRLF; `text` has LF, so that no line is reported for its ending. */
  crlf: boolean;
  /** The file is gzip-compressed. */
  gzip: boolean;
  /** The format it was read as (a whole JSON Lines file: "jsonl", its lines are documents of their own). */
  format: InputFormat;
  /**
   * The text the record's positions count in (code points): `text` itself for plain text and
   * Markdown, the extracted text of an HTML page, a JSON document's content.
   */
  source: string;
  /**
   * From `source` to `text` (UTF-16 offsets; see types.ts `SourceMap`) when they differ: an HTML
   * page's text nodes and character references, a JSON string's characters and escapes.
   */
  map?: SourceMap;
  /** A JSON document: the field its content was read from, and where its value token is in `text`. */
  field?: { name: string; kind: JsonDocument['kind']; start: number; end: number };
}

/**
 * Where the span [start, end) of a record (code points of `document.source`) is in the file:
 * UTF-16 offsets of `document.text`, through the map when the record counts in another text
 * (the span runs from the first character with a place to the end of the last one, so markup
 * between them is inside). Pass the source's index when placing many spans.
 */
export function fileSpanOf(document: DecodedDocument, start: number, end: number, source = new SourceIndex(document.source)): [number, number] {
  const a = source.unit(start);
  const b = source.unit(end);
  return document.map ? mapSpan(document.map, a, b) : [a, b];
}

/** The HTML and Markdown extractors: cheerio, remark and YAML, a fifth of a worker's start-up. */
export interface Extractors {
  /** With `mapped`, the extracted text's map to `content` (an HTML page's is made only when asked). */
  html: (content: string, mapped?: boolean) => Extracted;
  markdown: (content: string) => Extracted;
}

/**
 * Thrown (not turned into a record) when a document needs an extractor that `processorWith` was
 * not given: the caller loads it (`loadExtractor`) and runs the document again. A worker on a
 * plain-text corpus so never loads the HTML and Markdown parsers.
 */
export class MissingExtractor extends Error {
  constructor(readonly kind: keyof Extractors) {
    super(`the ${kind} extractor is not loaded`);
  }
}

/**
 * Build a processor with the extractors it may use (each worker builds one; the detectors and
 * lists are made once here).
 * The stages for one document, in order:
 *   1. decode    bytes -> text (gzip, binary check, size, BOM, charset)
 *   2. sniff     the format, from the caller, the extension or the content
 *   3. extract   HTML, Markdown or JSON -> article text, title, metadata
 *   4. title     a plain text's first line, when it is a title
 *   5. clean     remove and repair, with every change recorded on the source
 *   6. detect    translation artifacts on the cleaned text, mapped back to the source
 *   7. record    the unscrape/1 record
 */
export function processorWith(settings: Settings, extractors: Partial<Extractors>): Processor {
  const run = stagesWith(settings, extractors);
  return (input) => run(input, false).record;
}

/** {@link processorWith}, with each document's file as the stages read it (what `check` works on). */
export function sourceProcessorWith(settings: Settings, extractors: Partial<Extractors>): SourceProcessor {
  const run = stagesWith(settings, extractors);
  return (input) => run(input, true);
}

function stagesWith(settings: Settings, extractors: Partial<Extractors>): (input: InputDocument, mapped: boolean) => Processed {
  const level = (id: string) => levelOf(id, settings.rules);
  const enabled = (id: string) => level(id) !== 'off';
  const detect = createDetector(level);
  const ctx = { markers: settings.markers, boilerplate: settings.boilerplate };
  return (input, mapped) => {
    const file = new VFile({ path: input.path });
    let document: DecodedDocument | undefined;
    try {
      const source = decodeStage(file, input, settings, mapped); // 1-2
      if (mapped) document = file.data.document;
      // A plain text's title is no line its site repeats (a template's "Normal text size …"): the
      // title is looked for with the site's repeated lines known, as repeated-line removes them.
      // (A plain text's site is its path's: found once, here, for the cleaning too.)
      const plainSite = settings.learned !== undefined && enabled(repeatedLine.id) && (input.format ?? file.data.source!.format) === 'text' && input.container !== 'jsonl';
      const site = plainSite ? repeatedSite(settings, file, source, input) : undefined;
      extractStage(file, source, input, extractors, site ? { ...ctx, repeated: site } : ctx, settings.textFields, mapped, enabled(headerBlock.id)); // 3-4
      if (document) {
        // A Markdown record counts in the decoded file itself; others in the extracted text.
        document.source = file.data.decoded?.text ?? (file.value as string);
        const located = file.data.located;
        if (located?.map) document.map = located.map;
        if (located?.field) document.field = located.field;
      }
      const text = file.value as string;
      const bodyStart = file.data.bodyStart ?? 0;
      // A final line break ends the file's last line; it is not text to clean or record.
      const bodyEnd = text.endsWith('\r\n') ? text.length - 2 : text.endsWith('\n') ? text.length - 1 : text.length;
      const suppressions = file.data.extracted!.suppressions ?? [];
      const skip = suppressions.length > 0 ? (c: Change) => suppressed(suppressions, c.rule, c.start + bodyStart, c.end + bodyStart) : undefined;
      // The rules may compare with the document's title, and must know when the text ends before the document.
      const docCtx: CleanContext = { ...ctx };
      const title = file.data.extracted!.title ?? input.piece?.title;
      if (title !== undefined) docCtx.title = title;
      if (input.piece?.more) docCtx.continues = true;
      // The line rules read a line's place in the whole document (position, neighbours, median
      // length): a piece of a large document is not that, so pieces are not read so.
      const whole = !input.piece?.more && !input.piece?.later;
      if (file.data.ownLines && whole) docCtx.plain = true;
      else if (file.data.ownLines) docCtx.piece = true;
      // page-furniture reads a Markdown document's paragraphs too: its extractor keeps them all.
      if (file.data.decoded && whole) docCtx.markdown = true;
      const headings = file.data.extracted!.headings;
      if (headings) docCtx.headings = headings;
      if (settings.learned && enabled(repeatedLine.id)) {
        const repeated = plainSite ? site : repeatedSite(settings, file, source, input);
        if (repeated) docCtx.repeated = repeated;
      }
      const body = text.slice(bodyStart, Math.max(bodyStart, bodyEnd));
      const cleaned = cleanText(body, docCtx, enabled, skip, file.data.titleCut); // 5
      file.data.cleaned = cleaned;
      const paragraphs = paragraphSpans(cleaned.text);
      const found = cleaned.text === '' ? { lang: 'und', findings: [] } : detect(cleaned.text, paragraphs, input.piece?.lang); // 6
      // Lines the line classifier judged probably not article text, but not surely (info).
      if (docCtx.plain && enabled(lineClassifier.id) && cleaned.text !== '') found.findings = mergeFindings(found.findings, probableJunk(judgedIn(cleaned.pass, docCtx)));
      if (settings.debug) debugLineClassifier(input.path, body, cleaned, found.findings);
      file.data.findings = found.findings.filter((f) => {
        if (suppressions.length === 0) return true;
        return !suppressed(suppressions, f.rule, cleaned.map.toSource(f.start, 'start') + bodyStart, cleaned.map.toSource(f.end, 'end') + bodyStart);
      });
      const meta = file.data.extracted!.meta;
      if (meta.lang === undefined && found.lang !== 'und') meta.lang = found.lang;
      const record = buildRecord(file, level, paragraphs); // 7
      return document ? { record, document } : { record };
    } catch (error) {
      if (error instanceof MissingExtractor) throw error;
      const record = toErrorRecord(file, input, error);
      return document ? { record, document } : { record };
    }
  };
}

/** What the profile knows of the document's site (see src/repeated/site.ts: the first pass finds the site the same way). */
function repeatedSite(settings: Settings, file: VFile, raw: string, input: InputDocument): CleanContext['repeated'] {
  const source = file.data.source!;
  const format = input.container === 'jsonl' ? 'json' : (input.format ?? source.format);
  const site = siteOf(format, raw, input.sitePath ?? input.path, format === 'json' ? file.data.extracted!.meta['url'] : undefined);
  const counts = settings.learned!.sites[site];
  return counts ? { site, documents: counts.documents, lines: counts.lines } : undefined;
}

function decodeStage(file: VFile, input: InputDocument, settings: Settings, mapped: boolean): string {
  let encoding = 'utf-8';
  let text: string;
  let sha: string;
  let gzip = false;
  let bom = false;
  if (typeof input.data === 'string' || input.container === 'jsonl') {
    // A JSON Lines line is UTF-8 by the format's definition: no charset detection, and the
    // hash of its text, as for a line read as a string.
    text = typeof input.data === 'string' ? input.data : asBuffer(input.data).toString('utf8');
    sha = createHash('sha256').update(text).digest('hex');
  } else {
    let bytes = asBuffer(input.data);
    sha = createHash('sha256').update(bytes).digest('hex');
    if (isGzip(bytes)) {
      bytes = gunzip(bytes, settings.maxSize);
      gzip = true;
    }
    if (bytes.length > settings.maxSize) throw new DecodeError('too-large', `the document is ${bytes.length} bytes, more than --max-size (${settings.maxSize})`);
    const binary = sniffBinary(bytes);
    if (binary) throw new DecodeError('binary', `not text: this looks like ${binary}`);
    // An HTML page may declare its charset; the declaration counts when the bytes are not UTF-8.
    const hinted = input.format ?? settings.inputFormat ?? formatFromPath(input.path);
    const declared = hinted === 'html' || hinted === undefined ? sniffHtmlCharset(bytes.subarray(0, 4096)) : undefined;
    // JSON Lines is UTF-8 by the format's definition, as each of its lines is read.
    const forced = settings.encoding ?? (hinted === 'jsonl' ? 'utf-8' : undefined);
    const decoded = decodeBytes(bytes, { ...(forced ? { forced } : {}), ...(declared ? { declared } : {}) });
    text = decoded.text;
    encoding = decoded.encoding;
    bom = decoded.bom === true;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  // `check` reads a file whose every line break is CRLF with LF: its lines are not reported for their endings.
  const crlf = mapped && allCrlf(text);
  if (crlf) text = text.replace(/\r\n/g, '\n');
  const format = input.format ?? settings.inputFormat ?? formatFromPath(input.path) ?? formatFromContent(text);
  const info: SourceInfo = { path: input.path, format: input.container ?? format, encoding, sha256: sha };
  if (input.line !== undefined) info.line = input.line;
  file.data.source = info;
  file.value = text;
  if (mapped) file.data.document = { text, encoding, bom, crlf, gzip, format, source: text };
  return text;
}

/** Every LF of `text` follows a CR, and there is at least one. */
function allCrlf(text: string): boolean {
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) return false;
    lf++;
  }
  return lf > 0;
}

function extractStage(file: VFile, raw: string, input: InputDocument, extractors: Partial<Extractors>, ctx: CleanContext, textFields: readonly string[] | undefined, mapped: boolean, headerOn: boolean): void {
  const extractMarkup = (kind: keyof Extractors, content: string): Extracted => {
    const extract = extractors[kind];
    if (!extract) throw new MissingExtractor(kind);
    return kind === 'html' ? (extract as Extractors['html'])(content, mapped) : extract(content);
  };
  // A line of a JSON Lines file is a JSON document; a whole JSON Lines text is not one.
  const format = input.container === 'jsonl' ? 'json' : (input.format ?? file.data.source!.format);
  let extracted: Extracted;
  let plain = false;
  switch (format) {
    case 'json': {
      const doc = readJsonDocument(raw, textFields, mapped);
      if (doc.kind === 'text') {
        extracted = { text: doc.content, meta: doc.meta };
        plain = true;
      } else extracted = extractMarkup(doc.kind, doc.content);
      if (doc.field) {
        const { name, start, end, map } = doc.field;
        // The record counts in the content (text) or in the text extracted from it (HTML, Markdown).
        const toFile = doc.kind === 'text' ? map : extracted.map ? composeMaps(extracted.map, map) : undefined;
        file.data.located = { field: { name, kind: doc.kind, start, end }, ...(toFile ? { map: toFile } : {}) };
      }
      file.data.ownLines = doc.kind === 'text';
      if (doc.title !== undefined) extracted.title = doc.title;
      extracted.meta = { ...doc.meta, ...extracted.meta };
      break;
    }
    case 'html':
      extracted = extractMarkup(format, raw);
      if (extracted.map) file.data.located = { map: extracted.map };
      break;
    case 'markdown':
      extracted = extractMarkup(format, raw);
      if (extracted.map) file.data.decoded = { text: raw, map: extracted.map };
      break;
    case 'jsonl':
      throw new DocumentError('jsonl', 'a JSON Lines document must be read line by line');
    default:
      extracted = { text: raw, meta: {} };
      plain = true;
      file.data.ownLines = true;
  }
  file.value = extracted.text;
  file.data.bodyStart = 0;
  // A scraper's header block above the article (the header-block rule removes its lines): the
  // title is looked for below it, and what it says of the document fills what `meta` lacks.
  const first = plain && !input.piece && headerOn ? findHeaderBlock(extracted.text) : undefined;
  let header = first;
  if (plain && extracted.title !== undefined) {
    file.data.bodyStart = repeatedTitleEnd(extracted.text, extracted.title) ?? 0;
  } else if (plain && !input.piece?.later) {
    const title = plainTitle(extracted.text, ctx, first?.end ?? 0);
    if (title) {
      extracted.title = title.title;
      file.data.titleEdits = title.edits;
      if (title.lineStart === 0) file.data.bodyStart = title.bodyStart;
      else file.data.titleCut = { rule: titleCutRule, start: title.lineStart, end: title.bodyStart, replacement: '' };
      // A header block below the title line.
      if (!header && headerOn && !input.piece && title.lineStart === 0) header = findHeaderBlock(extracted.text.slice(title.bodyStart));
    }
  }
  if (header) {
    const fields = headerFields(header);
    extracted.meta = { ...fields.meta, ...extracted.meta };
    if (extracted.title === undefined && fields.title !== undefined) extracted.title = fields.title;
  }
  file.data.extracted = extracted;
}

/**
 * The title of a plain text: its first line when that is a title (see findTitle), or the first
 * line after leading lines that cleaning removes whole ("[ad_1]" above the title), so that the
 * same title is found before and after cleaning. A line that a rule would remove (an ad
 * marker, a caption, page furniture such as "Skip to content" or "Updated on: …", a configured
 * marker or boilerplate phrase) is no title; one that a rule would only repair (mojibake) can
 * be. The line is judged as a plain text's line, by every rule but the line classifier, which
 * reads a line among the document's others and has none here. Below a line that no rule
 * removes whole, a saved page's menu or consent banner, the headline over the article's first
 * paragraph is looked for (`findHeadline`).
 */
export function plainTitle(text: string, docCtx: CleanContext, from = 0): (TitleSpan & { lineStart: number; edits: Change[] }) | undefined {
  const ctx: CleanContext = { ...docCtx, plain: true };
  // Each line is cleaned once, however many candidates look past it: what cleaning leaves of it
  // (the line classifier aside), '' for a line it removes whole or that the site repeats whole.
  const cleaned = new Map<string, string>();
  // A line the site repeats whole is judged among the document's others: alone, a repeated
  // sentence ("Korea in English, every hour", a disclaimer) is a document of repeated sentences,
  // which repeated-line keeps. The document's repeated lines are found once, when such a line
  // is first asked about (a line matched by its template alone is judged the same either way).
  const counts = ctx.repeated?.lines;
  let repeated: Set<string> | undefined;
  const repeatedWhole = (line: string) => counts !== undefined && counts['l:' + fingerprint(line)] !== undefined && (repeated ??= repeatedLines(text, ctx)).has(line.trim());
  // The line as cleaning leaves it, for the test of a section's label over the headline.
  const cleanedLine = (line: string) => {
    let c = cleaned.get(line);
    if (c === undefined) {
      c = cleanText(line, ctx, everyRule).text;
      if (c.trim() === '' || repeatedWhole(line)) c = '';
      cleaned.set(line, c);
    }
    return c;
  };
  const removed = (line: string) => cleanedLine(line) === '';
  // A line that cleaning removes some of (an ad marker, a caption) is no title; a repair inside
  // it (mojibake) is kept as an edit. It is judged as the one line the title is too: a line
  // separator inside it (U+2028, a form feed) read as a space, so that "Minsk \u2028 Photo by
  // Minsk also" is judged as "Minsk Photo by Minsk also" will be when the cleaned text is cleaned
  // again. `title` is in the offsets of the text from `at`.
  const accepted = (title: TitleSpan, at: number) => {
    const titleLine = text.slice(at + title.start, at + title.end);
    const repaired = cleanText(titleLine, ctx, exceptWhitespace);
    const oneLine = titleLine.replace(titleBreaks, ' ');
    const removes = (c: Change) => c.replacement === '';
    if (repaired.changes.some(removes) || (oneLine !== titleLine && cleanText(oneLine, ctx, exceptWhitespace).changes.some(removes))) return undefined;
    const lineStart = at + title.start;
    const edits = repaired.changes.map((c) => ({ ...c, start: c.start + lineStart, end: c.end + lineStart }));
    const cleanedTitle = headingText(repaired.text);
    return { ...title, title: cleanedTitle || title.title, start: 0, end: title.end - title.start, bodyStart: at + title.bodyStart, lineStart, edits };
  };
  let lineStart = from;
  for (let lines = 0; lines < 20 && lineStart < text.length; lines++) {
    const title = findTitle(text.slice(lineStart), removed, cleanedLine);
    const found = title && accepted(title, lineStart);
    if (found) return found;
    // Go on below a line only when cleaning removes all of it (blank lines included), or when it
    // is a scraper's source line with its URL; below others, a headline over the first paragraph.
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end < 0 ? text.length : end);
    if (line.trim() !== '' && !removed(line) && !passedOver(line)) {
      const headline = findHeadline(text.slice(lineStart), removed);
      return headline && accepted(headline, lineStart);
    }
    if (end < 0) return undefined;
    lineStart = end + 1;
  }
  return undefined;
}

/** A line above a plain text's title that is no headline: a scraper's source line, with its URL ("Saved from https://… on 2024-06-24"). */
function passedOver(line: string): boolean {
  return hasUrl.test(line);
}

/** The breaks inside a title's line other than "\n" (which ends it): one character each, read as a space. */
const titleBreaks = /[\v\f\u0085\u2028\u2029]/gu;

/** The rules that judge a title line: all but whitespace (the title's blanks are collapsed after cleaning) and the line classifier. */
const exceptWhitespace = (id: string): boolean => id !== whitespace.id && id !== lineClassifier.id;
const everyRule = (id: string): boolean => id !== lineClassifier.id;

/** The lines of a text that repeated-line removes whole, trimmed. */
function repeatedLines(text: string, ctx: CleanContext): Set<string> {
  const lines = new Set<string>();
  for (const c of cleanText(text, ctx, onlyRepeated).changes) {
    if (c.rule === repeatedLine.id && c.replacement === '') lines.add(text.slice(c.start, c.end).trim());
  }
  return lines;
}
const onlyRepeated = (id: string): boolean => id === repeatedLine.id;

/** [start, end) of each paragraph of a cleaned text (paragraphs are separated by a blank line). */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (text === '') return spans;
  let start = 0;
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) {
    spans.push({ start, end: i });
    start = i + 2;
  }
  spans.push({ start, end: text.length });
  return spans.filter((s) => s.end > s.start);
}

function suppressed(list: readonly Suppression[], rule: string, start: number, end: number): boolean {
  return list.some((s) => start < s.end && s.start < Math.max(end, start + 1) && (s.rules.length === 0 || s.rules.includes(rule)));
}

/**
 * The error record of a document that failed: its source and error, and what is known of the
 * document (a JSON document without a text field keeps its title and other fields, `id`
 * included, as a processed one would).
 */
function toErrorRecord(file: VFile, input: InputDocument, error: unknown): ErrorRecord {
  const code = error instanceof DecodeError || error instanceof DocumentError || error instanceof JsonDocumentError ? error.code : 'internal';
  const message = code === 'internal' ? `unexpected failure: ${(error as Error)?.message ?? String(error)}` : (error as Error).message;
  const document = error instanceof JsonDocumentError ? error.document : file.data.extracted;
  return errorRecord(input.path, file.data.source, input.line, input.container, code, message, document);
}

export type { UnscrapeRecord };

/** Findings of two sorted lists, in one sorted list. */
function mergeFindings(a: RawFinding[], b: RawFinding[]): RawFinding[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule));
}

/** --debug: each line the classifier removed or reported, with its reason, on stderr. */
function debugLineClassifier(path: string, body: string, cleaned: Cleaned, findings: readonly RawFinding[]): void {
  const show = (s: string) => JSON.stringify(s.length > 80 ? s.slice(0, 79) + '…' : s);
  for (const c of cleaned.changes) {
    if (c.rule === lineClassifier.id) process.stderr.write(`unscrape: debug: ${path}: ${c.rule} removed ${show(body.slice(c.start, c.end))} (${c.reason ?? ''})\n`);
  }
  for (const f of findings) {
    if (f.rule === lineClassifier.id) process.stderr.write(`unscrape: debug: ${path}: ${f.rule} kept ${show(cleaned.text.slice(f.start, f.end))} (${f.message})\n`);
  }
}
