/**
 * The shared vocabulary of unscrape: the unscrape/1 record and the contracts between stages.
 * Positions inside the pipeline are UTF-16 offsets (JavaScript string indexes); they become
 * code points only when a record is serialized (see record/index.ts).
 */

/** How sure a finding is: damaged text, likely artifact, weak hint. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's configured level: a severity, or switched off. */
export type RuleLevel = Severity | 'off';

/** The input formats unscrape reads. */
export type InputFormat = 'text' | 'html' | 'markdown' | 'json' | 'jsonl';

/** One change a cleaning rule proposes on the text it was given (UTF-16 offsets, end exclusive). */
export interface Change {
  rule: string;
  start: number;
  end: number;
  /** '' for a removal; otherwise the text that replaces `text.slice(start, end)`. */
  replacement: string;
  /** Why, when the rule alone does not say it ("in 37 of 40 documents of example.com"). */
  reason?: string;
}

/** One finding of a detector, in UTF-16 offsets of the cleaned text it was given. */
export interface RawFinding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

/** What an extractor (HTML, Markdown, JSON) hands to the text pipeline. */
export interface Extracted {
  /** The article body, paragraphs separated by a blank line: the "source text" for offsets. */
  text: string;
  title?: string;
  meta: Meta;
  /**
   * Regions of `text` that suppression comments switched off: [start, end) in UTF-16 offsets,
   * with the rule ids they silence (empty = every rule).
   */
  suppressions?: Suppression[];
  /**
   * Where Markdown was read as plain text because its shape is one the parser cannot read in
   * linear time (containers nested hundreds deep, thousands of emphasis delimiters): the first
   * paragraph of each such part, [start, end) in UTF-16 offsets of `text`.
   */
  plain?: Array<{ start: number; end: number }>;
  /**
   * Where each UTF-16 unit of `text` was read in the extractor's input (see
   * src/extract/srcmap.ts): Markdown documents have one, HTML pages when it is asked for.
   */
  map?: SourceMap;
  /**
   * The texts of the paragraphs of `text` that were headings in the page (`<h1>`–`<h6>`, a
   * Markdown heading): a heading said again before each section is the article's, not a
   * widget's label (see repeated-line).
   */
  headings?: string[];
}

/**
 * From an extracted text to the text it was extracted from: for each UTF-16 unit of the
 * extracted text, the span [starts[i], ends[i]) of the input it was read from (UTF-16 offsets;
 * a character reference spans its whole `&…;`), or -1 for a unit the extractor made (the blank
 * line between paragraphs, a space between table cells).
 */
export interface SourceMap {
  starts: Int32Array;
  ends: Int32Array;
}

/** A region where some rules are silenced by an inline comment. */
export interface Suppression {
  start: number;
  end: number;
  rules: string[];
}

/** Metadata of a document; free-form keys beyond these are kept. */
export interface Meta {
  url?: string;
  date?: string;
  author?: string;
  site?: string;
  lang?: string;
  [key: string]: unknown;
}

/** `source` of an output record. */
export interface SourceInfo {
  path: string;
  format: InputFormat;
  encoding: string;
  sha256: string;
  /** 1-based line of a JSON Lines document in its file. */
  line?: number;
}

/** A removed span of the source. */
export interface Removal {
  rule: string;
  start: number;
  end: number;
  text: string;
  /** Which signal decided, when the rule alone does not say it. */
  reason?: string;
}

/** An edited span of the source. */
export interface Edit {
  rule: string;
  start: number;
  end: number;
  before: string;
  after: string;
  /** Which signal decided, when the rule id alone does not say it (SPEC.md). */
  reason?: string;
}

/** A finding, at its place in the source. */
export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  line: number;
  column: number;
  excerpt: string;
  message: string;
  suggestion?: string;
}

/** The per-document numbers of a record. */
export interface Stats {
  charsIn: number;
  charsOut: number;
  removed: number;
  edits: number;
  findings: Record<Severity, number>;
}

/** One output document, schema unscrape/1 (keys in this order). */
export interface UnscrapeRecord {
  schema: 'unscrape/1';
  source: SourceInfo;
  title?: string;
  meta: Meta;
  text: string;
  paragraphs: string[];
  removed: Removal[];
  edits: Edit[];
  findings: Finding[];
  stats: Stats;
}

