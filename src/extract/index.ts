/** Extractors: HTML and Markdown documents to article text, title and metadata. */
export { extractHtml } from './html.js';
export { extractMarkdown } from './markdown.js';
export { sniffHtmlCharset } from '../decode/charset.js';
