/** The shape of one detector module, as the registry in index.ts reads it. */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { RuleInfo } from '../types.js';

declare module 'vfile' {
  interface DataMap {
    /** The text of the paragraph before this one ('' for the first): context for anaphora. */
    before: string;
  }
}

/** A retext transformer: reads the paragraph's tree, reports on its file. */
export type Transformer = (tree: Root, file: VFile) => void;

/** A paragraph span of the document text, [start, end) in UTF-16 offsets. */
export interface ParagraphSpan { start: number; end: number }

/** A detector: registry metadata plus either a per-paragraph plugin or a document pass. */
export interface Detector {
  info: RuleInfo & { stage: 'detect' | 'both' };
  /** Runs on English (or undetermined) text only. */
  englishOnly: boolean;
  /** unified attacher: returns the transformer run on each paragraph's nlcst tree. */
  plugin?: () => Transformer;
  /**
   * Cheap test on a paragraph's text: false when the rule cannot report anything in it.
   * A paragraph no gate lets through is never parsed.
   */
  gate?: (paragraph: string) => boolean;
  /** The transformer reads only `file.value`, never the tree: no parse is needed for it. */
  textOnly?: boolean;
  /** Document-level pass over all paragraphs; reports on a file whose value is the whole text. */
  document?: (file: VFile, paragraphs: ReadonlyArray<ParagraphSpan>) => void;
  /** Text-only pass for documents that are not parsed (non-English); offsets into file.value. */
  raw?: (file: VFile) => void;
}