/** A document that could not be processed. */
export interface ErrorRecord {
  schema: 'unscrape/1';
  source: Partial<SourceInfo> & { path: string };
  /** The document's title and metadata, when they were read before it failed (a JSON document without a text field). */
  title?: string;
  meta?: Meta;
  error: { code: string; message: string };
}

/** Either kind of record. */
export type OutputRecord = UnscrapeRecord | ErrorRecord;

// Rule contracts shared by the cleaning and detection stages.

/**
 * What the registry knows of a rule, declared once in the rule's own module (see
 * pipeline/registry.ts, which assembles them and adds the docs URL).
 */
export interface RuleInfo {
  id: string;
  /** Which stage acts on it: cleaning changes the text, detection only reports; 'both' does both. */
  stage: 'clean' | 'detect' | 'both';
  /** The level it reports at unless the configuration says otherwise. */
  severity: Severity;
  /** `check --fix` repairs what it reports (its changes are in `removed`/`edits`). */
  fixable: boolean;
  /** One line on what it finds: `unscrape rules`, docs/rules.md's table, SARIF. */
  summary: string;
  /**
   * What a change of it is called in a message, for a rule that changes the text: "Ad
   * placeholder: remove “[ad_1]”". A detector words each finding's message itself.
   */
  label?: string;
  /**
   * The document languages it runs on (ISO 639-1 codes); a document whose language cannot be
   * told ("und") counts as each of them. Absent: every language.
   */
  languages?: readonly string[];
}
/**
 * A cleaning rule: proposes changes on the text it is given. `sees`: the rules ranked before it
 * (in clean/index.ts's `contentRules`) whose proposals it reads, through `pass`.
 */
export interface CleanRule extends RuleInfo { sees?: readonly string[]; propose(text: string, ctx: CleanContext, pass: CleanPass): Change[]; }
/** One line of a text, with the offsets of its content without surrounding blanks. */
export interface TextLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line end (before "\n"). */
  end: number;
  /** Offsets of the line content trimmed of spaces at both ends. */
  trimStart: number;
  trimEnd: number;
  /** The trimmed content. */
  text: string;
  /** Whether the content's blanks are single spaces: the whitespace rule leaves it as it is. */
  plain: boolean;
}
/** A line as the rules a rule sees will leave it: its text (blanks as single spaces), and the spans of the line between their changes. */
export interface LineView { text: string; pieces: Array<[number, number]>; }
/**
 * What one cleaning pass knows of its text, handed to each rule (clean/pass.ts): the lines, split
 * once per pass, and what the rules the rule `sees` proposed, each rule's proposals made once.
 */
export interface CleanPass {
  /** The lines of the text, split where the whitespace rule splits them; in a text wrapped at a width, a sentence's pieces are one line (shared/wrap.ts). */
  readonly lines: readonly TextLine[];
  /** The proposals of the rules this rule sees, in their order. */
  seen(): readonly Change[];
  /**
   * The view of each line, asked in order, as the rules this rule sees leave it, with `own`
   * changes as holes too.
   */
  views(own?: readonly Change[]): (line: TextLine) => LineView;
  /** What `derive` computes from the pass, computed once per pass (`derive` is the key). */
  once<T>(derive: (pass: CleanPass) => T): T;
}
/**
 * What a cleaning rule may read besides the text: lists from the configuration; the document's
 * title when known; `continues` when the text is a piece of a document that goes on after it;
 * `plain` when the text's lines are the document's own (plain text, a JSON text field), not
 * paragraphs an HTML extractor chose; `markdown` when they are a Markdown document's (its
 * paragraphs, every one kept by the extractor); `piece` when the lines are the document's own
 * but the text is a piece of a large one (a line's place in the document is unknown there);
 * `repeated`: what repeats across the site; `headings`: the texts of its paragraphs that were
 * headings in the page or the Markdown.
 */
export interface CleanContext { markers: string[]; boilerplate: string[]; title?: string; continues?: boolean; plain?: boolean; markdown?: boolean; piece?: boolean; repeated?: RepeatedSite; headings?: readonly string[]; }

/** What `repeated-line` knows of the document's site: its documents and the keys that recur in them (see src/repeated/). */
export interface RepeatedSite { site: string; documents: number; lines: Readonly<Record<string, number>>; }

/** The pseudo-rule of a title line cut out of a plain-text body: never reported, the title is in `title`. */
export const titleCutRule = '(title)';
