/**
 * The detector contract: what a detector declares (its rule info, what it needs to read, an
 * optional cheap gate) and the one function that checks a unit of text. detect/index.ts runs
 * them: it parses a paragraph only when a detector that needs the tree is due on it and reads
 * `tree` (a getter: a detector that returns before reading it costs no parse).
 */
import type { Root } from 'nlcst';
import type { RuleInfo } from '../types.js';

/** A paragraph span of the document text, [start, end) in UTF-16 offsets. */
export interface ParagraphSpan { start: number; end: number }

/** One paragraph (or a piece of a long one), as a detector that needs 'text' reads it. */
export interface TextUnit {
  /** The paragraph's text; reported offsets are into it. */
  text: string;
  /** The text of the paragraph before this one ('' for the first): context for anaphora. */
  before: string;
}

/**
 * A paragraph with retext-english's tree of its text (offsets in the tree are into `text`),
 * parsed when first read.
 */
export interface TreeUnit extends TextUnit {
  tree: Root;
}

/** The whole cleaned document, for a detector that compares paragraphs. */
export interface DocumentUnit {
  /** The cleaned text; reported offsets are into it. */
  text: string;
  paragraphs: ReadonlyArray<ParagraphSpan>;
}

/** What a detector says about one span of its unit. */
export interface Report {
  /** [start, end) in UTF-16 offsets of the unit's text. */
  start: number;
  end: number;
  message: string;
  /** The best replacement, when there is one. */
  suggestion?: string;
  /** A weak hint: reported as `info` whatever the rule's level. */
  info?: boolean;
}

/** Takes one finding of the detector that was handed it. */
export type Reporter = (report: Report) => void;

interface Declared {
  /** The rule, as the registry lists it (languages: where it runs; absent = every language). */
  info: RuleInfo;
}

/** Reads a paragraph's text only: never causes a parse. */
export interface TextDetector extends Declared {
  needs: 'text';
  /** Cheap test on a paragraph's text: false when the detector cannot report anything in it. */
  gate?: (paragraph: string) => boolean;
  check(unit: TextUnit, report: Reporter): void;
}

/** Reads a paragraph's tree: the paragraph is parsed when some such detector's gate lets it through and it reads the tree. */
export interface TreeDetector extends Declared {
  needs: 'tree';
  /** Cheap test on a paragraph's text: a paragraph no gate lets through is never parsed. */
  gate?: (paragraph: string) => boolean;
  check(unit: TreeUnit, report: Reporter): void;
}

/** Reads the whole document once, after the paragraphs. */
export interface DocumentDetector extends Declared {
  needs: 'document';
  check(unit: DocumentUnit, report: Reporter): void;
}

/** A detector: one of the three, by what it needs. */
export type Detector = TextDetector | TreeDetector | DocumentDetector;
