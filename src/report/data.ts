/** What the report shows: the aggregator's result, read by the HTML and text renderers. */
import type { FirstFinding } from '../record/summary.js';

/** A document in one of the "worth a look" lists. */
export interface ListedDoc {
  path: string;
  line?: number;
  title?: string;
  url?: string;
  site: string;
  sentences: number;
  warnings: number;
  charsIn: number;
  removedChars: number;
  error?: { code: string; message: string };
  first: FirstFinding[];
  /** What ranked it. */
  value: number;
}

/** One row of the per-site table. */
export interface SiteRow {
  site: string;
  docs: number;
  errors: number;
  /** Share of documents with at least one warning or error finding. */
  withWarnings: number;
  sentences: number;
  /** Error and warning findings per 1000 sentences. */
  warningRate: number;
  /** Error and warning findings per 1000 sentences, by rule (rules with any). */
  ruleRates: Record<string, number>;
  removedShare: number;
  score: number;
  langs: Array<[string, number]>;
}

/** A line of input that is not an unscrape/1 record. */
export interface BadLine {
  path: string;
  line?: number;
  reason: string;
}

/** Everything the HTML and text reports show. */
export interface ReportData {
  run: {
    documents: number;
    errors: number;
    badLines: number;
    sites: number;
    languages: Array<[string, number]>;
    charsIn: number;
    charsOut: number;
    removedChars: number;
    sentences: number;
    /** Bytes of input read (clean: the documents; report: the records). */
    bytesIn?: number;
    /** Bytes of records written (clean only). */
    bytesOut?: number;
    seconds?: number;
    /** What made the data: "clean" while cleaning, "report" from records. */
    source: 'clean' | 'report';
    inputs: string[];
  };
  errorsByCode: Array<[string, number]>;
  badLines: BadLine[];
  sites: SiteRow[];
  removed: Array<{ rule: string; count: number; chars: number }>;
  edits: Array<{ rule: string; count: number; chars: number }>;
  findings: Array<{ rule: string; error: number; warning: number; info: number }>;
  lengths: Array<{ bin: string; before: number; after: number }>;
  warnings: Array<{ bin: string; documents: number }>;
  look: { dense: ListedDoc[]; removed: ListedDoc[]; errors: ListedDoc[] };
}
