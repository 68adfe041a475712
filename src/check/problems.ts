import { createHash } from 'node:crypto';
import { documentRule, levelOf, ruleOf } from '../pipeline/registry.js';
import { whitespace } from '../clean/whitespace.js';
import { SourceIndex } from '../record/positions.js';
import type { RuleLevel, Severity, UnscrapeRecord } from '../types.js';

/**
 * Problems: what `check` reports. A removal or edit that `clean` would make is a fixable
 * problem of its rule (at the rule's configured level); a finding is a problem of its own
 * severity. A document that could not be processed is one `document` error.
 */

/** One problem, at its place in the file (1-based line and code-point column; end exclusive). */
export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `--fix` repairs it (a removal or an edit). */
  fixable: boolean;
  /** The text of the span in the source text. */
  excerpt: string;
  /** What replaces the span ('' = removed) or a finding's suggestion. */
  replacement?: string;
  /** 1-based line of the JSON Lines document the problem is in. */
  document?: number;
  /** Content fingerprint of the span (rule + excerpt + nearby text): stable across edits elsewhere. */
  fingerprint: string;
}

/** The problems of one file. */
export interface FileProblems {
  /** The path as shown (relative to the working directory). */
  path: string;
  problems: Problem[];
}

/** Severity rank: higher is worse. */
export const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/**
 * Where a record's positions are in its file. The record counts code points of `source` (the
 * decoded file for plain text and Markdown, an HTML page's extracted text, a JSON document's
 * content); `place` takes a span of it to UTF-16 offsets of `file`, the file's text (or one
 * line of a JSON Lines file, which is line `line` of the file).
 */
export interface Placement {
  source: string;
  file: string;
  /** The file line `file` starts at (1, or a JSON Lines document's line). */
  line: number;
  place: (start: number, end: number) => [number, number];
  /** A JSON document's content field: messages also say where in its text a problem is. */
  field?: string;
  /** 1-based line of the JSON Lines document. */
  document?: number;
}

/**
 * The problems of one processed document, each at its line and column in the file (through the
 * extractor's map where the record counts in another text).
 */
export function problemsOf(record: UnscrapeRecord, placement: Placement, levels: Readonly<Record<string, RuleLevel>>): Problem[] {
  const index = new CodePointIndex(placement.source);
  const file = new SourceIndex(placement.file);
  const problems: Array<{ problem: Problem; start: number }> = [];
  const add = (rule: string, severity: Severity, start: number, end: number, message: string, fixable: boolean, excerpt: string, replacement?: string) => {
    const [u, v] = placement.place(start, Math.max(end, start));
    const a = file.lineColumn(u);
    const b = file.lineColumn(Math.max(u, v));
    const place = { line: placement.line - 1 + a.line, column: a.column, endLine: placement.line - 1 + b.line, endColumn: b.column };
    let where = '';
    if (placement.field !== undefined) {
      const at = index.lineColumn(start);
      where = ` (in "${placement.field}" at ${at.line}:${at.column})`;
    }
    const problem: Problem = { rule, severity, message: message + where, ...place, fixable, excerpt, fingerprint: fingerprint(rule, excerpt, index.context(start, end)) };
    if (replacement !== undefined) problem.replacement = replacement;
    if (placement.document !== undefined) problem.document = placement.document;
    problems.push({ problem, start });
  };
  for (const c of foldChanges(record, levels)) {
    add(c.rule, c.level, c.start, c.end, c.message, true, c.excerpt, c.replacement);
  }
  for (const f of record.findings) {
    // A suggestion is shown when it says something new: not the excerpt itself, nor a text the
    // message quotes already ("Word “the” is repeated" needs no "(suggestion: “the”)").
    const says = f.suggestion !== undefined && f.suggestion !== f.excerpt && !f.message.includes(`“${f.suggestion}”`);
    add(f.rule, f.severity, f.start, f.end, f.message + (says ? ` (suggestion: “${show(f.suggestion!)}”)` : ''), false, f.excerpt, f.suggestion);
  }
  // In file order; problems at one place keep the order of their spans in the text.
  problems.sort((a, b) => a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.start - b.start || a.problem.rule.localeCompare(b.problem.rule));
  return problems.map((p) => p.problem);
}

/** A change of the record (a removal or an edit) as one problem. */
interface Change {
  rule: string;
  level: Severity;
  start: number;
  end: number;
  message: string;
  excerpt: string;
  replacement: string;
}

/**
 * The record's removals and edits as problems, one per thing a person would fix: a whitespace
 * change that touches another change (the blank line left by a removed "[ad_1]", the blank
 * before a ". ." repaired) is folded into that change, and changes that overlap are one
 * problem. `--fix` applies the record, so it still fixes everything folded.
 */
