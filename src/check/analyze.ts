import { gunzip, isGzip } from '../decode/bytes.js';
import { fieldsToTry } from '../extract/json.js';
import { formatFromContent, formatFromPath } from '../decode/sniff.js';
import type { Processor } from '../pipeline/index.js';
import type { Settings } from '../settings.js';
import type { InputFormat, OutputRecord, UnscrapeRecord } from '../types.js';
import { fixMarkdown } from './markdown.js';
import { documentProblem, problemsOf, sortProblems, type Problem } from './problems.js';
import { applyRecord, decodeFile, encodeFile, jsonStringFields, lineColumnAt, rebuildSource, type DecodedFile } from './source.js';

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
 * in the file, and compute the fixed bytes where the fixes can be applied exactly.
 */
export function analyzeFile(abs: string, display: string, bytes: Buffer, processor: Processor, settings: Settings): Analysis {
  const gz = isGzip(bytes);
  let plain = bytes;
  if (gz) {
    try {
      plain = gunzip(bytes, settings.maxSize);
    } catch {
      // The pipeline reports the bad gzip data as an error record.
      return fromRecord(processor({ path: display, data: bytes }), bytes, false, settings);
    }
  }
  const format = settings.inputFormat ?? formatFromPath(abs) ?? formatFromContent(plain.subarray(0, 4096).toString('utf8'));
  if (format === 'jsonl') return jsonLines(display, plain, gz, processor, settings);
  const crlf = asciiCompatible(plain) && allCrlf(plain);
  const data = crlf ? lfBytes(plain) : plain;
  const record = processor({ path: display, data, format });
  return fromRecord(record, plain, gz, settings, crlf, format);
}

function fromRecord(record: OutputRecord, plain: Buffer, gz: boolean, settings: Settings, crlf = false, format?: InputFormat): Analysis {
  if ('error' in record) return { problems: [documentProblem(record.error.code, record.error.message)] };
  const file = decodeFile(plain, record.source.encoding, crlf);
  const levels = settings.rules;
  const changes = record.removed.length + record.edits.length;
  switch (format ?? record.source.format) {
    case 'json':
      return jsonDocument(record, file, plain, gz, settings);
    case 'markdown': {
      // The record's positions point into the decoded file (the extractor's source map).
      const exact = [...file.text].length === record.stats.charsIn;
      const problems = problemsOf(record, exact ? file.text : rebuildSource(record), levels, { kind: 'file', line: 1, column: 1 });
      if (changes === 0) return { problems };
      const blocked = gz ? 'compressed files are not rewritten' : !exact || !file.roundTrips ? `the file does not survive decoding and encoding as ${file.encoding} unchanged` : undefined;
      if (blocked) return { problems, notFixed: blocked };
      const fixed = fixMarkdown(file.text, record);
      const notFixed = fixed.unmapped.length > 0 ? unmappedReason(fixed.unmapped) : undefined;
      return withFix(notFixed ? { problems, notFixed } : { problems }, encodeFile(file, fixed.text), plain);
    }
    case 'html':
      return { problems: problemsOf(record, rebuildSource(record), levels, { kind: 'file', line: 1, column: 1 }), ...(changes > 0 ? { notFixed: 'HTML files are reported, never rewritten' } : {}) };
    default: {
      const exact = [...file.text].length === record.stats.charsIn;
      const problems = problemsOf(record, exact ? file.text : rebuildSource(record), levels, { kind: 'file', line: 1, column: 1 });
      if (changes === 0) return { problems };
      const blocked = gz ? 'compressed files are not rewritten' : !exact || !file.roundTrips ? `the file does not survive decoding and encoding as ${file.encoding} unchanged` : undefined;
      if (blocked) return { problems, notFixed: blocked };
      return withFix({ problems }, encodeFile(file, applyRecord(file.text, record)), plain);
    }
  }
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
 * The field a JSON document's text was read from, and whether it is plain text (which `--fix`
 * may rewrite; not `html`, not `markdown`): the extractor's order, `--text-field` names first;
 * the last duplicate wins, as in JSON.parse.
 */
function contentField(json: string, textFields: readonly string[] | undefined) {
  const fields = jsonStringFields(json) ?? [];
  for (const [name, kind] of fieldsToTry(textFields)) {
    const found = fields.filter((f) => f.name === name).pop();
    if (found) return { ...found, plainText: kind === 'text' };
  }
  return undefined;
}

