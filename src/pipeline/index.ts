/**
 * The processor with every extractor loaded, for callers that cannot wait: the library API
 * (`clean()`, `createProcessor`). Workers of the pool and `check` load the HTML and Markdown
 * extractors on first need instead (`lazyProcessor` in runner.ts).
 */
import { extractHtml, extractMarkdown } from '../extract/index.js';
import { processorWith, sourceProcessorWith, type Extractors, type Processor, type SourceProcessor } from './process.js';
import type { Settings } from '../settings.js';

export * from './process.js';

/** Build a processor for `settings` (detectors and lists made once). Never throws per document. */
export function createProcessor(settings: Settings): Processor {
  return processorWith(settings, everyExtractor);
}

/** {@link createProcessor}, with each document's file as the stages read it (see `DecodedDocument`). */
export function createSourceProcessor(settings: Settings): SourceProcessor {
  return sourceProcessorWith(settings, everyExtractor);
}

const everyExtractor: Extractors = { html: (content, mapped) => extractHtml(content, mapped), markdown: extractMarkdown };
