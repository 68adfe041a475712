import { formatFromPath } from '../decode/sniff.js';
import { fileSpanOf, type DecodedDocument, type SourceProcessor } from '../pipeline/process.js';
import { SourceIndex } from '../record/positions.js';
import type { Settings } from '../settings.js';
import type { OutputRecord, UnscrapeRecord } from '../types.js';
import { fixMarkdown } from './markdown.js';
import { documentProblem, problemsOf, sortProblems, type Placement, type Problem } from './problems.js';
import { applyRecord, encodeDocument, roundTrips } from './source.js';

/** What checking one file gives. */
export interface Analysis {
  problems: Problem[];
  /** The file's new bytes with every fixable problem fixed; absent when nothing would change. */
  fixed?: Buffer;
  /** Why fixable problems cannot be fixed in this file (HTML, gzip, unmappable Markdown, …). */
  notFixed?: string;
}

/**
 * Check one file's bytes: process every document in it, turn the records into problems placed
 * in the file, and compute the fixed bytes where the fixes can be applied exactly. The pipeline
 * decodes the file and says how (encoding, BOM, line endings, gzip, format) and where each
 * record position is in it (the extractor's map): `check` decodes nothing itself.
 */
export function analyzeFile(abs: string, display: string, bytes: Buffer, processor: SourceProcessor, settings: Settings, sitePath?: string): Analysis {
  // The path picks the format (stdin's --stdin-filename); else the pipeline sniffs the content.
  const format = settings.inputFormat ?? formatFromPath(abs);
  const site = sitePath ? { sitePath } : {};
  const { record, document } = processor({ path: display, data: bytes, ...(format ? { format } : {}), ...site });
  if (document?.format === 'jsonl') return jsonLines(display, bytes, document, processor, settings, site);
  if ('error' in record || !document) return { problems: [failure(record)] };
  const placement = placementOf(record, document);
  const problems = problemsOf(record, placement, settings.rules);
  if (record.removed.length + record.edits.length === 0) return { problems };
  const blocked = (): string | undefined => {
    if (document.gzip) return 'compressed files are not rewritten';
    if (!roundTrips(document, bytes)) return `the file does not survive decoding and encoding as ${document.encoding} unchanged`;
    return undefined;
  };
  switch (document.format) {
    case 'html':
      return { problems, notFixed: 'HTML files are reported, never rewritten' };
    case 'json': {
      const fixed = fixedJson(record, document);
      if (typeof fixed !== 'string') return fixed.notFixed ? { problems, notFixed: fixed.notFixed } : { problems };
      const why = blocked();
      return why ? { problems, notFixed: why } : withFix({ problems }, encodeDocument(document, fixed), bytes);
    }
    case 'markdown': {
      const why = blocked();
      if (why) return { problems, notFixed: why };
      const fixed = fixMarkdown(document.text, record);
      const notFixed = fixed.unmapped.length > 0 ? unmappedReason(fixed.unmapped) : undefined;
      return withFix(notFixed ? { problems, notFixed } : { problems }, encodeDocument(document, fixed.text), bytes);
    }
    default: {
      const why = blocked();
      if (why) return { problems, notFixed: why };
      return withFix({ problems }, encodeDocument(document, applyRecord(document.text, record)), bytes);
    }
  }
}

/**
 * Where a record's positions are in its file: in the file itself (plain text, Markdown), or
 * through the extractor's map (an HTML page's extracted text, a JSON document's content); a
 * JSON document's problems also say where in its text they are.
 */
function placementOf(record: UnscrapeRecord, document: DecodedDocument, line = 1): Placement {
  const source = new SourceIndex(document.source);
  const placement: Placement = { source: document.source, file: document.text, line, place: (start, end) => fileSpanOf(document, start, end, source) };
  if (document.field) placement.field = document.field.name;
  else if (document.format === 'json') placement.place = () => [0, 0];
  return placement;
}

/** The problem of a document that could not be processed (at its line of a JSON Lines file). */
function failure(record: OutputRecord, line?: number): Problem {
  const error = 'error' in record ? record.error : { code: 'internal', message: 'the file was not decoded' };
  return line === undefined ? documentProblem(error.code, error.message) : documentProblem(error.code, error.message, line, line);
}

/** Why some changes of a Markdown file are not applied. */
function unmappedReason(unmapped: readonly string[]): string {
  const shown = unmapped[0]!.length > 40 ? unmapped[0]!.slice(0, 40) + '…' : unmapped[0]!;
  const more = unmapped.length > 1 ? ` and ${unmapped.length - 1} more` : '';
  return `${unmapped.length} change(s) do not map exactly to the Markdown source (“${shown}”${more}); the rest are fixed`;
}

function withFix(analysis: Analysis, fixed: Buffer, original: Buffer): Analysis {
  return fixed.equals(original) ? analysis : { ...analysis, fixed };
}

/**
 * A JSON document's text with its content field rewritten cleaned (every other byte kept), or
 * why it is not: only a plain-text field is rewritten, not `html` or `markdown`.
 */
function fixedJson(record: UnscrapeRecord, document: DecodedDocument): string | { notFixed?: string } {
  const field = document.field;
  if (!field) return { notFixed: 'the text field was not found in the file' };
  if (field.kind !== 'text') return { notFixed: `the "${field.name}" field is not plain text; it is reported, not rewritten` };
  const value = applyRecord(document.source, record);
  return document.text.slice(0, field.start) + JSON.stringify(value) + document.text.slice(field.end);
}

/** JSON Lines: each line its own document; a fix rewrites only the lines that change. */
function jsonLines(display: string, bytes: Buffer, document: DecodedDocument, processor: SourceProcessor, settings: Settings, site: { sitePath?: string } = {}): Analysis {
  const lines = document.text.split(/(?<=\n)/);
  const problems: Problem[] = [];
  const notes = new Set<string>();
  let changed = false;
  lines.forEach((raw, i) => {
    const ending = /\r?\n$/.exec(raw)?.[0] ?? '';
    const bom = raw.startsWith('\ufeff') ? '\ufeff' : '';
    const line = raw.slice(bom.length, raw.length - ending.length);
    if (line.trim() === '') return;
    const { record, document: doc } = processor({ path: display, data: line, format: 'json', line: i + 1, container: 'jsonl', ...site });
    if ('error' in record || !doc) {
      problems.push(failure(record, i + 1));
      return;
    }
    const placement = placementOf(record, doc, i + 1);
    placement.document = i + 1;
    if (bom) placement.place = shifted(placement.place, bom.length);
    problems.push(...problemsOf(record, placement, settings.rules));
    if (record.removed.length + record.edits.length === 0) return;
    const fixed = fixedJson(record, doc);
    if (typeof fixed !== 'string') {
      if (fixed.notFixed) notes.add(fixed.notFixed);
    } else if (fixed !== line) {
      lines[i] = bom + fixed + ending;
      changed = true;
    }
  });
  const analysis: Analysis = { problems: sortProblems(problems) };
  if (notes.size > 0) analysis.notFixed = [...notes].join('; ');
  if (!changed) return analysis;
  if (document.gzip) return { ...analysis, notFixed: 'compressed files are not rewritten' };
  if (!roundTrips(document, bytes)) return { ...analysis, notFixed: 'the file is not valid UTF-8' };
  return withFix(analysis, encodeDocument(document, lines.join('')), bytes);
}

const shifted = (place: Placement['place'], by: number): Placement['place'] => (start, end) => {
  const [a, b] = place(start, end);
  return [a + by, b + by];
};