function foldChanges(record: UnscrapeRecord, levels: Readonly<Record<string, RuleLevel>>): Change[] {
  const changes: Change[] = [];
  for (const r of record.removed) {
    const level = levelOf(r.rule, levels);
    if (level !== 'off') changes.push({ rule: r.rule, level, start: r.start, end: r.end, message: removalMessage(r.rule, r.text) + (r.reason ? ` (${r.reason})` : ''), excerpt: r.text, replacement: '' });
  }
  for (const e of record.edits) {
    const level = levelOf(e.rule, levels);
    if (level !== 'off') changes.push({ rule: e.rule, level, start: e.start, end: e.end, message: editMessage(e.rule, e.before, e.after), excerpt: e.before, replacement: e.after });
  }
  changes.sort((a, b) => a.start - b.start || a.end - b.end);
  const minor = (c: Change) => c.rule === whitespace.id;
  const kept: Change[] = [];
  let reach = -1;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const last = kept[kept.length - 1];
    // Overlapping changes: one place, one problem (the more telling one's message and place).
    if (last && c.start < reach) {
      reach = Math.max(reach, c.end);
      if (minor(last) && !minor(c)) kept[kept.length - 1] = c;
      continue;
    }
    // Two changes of one rule side by side on a line (" ." and ". ." in " . .") are one repair.
    if (last && c.rule === last.rule && c.start === last.end && !/[\n\r]/.test(last.excerpt + c.excerpt)) {
      last.end = c.end;
      last.excerpt += c.excerpt;
      last.replacement += c.replacement;
      last.message = last.replacement === '' ? removalMessage(last.rule, last.excerpt) : editMessage(last.rule, last.excerpt, last.replacement);
      if (severityRank[c.level] > severityRank[last.level]) last.level = c.level;
      reach = c.end;
      continue;
    }
    // Whitespace left by the change before it, or making room for the one after it: its
    // problem is that change's (the span stays the change's own, so the place is exact).
    // It is part of that thing, at that thing's level (a rule re-graded in the configuration stays so).
    if (minor(c) && ((last && !minor(last) && last.end === c.start) || touchingNext(changes, i, minor))) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

/** A change that is not whitespace and starts where change `i` ends (changes sorted by start). */
function touchingNext(changes: readonly Change[], i: number, minor: (c: Change) => boolean): Change | undefined {
  const end = changes[i]!.end;
  for (let k = i + 1; k < changes.length && changes[k]!.start <= end; k++) {
    if (changes[k]!.start === end && !minor(changes[k]!)) return changes[k];
  }
  return undefined;
}

/** The one problem of a document that could not be processed. */
export function documentProblem(code: string, message: string, line = 1, document?: number): Problem {
  const problem: Problem = {
    rule: documentRule.id, severity: documentRule.severity, message: `${code}: ${message}`, line, column: 1, endLine: line, endColumn: 1,
    fixable: false, excerpt: '', fingerprint: fingerprint(documentRule.id, code, ''),
  };
  if (document !== undefined) problem.document = document;
  return problem;
}

/** Problems in file order (line, column); a stable sort, so problems at one place keep their order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** How a change of the rule is named: its label in the registry. */
function labelOf(rule: string): string {
  return ruleOf(rule)?.label ?? rule;
}

function removalMessage(rule: string, text: string): string {
  return `${labelOf(rule)}: remove “${show(text)}”`;
}

function editMessage(rule: string, before: string, after: string): string {
  return `${labelOf(rule)}: replace “${show(before)}” with “${show(after)}”`;
}

/** A span for a one-line message: line breaks and invisible characters spelled out, long text cut. */
export function show(text: string, max = 60): string {
  const chars = [...text];
  const cut = chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
  return cut.replace(/[\n\r\t\u00a0\u00ad\u200b-\u200f\u2028\u2029\u202f\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** sha1 of the rule, the span's text and its normalized surroundings, cut to 20 hex digits. */
export function fingerprint(rule: string, excerpt: string, context: string): string {
  return createHash('sha1').update(`${rule}\0${excerpt}\0${context}`).digest('hex').slice(0, 20);
}

/** Line/column and context lookups over code-point offsets of a text. */
class CodePointIndex {
  readonly #chars: string[];
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    this.#chars = [...text];
    this.#chars.forEach((c, i) => {
      if (c === '\n') this.#lineStarts.push(i + 1);
    });
  }

  lineColumn(cp: number): { line: number; column: number } {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: cp - starts[lo]! + 1 };
  }

  /**
   * Up to 16 characters each side of [start, end) on the span's own lines, blanks collapsed: a
   * fingerprint's context. It stops at the line breaks around the span, so that a line added,
   * removed or edited above or below (even the adjacent one) leaves the fingerprint as it was.
   */
  context(start: number, end: number): string {
    const chars = this.#chars;
    let from = start;
    while (from > 0 && start - from < 16 && chars[from - 1] !== '\n') from--;
    // A span that ends with a line break ends its line: what follows is another line.
    let to = end;
    while (chars[end - 1] !== '\n' && to < chars.length && to - end < 16 && chars[to] !== '\n') to++;
    const before = chars.slice(from, start).join('');
    const after = chars.slice(end, to).join('');
    return `${before}\u0001${after}`.replace(/\s+/gu, ' ').trim();
  }
}
