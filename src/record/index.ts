import type { VFile } from 'vfile';
import { type Edit, type ErrorRecord, type Finding, type InputFormat, type Meta, type Removal, type RuleInfo, type RuleLevel, type Severity, type SourceInfo, type UnscrapeRecord, titleCutRule } from '../types.js';
import { SourceIndex } from './positions.js';
import { mapSpan } from '../shared/srcmap.js';

/** U+FFFD and lone surrogates in the source: text that did not decode. The record finds it, after the detectors. */
export const encodingRule: RuleInfo = {
  id: 'encoding',
  stage: 'detect',
  severity: 'error',
  fixable: false,
  summary: 'Bytes that were not valid in the file’s encoding (U+FFFD replacement characters)',
};

/** Markdown read as plain text: its shape is one the parser cannot read in linear time (see extract/markdown.ts). */
export const markdownFallbackRule: RuleInfo = {
  id: 'markdown-fallback',
  stage: 'detect',
  severity: 'warning',
  fixable: false,
  summary: 'Markdown read as plain text: nested hundreds deep or thousands of emphasis delimiters, a shape the parser cannot read in linear time',
};

/** The checks the record makes itself: the record stage's entries of the rule registry. */
export const recordRules: readonly RuleInfo[] = [encodingRule, markdownFallbackRule];

/**
 * Build the unscrape/1 record of a processed file: changes and findings move from UTF-16
 * offsets (of the body, of the cleaned text) to code-point offsets of the source text. A
 * Markdown document's source text is its decoded file: spans of the extracted text go there
 * through the extractor's map (markup inside a span is inside its file span); `text`,
 * `before` and `excerpt` stay the extracted text. `level`: each rule's configured level
 * (pipeline/registry.ts's `levelOf`).
 */
export function buildRecord(file: VFile, level: (id: string) => RuleLevel, paragraphSpans: ReadonlyArray<{ start: number; end: number }>): UnscrapeRecord {
  const source = file.value as string;
  const bodyStart = file.data.bodyStart ?? 0;
  const cleaned = file.data.cleaned!;
  const extracted = file.data.extracted!;
  const index = new SourceIndex(source);
  const decoded = file.data.decoded;
  /** Where positions point: the decoded file (Markdown), else the source text itself. */
  const target = decoded ? new SourceIndex(decoded.text) : index;
  const cp = (u: number) => target.cp(u);
  const span = (start: number, end: number): [number, number] => (decoded ? mapSpan(decoded.map, start, end) : [start, end]);

  const removed: Removal[] = [];
  const edits: Edit[] = [];
  for (const c of cleaned.changes) {
    if (c.rule === titleCutRule) continue;
    const start = c.start + bodyStart;
    const end = c.end + bodyStart;
    const [a, b] = span(start, end);
    if (c.replacement === '') removed.push({ rule: c.rule, start: cp(a), end: cp(b), text: source.slice(start, end), ...(c.reason ? { reason: c.reason } : {}) });
    else edits.push({ rule: c.rule, start: cp(a), end: cp(b), before: source.slice(start, end), after: c.replacement });
  }

  // Repairs of a plain-text title line (its text is in `title`, not in `text`).
  for (const c of file.data.titleEdits ?? []) {
    const [a, b] = span(c.start, c.end);
    edits.push({ rule: c.rule, start: cp(a), end: cp(b), before: source.slice(c.start, c.end), after: c.replacement });
  }
  edits.sort((a, b) => a.start - b.start);

  const findings: Finding[] = [];
  const place = (rule: string, severity: Severity, start: number, end: number, message: string, suggestion?: string) => {
    const [a, b] = span(start, end);
    const { line, column } = target.lineColumn(a);
    const finding: Finding = { rule, severity, start: cp(a), end: cp(b), line, column, excerpt: source.slice(start, end), message };
    if (suggestion !== undefined) finding.suggestion = suggestion;
    findings.push(finding);
  };
  for (const f of file.data.findings ?? []) {
    const start = cleaned.map.toSource(f.start, 'start') + bodyStart;
    const end = Math.max(start + 1, cleaned.map.toSource(f.end, 'end') + bodyStart);
    place(f.rule, f.severity, start, Math.min(end, source.length), f.message, f.suggestion);
  }
  const encodingLevel = level(encodingRule.id);
  if (encodingLevel !== 'off') {
    for (let i = source.indexOf('\ufffd'); i >= 0; i = source.indexOf('\ufffd', i + 1)) {
      let j = i + 1;
      while (source[j] === '\ufffd') j++;
      place(encodingRule.id, encodingLevel, i, j, 'Replacement character U+FFFD: bytes here were not valid in the file’s encoding and could not be recovered');
      i = j - 1;
    }
    // A JSON string can hold half a UTF-16 pair ("\ud800"): not a character, and invalid in UTF-8 output.
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    for (let m = lone.exec(source); m; m = lone.exec(source)) {
      place(encodingRule.id, encodingLevel, m.index, m.index + 1, `A lone UTF-16 surrogate (U+${source.charCodeAt(m.index).toString(16).toUpperCase()}): half of a character pair, not a character; the text was damaged before it was stored`);
    }
  }
  const fallbackLevel = level(markdownFallbackRule.id);
  if (fallbackLevel !== 'off') {
    for (const p of extracted.plain ?? []) {
      place(markdownFallbackRule.id, fallbackLevel, p.start, Math.max(p.start + 1, p.end), 'Markdown read as plain text from here: it nests containers hundreds of levels deep or has thousands of emphasis or link delimiters in one paragraph, which the parser cannot read in linear time; its Markdown syntax stays in the text');
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));

  const text = cleaned.text;
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of findings) count[f.severity]++;
  const record: UnscrapeRecord = {
    schema: 'unscrape/1',
    source: file.data.source!,
    ...(extracted.title !== undefined ? { title: extracted.title } : {}),
    meta: extracted.meta,
    text,
    paragraphs: paragraphSpans.map((p) => text.slice(p.start, p.end)),
    removed,
    edits,
    findings,
    stats: {
      charsIn: decoded ? cp(decoded.text.length) : index.cp(source.length),
      charsOut: new SourceIndex(text).cp(text.length),
      removed: removed.length,
      edits: edits.length,
      findings: count,
    },
  };
  return record;
}

/** The record of a document that could not be processed (with its title and meta when they were read). */
export function errorRecord(path: string, source: SourceInfo | undefined, line: number | undefined, container: InputFormat | undefined, code: string, message: string, document?: { title?: string; meta: Meta }): ErrorRecord {
  const info: ErrorRecord['source'] = source ? { ...source } : { path };
  if (!source && container) info.format = container;
  if (line !== undefined) info.line = line;
  return {
    schema: 'unscrape/1',
    source: info,
    ...(document?.title !== undefined ? { title: document.title } : {}),
    ...(document ? { meta: document.meta } : {}),
    error: { code, message },
  };
}
