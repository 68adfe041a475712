/**
 * One record reduced to what the report needs: a few hundred bytes however long the document.
 * `clean --report` makes it where the record is made (on a worker, see outcome.ts) and sends only
 * this to the main thread; `unscrape report` makes it from each record it reads. Either way the
 * report is aggregated from summaries, never from records held in memory.
 */
import { hostOf } from '../repeated/site.js';
import type { OutputRecord, Severity } from '../types.js';

/** A rule's count and the characters it touched. */
export type CountChars = [count: number, chars: number];

/** Findings of one rule by severity. */
export type BySeverity = [error: number, warning: number, info: number];

/** The first findings of a document, for "documents worth a look". */
export interface FirstFinding {
  rule: string;
  severity: Severity;
  line: number;
  excerpt: string;
  message: string;
}

/** What the report keeps of one record. */
export interface DocSummary {
  path: string;
  /** The line of a JSON Lines document in its file. */
  line?: number;
  title?: string;
  url?: string;
  /** The URL's host (without `www.`); undefined when the record has no URL. */
  host?: string;
  lang?: string;
  error?: { code: string; message: string };
  charsIn: number;
  charsOut: number;
  /** Characters of the source in `removed` spans. */
  removedChars: number;
  /** Estimated sentences of the cleaned text (see `estimateSentences`). */
  sentences: number;
  removed: Record<string, CountChars>;
  edits: Record<string, CountChars>;
  findings: Record<string, BySeverity>;
  first: FirstFinding[];
}

/** How many findings of a document the report shows. */
const firstFindings = 3;
/** Excerpts and messages are cut to this many characters. */
const excerptChars = 160;

const severityIndex: Record<Severity, 0 | 1 | 2> = { error: 0, warning: 1, info: 2 };

/**
 * Sentences of a text, estimated without parsing: runs of sentence-final punctuation
 * (`.`, `!`, `?`, `…`, and the CJK full stops) followed by white space, a closing quote or
 * bracket, or the end; plus one for each paragraph that does not end with one (a heading, a
 * list item). Abbreviations such as "U.S. officials" count extra, which errs toward lower rates.
 */
export function estimateSentences(text: string): number {
  let n = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const p = paragraph.trim();
    if (p === '') continue;
    const ends = p.match(/[.!?…。！？]+["'”’»)\]]*(?=\s|$)/g)?.length ?? 0;
    n += ends + (/[.!?…。！？]["'”’»)\]]*$/.test(p) ? 0 : 1);
  }
  return n;
}

function cut(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > excerptChars ? flat.slice(0, excerptChars - 1) + '…' : flat;
}

/** Summarize a record (a valid unscrape/1 record; see read.ts for the checks on input). */
export function summarize(record: OutputRecord): DocSummary {
  const base: DocSummary = { path: record.source.path, charsIn: 0, charsOut: 0, removedChars: 0, sentences: 0, removed: {}, edits: {}, findings: {}, first: [] };
  if (record.source.line !== undefined) base.line = record.source.line;
  if ('error' in record) {
    base.error = { code: String(record.error.code), message: cut(String(record.error.message ?? '')) };
    return base;
  }
  if (record.title) base.title = cut(record.title);
  const url = record.meta?.url;
  const host = hostOf(url);
  if (host) {
    base.url = url as string;
    base.host = host;
  }
  // "en-US" and "en" are one language in the language mix.
  if (typeof record.meta?.lang === 'string' && record.meta.lang !== '') base.lang = record.meta.lang.toLowerCase().split(/[-_]/)[0]!;
  base.charsIn = record.stats?.charsIn ?? 0;
  base.charsOut = record.stats?.charsOut ?? 0;
  base.sentences = estimateSentences(record.text ?? '');
  for (const r of record.removed ?? []) {
    const c = (base.removed[r.rule] ??= [0, 0]);
    c[0]++;
    c[1] += r.end - r.start;
    base.removedChars += r.end - r.start;
  }
  for (const e of record.edits ?? []) {
    const c = (base.edits[e.rule] ??= [0, 0]);
    c[0]++;
    c[1] += e.end - e.start;
  }
  for (const f of record.findings ?? []) {
    (base.findings[f.rule] ??= [0, 0, 0])[severityIndex[f.severity] ?? 2]++;
  }
  // The document's most severe findings first, in text order within a severity.
  const ranked = [...(record.findings ?? [])].sort((a, b) => (severityIndex[a.severity] ?? 2) - (severityIndex[b.severity] ?? 2) || a.start - b.start);
  base.first = ranked.slice(0, firstFindings).map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, excerpt: cut(f.excerpt ?? ''), message: cut(f.message ?? '') }));
  return base;
}

/**
 * The summary of a document processed in pieces (large.ts): each piece's record is added as it
 * is made; counts add up, the title, URL and language are the first piece's.
 */
export class PieceSummary {
  private whole: DocSummary | undefined;

  add(record: OutputRecord): OutputRecord {
    const part = summarize(record);
    if (!this.whole) {
      this.whole = part;
      return record;
    }
    const w = this.whole;
    w.charsIn += part.charsIn;
    w.charsOut += part.charsOut;
    w.removedChars += part.removedChars;
    w.sentences += part.sentences;
    for (const key of ['removed', 'edits'] as const) {
      for (const [rule, [n, chars]] of Object.entries(part[key])) {
        const c = (w[key][rule] ??= [0, 0]);
        c[0] += n;
        c[1] += chars;
      }
    }
    for (const [rule, counts] of Object.entries(part.findings)) {
      const c = (w.findings[rule] ??= [0, 0, 0]);
      counts.forEach((n, i) => (c[i]! += n));
    }
    // `first` stays the first piece's: a later piece's lines count from the piece, not the file.
    return record;
  }

  /** The whole document's summary, under the path the record shows. */
  result(path: string): DocSummary | undefined {
    if (this.whole) this.whole.path = path;
    return this.whole;
  }
}
