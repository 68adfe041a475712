/**
 * The processor with every extractor loaded, for callers that process in this thread and
 * cannot wait: the API's `clean()` and `check`. Workers of the pool load the HTML and Markdown
 * extractors on first need instead (see process.ts and `runTask`).
 */
import { extractHtml, extractMarkdown } from './extract/index.js';
import { processorWith, type Processor } from './process.js';
import type { Settings } from './settings.js';

export * from './process.js';

/** Build a processor for `settings` (detectors and lists made once). Never throws per document. */
export function createProcessor(settings: Settings): Processor {
  return processorWith(settings, { html: (content) => extractHtml(content), markdown: extractMarkdown });
}
