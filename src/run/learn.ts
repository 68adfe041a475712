/**
 * The first pass of corpus-level repetition: read each input once, without parsing (an HTML
 * page's tags are stripped by pattern, a Markdown body's links and tags too), split lines,
 * and count each site's line fingerprints and templates (see profile.ts). `unscrape learn`
 * writes what it counts; `clean` and `check` on files, folders and globs run it before their
 * workers start, and a stream learns from its first documents.
 */
import { readFileSync, statSync } from 'node:fs';
import { constants as zlibConstants, crc32, gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { formatFromContent, formatFromPath } from '../decode/sniff.js';
import { gunzip, isGzip } from '../decode/bytes.js';
import { fieldsToTry } from '../extract/json.js';
import { isBlankLine, openLines, readLines, type InputFile } from './inputs.js';
import { type Settings } from '../settings.js';
import { ConfigurationError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { RepetitionCounter, documentId, minDocuments, parseProfile, qualifying, type Profile } from '../repeated/profile.js';
import { frontMatterEnd, htmlSiteOfBytes, siteOf } from '../repeated/site.js';
import { repeatedLine } from '../clean/repeated-line.js';

/** Files larger than this are not read by the first pass (they are cut in pieces to be cleaned). */
const maxFileBytes = 16 * 1024 * 1024;
/** A JSON Lines line longer than this is not counted. */
const maxLineBytes = 8 * 1024 * 1024;
/**
 * Bytes of pages the pass keeps from reading a page's site to reading its lines, so that a page
 * of a site with 3 documents or more is not read and gunzipped twice.
 */
const keptBytes = 32 * 1024 * 1024;

/** How the first pass reads. */
export interface LearnOptions {
  /** A format forced on the command line. */
  inputFormat?: InputFormat;
  /** JSON fields that hold the text (`--text-field`), tried first, as the extractor tries them. */
  textFields?: readonly string[];
  /** Stops reading. */
  signal?: AbortSignal;
  /** Bytes of pages kept from reading their sites to reading their lines (default `keptBytes`). */
  keep?: number;
}

/**
 * Count every document of `files` (stdin, "-", is skipped: see `learnDocument`). A line can
 * only qualify on a site with `minDocuments` documents, so the sites come first: a file's site
 * is its folder (plain text, known without reading), its page's URL (HTML, Markdown front
 * matter) or its own `url` field (JSON, counted at once); the lines of a site with fewer
 * documents are not read, its documents only counted (an HTML or Markdown page's identical
 * copies told by its source rather than by its text).
 * On a crawl of one or two pages a site, that is most of the pass. The texts read for the
 * sites are kept (up to `keptBytes`) for the lines, so a page is read once.
 */
export async function learnFiles(files: readonly InputFile[], options: LearnOptions = {}, counter = new RepetitionCounter()): Promise<RepetitionCounter> {
  const pending: Pending[] = [];
  const perSite = new Map<string, number>();
  // What is kept, in the order kept. When it is full, the pages of sites seen only once so far
  // are let go first, oldest first (the likeliest to stay below 3 documents: a folder's files
  // usually come site by site); a page let go is read again if its site turns out larger.
  const budget = options.keep ?? keptBytes;
  let kept = 0;
  const keptEntries: Pending[] = [];
  let evictFrom = 0;
  const keep = (entry: Pending, size: number): boolean => {
    for (; kept + size > budget && evictFrom < keptEntries.length; evictFrom++) {
      const old = keptEntries[evictFrom]!;
      if (perSite.get(old.site)! > 1) continue;
      kept -= old.text?.length ?? old.stored?.length ?? 0;
      old.text = old.stored = undefined;
    }
    if (kept + size > budget) return false;
    kept += size;
    keptEntries.push(entry);
    return true;
  };
  for (const file of files) {
    if (options.signal?.aborted) break;
    if (file.abs === '-') continue;
    const format = options.inputFormat ?? formatFromPath(file.abs);
    try {
      // A named pipe or a device would block the pass (or never end): the clean pass reports it.
      const stat = statSync(file.abs);
      if (!stat.isFile()) continue;
      // The path whose folder is the site when a document names none (inputs.ts, `sitePath`).
      const sitePath = file.sitePath ?? file.display;
      if (format === 'jsonl') {
        for await (const { bytes, tooLarge } of openLines(file.abs, maxLineBytes)) {
          if (tooLarge !== undefined) continue;
          learnDocument(counter, 'json', bytes.toString('utf8'), sitePath, options.textFields);
        }
        continue;
      }
      if (stat.size > maxFileBytes) continue;
      let entry: Pending;
      if (format === 'text') entry = { file, format, site: siteOf('text', '', sitePath) };
      else if (format === 'html') {
        // A page's site is in its head and its identity in its bytes: its text is decoded (and a
        // gzipped page gunzipped whole) only if its lines are read.
        const stored = readFileSync(file.abs);
        const page = isGzip(stored) ? gzippedPage(stored, sitePath) : { site: htmlSiteOfBytes(withoutBom(stored), sitePath), id: pageId(stored) };
        if (page === undefined) continue;
        entry = { file, format, ...page };
        if (keep(entry, stored.length)) entry.stored = stored;
      } else {
        const text = readText(file.abs);
        const known = format ?? formatFromContent(text);
        if (known === 'json' || known === 'jsonl') {
          learnDocument(counter, known, text, sitePath, options.textFields);
          continue;
        }
        // A page of a small site is told from its identical copies by its source, not read again.
        entry = { file, format: known, site: siteOf(known, text, sitePath), id: documentId(text) };
        if (keep(entry, text.length)) entry.text = text;
      }
      pending.push(entry);
      perSite.set(entry.site, (perSite.get(entry.site) ?? 0) + 1);
    } catch {
      // An unreadable or malformed input is reported by the run that cleans it, not here.
    }
  }
  for (const entry of pending) {
    if (options.signal?.aborted) break;
    const { file, format, site, id, text, stored } = entry;
    // Each kept text is let go once counted.
    entry.text = entry.stored = undefined;
    try {
      if (perSite.get(site)! >= minDocuments) learnDocument(counter, format, text ?? (stored ? unpacked(stored).toString('utf8') : readText(file.abs)), file.sitePath ?? file.display, options.textFields);
      else counter.count(site, id ?? documentId(readText(file.abs)));
    } catch {
      // As above.
    }
  }
  return counter;
}

/**
 * A file's text for the pass, read synchronously: nothing else runs before the workers start,
 * and a small file is read several times faster so than through the thread pool.
 */
function readText(abs: string): string {
  return readBytes(abs).toString('utf8');
}

/** A file the first pass has found the site of; its text, or its bytes as stored, while kept for its lines. */
interface Pending {
  file: InputFile;
  format: string;
  site: string;
  id?: number;
  text?: string | undefined;
  stored?: Buffer | undefined;
}

/** A file's bytes for the pass: gunzipped, without a UTF-8 byte order mark. */
function readBytes(abs: string): Buffer {
  return unpacked(readFileSync(abs));
}

/** Bytes as stored, gunzipped, without a UTF-8 byte order mark. */
function unpacked(stored: Buffer): Buffer {
  return withoutBom(isGzip(stored) ? gunzip(stored, maxFileBytes) : stored);
}

function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * A page's identity for telling its identical copies apart, from its bytes as they are once
 * gunzipped: their CRC-32 and size (modulo 2^16). It is all a page of a site with fewer than
 * `minDocuments` documents is read for (see `learnFiles`).
 */
function pageId(bytes: Buffer): number {
  return idOf(crc32(bytes), bytes.length);
}

/** `pageId` from a CRC-32 and a size (a gzip trailer gives both). */
function idOf(crc: number, size: number): number {
  return crc * 0x10000 + (size & 0xffff);
}

/**
 * A gzipped page's site and `pageId`, without gunzipping all of it: its site from as much of
 * its start as settles it (see `htmlUrlOfBytes`), its identity from its gzip trailer (the
 * CRC-32 and size of the gunzipped bytes; of the last member, for a file of several).
 * Undefined when the trailer says it is larger than the pass reads.
 */
function gzippedPage(stored: Buffer, path: string): { site: string; id: number } | undefined {
  if (stored.length < 18) {
    const bytes = unpacked(stored);
    return { site: htmlSiteOfBytes(bytes, path), id: pageId(bytes) };
  }
  const size = stored.readUInt32LE(stored.length - 4);
  if (size > maxFileBytes) return undefined;
  const id = idOf(stored.readUInt32LE(stored.length - 8), size);
  // Inflated from a prefix of the stream: what that prefix holds, without the check at its end.
  for (let n = 4096; n < stored.length; n *= 4) {
    const site = htmlSiteOfBytes(withoutBom(gunzipSync(stored.subarray(0, n), { finishFlush: zlibConstants.Z_SYNC_FLUSH })), path, false);
    if (site !== null) return { site, id };
  }
  return { site: htmlSiteOfBytes(unpacked(stored), path), id };
}

/** Count one document: its raw text in `format`, from `path` (a JSON document is parsed for its text and `url`). */
export function learnDocument(counter: RepetitionCounter, format: string, raw: string, path: string, textFields?: readonly string[]): void {
  const doc = visible(format, raw, textFields);
  if (!doc) return;
  counter.add(siteOf(doc.format, raw, path, doc.url), doc.text.split('\n'), doc.text);
}

/** Count the documents of a profile's inputs and return the profile. */
export async function learnProfile(files: readonly InputFile[], options: LearnOptions = {}): Promise<{ profile: Profile; counter: RepetitionCounter }> {
  const counter = await learnFiles(files, options);
  return { profile: counter.profile(), counter };
}

/** A document's visible text (approximately: the lines the extractor will give), its format and URL. */
function visible(format: string, raw: string, textFields?: readonly string[]): { text: string; format: string; url?: unknown } | undefined {
  switch (format) {
    case 'json':
    case 'jsonl': {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return undefined;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      const record = value as Record<string, unknown>;
      const url = record['url'];
      // The fields the extractor tries, in its order (see extract/json.ts).
      for (const [field, kind] of fieldsToTry(textFields)) {
        if (!Object.prototype.hasOwnProperty.call(record, field)) continue;
        const content = record[field];
        if (typeof content !== 'string') continue;
        return { text: kind === 'html' ? htmlText(content) : kind === 'markdown' ? markdownText(content) : content, format: 'json', url };
      }
      return undefined;
    }
    case 'html':
      return { text: htmlText(raw), format };
    case 'markdown':
      return { text: markdownText(raw.slice(frontMatterEnd(raw))), format };
    default:
      return { text: raw, format: 'text' };
  }
}

const hidden = /<(script|style|noscript|template|svg|head|select|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/giu;
const blockTag = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|aside|nav|blockquote|figure|figcaption|main|hr|dd|dt|dl|pre|form|button|label)\b[^>]*>/giu;
const anyTag = /<[^>]*>/gu;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };

/** An HTML page's text by pattern: hidden elements dropped, block tags made line breaks, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(hidden, ' ')
    .replace(blockTag, '\n')
    .replace(anyTag, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return entities[e.toLowerCase()] ?? m;
    });
}

/** A Markdown body's text: images dropped, links their text, raw HTML as in `htmlText`. */
export function markdownText(md: string): string {
  return htmlText(md.replace(/!\[[^\]\n]*\]\([^)\n]*\)/gu, ' ').replace(/\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1'));
}

/** How the first pass reads with these settings (the forced format, the text fields). */
export function learnOptions(settings: Pick<Settings, 'inputFormat' | 'textFields'>, signal?: AbortSignal): LearnOptions {
  return {
    ...(settings.inputFormat ? { inputFormat: settings.inputFormat } : {}),
    ...(settings.textFields?.length ? { textFields: settings.textFields } : {}),
    ...(signal ? { signal } : {}),
  };
}

/** Whether a run should learn repeated lines itself: no profile given, and `repeated-line` not switched off. */
export function shouldLearn(settings: Settings): boolean {
  // Only the configuration switches a rule off (no rule is off by default): no registry needed here.
  return settings.learned === undefined && settings.rules[repeatedLine.id] !== 'off';
}

/** Whether `firstPass` reads these files (3 files or more, or a JSON Lines file) and sets `settings.learned`. */
export function learns(files: readonly InputFile[], settings: Pick<Settings, 'inputFormat'>): boolean {
  const readable = files.filter((f) => f.abs !== '-');
  return readable.length >= 3 || readable.some((f) => (settings.inputFormat ?? formatFromPath(f.abs)) === 'jsonl');
}

/**
 * The first pass of `clean` and `check` on files, folders and globs: count the corpus and keep,
 * in `settings.learned`, the lines that qualify (all the workers are sent). Fewer than 3 files
 * and no JSON Lines: no site can learn anything, nothing is read.
 */
export async function firstPass(files: readonly InputFile[], settings: Settings, debug?: (line: string) => void, signal?: AbortSignal): Promise<void> {
  if (!learns(files, settings)) return;
  const readable = files.filter((f) => f.abs !== '-');
  const started = performance.now();
  const counter = await learnFiles(readable, learnOptions(settings, signal));
  settings.learned = qualifying(counter.profile());
  debug?.(describe('first pass', counter, settings.learned, performance.now() - started));
}

/** Learn from the first documents of a stream (`window`: raw JSON Lines lines), for a run without a profile. */
export function learnWindow(window: readonly Buffer[], path: string, settings: Settings, debug?: (line: string) => void): void {
  const counter = new RepetitionCounter();
  for (const bytes of window) if (bytes.length <= maxLineBytes) learnDocument(counter, 'json', bytes.toString('utf8'), path, settings.textFields);
  settings.learned = qualifying(counter.profile());
  debug?.(describe(`no profile: learned from a window of the stream's first ${window.length} documents (--profile FILE uses one written by \`unscrape learn\`)`, counter, settings.learned));
}

/** Most documents, and bytes, a stream's learning window holds. */
export const windowDocuments = 2000;
export const windowBytes = 32 * 1024 * 1024;
/** How long the window waits for a stream's next line before it learns from what it has. */
export const windowIdleMs = 250;

function describe(what: string, counter: RepetitionCounter, learned: Profile, ms?: number): string {
  const sites = Object.keys(learned.sites).length;
  const keys = Object.values(learned.sites).reduce((n, s) => n + Object.keys(s.lines).length, 0);
  return `repeated-line: ${what}: ${counter.documents} documents${counter.duplicates ? ` (+${counter.duplicates} identical)` : ''}, ${sites} site(s) with ${keys} repeated line(s) or template(s)${ms !== undefined ? `, ${Math.round(ms)} ms` : ''}`;
}

/** Read a profile written by `unscrape learn`, narrowed to what qualifies; a ConfigurationError says what is wrong. */
export function readProfileFile(path: string): Profile {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`--profile: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'write one with `unscrape learn corpus/ -o profile.json`');
  }
  try {
    return qualifying(parseProfile(json));
  } catch (error) {
    throw new ConfigurationError(`--profile: ${path}: ${(error as Error).message}`);
  }
}

/** Count a JSON Lines stream (`unscrape learn -`): every document, in the counter's bounded memory. */
export async function learnStream(stream: Readable, counter: RepetitionCounter, path = '-', textFields?: readonly string[]): Promise<void> {
  for await (const { bytes, tooLarge } of readLines(stream, false, maxLineBytes)) {
    if (tooLarge !== undefined || isBlankLine(bytes)) continue;
    learnDocument(counter, 'json', bytes.toString('utf8'), path, textFields);
  }
}