/** One JSON document (a .json file, or one line of JSON Lines at `lineOffset`). */
function jsonProblems(record: UnscrapeRecord, json: string, settings: Settings, lineOffset: number, document?: number): { problems: Problem[]; fixedJson?: string; notFixed?: string } {
  const field = contentField(json, settings.textFields);
  if (!field) return { problems: problemsOf(record, rebuildSource(record), settings.rules, { kind: 'field', line: lineOffset + 1, column: 1, ...(document ? { document } : {}) }) };
  const at = lineColumnAt(json, field.start);
  const anchor = { kind: 'field' as const, line: lineOffset + at.line, column: at.column, field: field.name, ...(document ? { document } : {}) };
  const plainText = field.plainText;
  const source = plainText ? field.value : rebuildSource(record);
  const problems = problemsOf(record, source, settings.rules, anchor);
  if (record.removed.length + record.edits.length === 0) return { problems };
  if (!plainText) return { problems, notFixed: `the "${field.name}" field is not plain text; it is reported, not rewritten` };
  if ([...field.value].length !== record.stats.charsIn) return { problems, notFixed: 'the text field does not match the processed text' };
  const value = applyRecord(field.value, record);
  return { problems, fixedJson: json.slice(0, field.start) + JSON.stringify(value) + json.slice(field.end) };
}

function jsonDocument(record: UnscrapeRecord, file: DecodedFile, plain: Buffer, gz: boolean, settings: Settings): Analysis {
  const r = jsonProblems(record, file.text, settings, 0);
  const analysis: Analysis = { problems: r.problems };
  if (r.notFixed) return { ...analysis, notFixed: r.notFixed };
  if (r.fixedJson === undefined) return analysis;
  if (gz) return { ...analysis, notFixed: 'compressed files are not rewritten' };
  if (!file.roundTrips) return { ...analysis, notFixed: `the file does not survive decoding and encoding as ${file.encoding} unchanged` };
  return withFix(analysis, encodeFile(file, r.fixedJson), plain);
}

/** JSON Lines: each line its own document; a fix rewrites only the lines that change. */
function jsonLines(display: string, plain: Buffer, gz: boolean, processor: Processor, settings: Settings): Analysis {
  const text = plain.toString('utf8');
  const lines = text.split(/(?<=\n)/);
  const problems: Problem[] = [];
  const notes = new Set<string>();
  let changed = false;
  lines.forEach((raw, i) => {
    const ending = /\r?\n$/.exec(raw)?.[0] ?? '';
    const line = raw.slice(0, raw.length - ending.length).replace(/^\ufeff/, '');
    if (line.trim() === '') return;
    const record = processor({ path: display, data: line, format: 'json', line: i + 1, container: 'jsonl' });
    if ('error' in record) {
      problems.push(documentProblem(record.error.code, record.error.message, i + 1, i + 1));
      return;
    }
    const r = jsonProblems(record, line, settings, i, i + 1);
    problems.push(...r.problems);
    if (r.notFixed) notes.add(r.notFixed);
    if (r.fixedJson !== undefined && r.fixedJson !== line) {
      lines[i] = (raw.startsWith('\ufeff') ? '\ufeff' : '') + r.fixedJson + ending;
      changed = true;
    }
  });
  const analysis: Analysis = { problems: sortProblems(problems) };
  if (notes.size > 0) analysis.notFixed = [...notes].join('; ');
  if (!changed) return analysis;
  if (gz) return { ...analysis, notFixed: 'compressed files are not rewritten' };
  if (!Buffer.from(text, 'utf8').equals(plain)) return { ...analysis, notFixed: 'the file is not valid UTF-8' };
  return withFix(analysis, Buffer.from(lines.join(''), 'utf8'), plain);
}

/** Not UTF-16 (where a CR LF pair is not the bytes 0D 0A). */
function asciiCompatible(bytes: Buffer): boolean {
  return !(bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
}

/** Every LF byte is preceded by CR, and there is at least one. */
function allCrlf(bytes: Buffer): boolean {
  let lf = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i - 1] !== 0x0d) return false;
    lf++;
  }
  return lf > 0;
}

function lfBytes(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}
