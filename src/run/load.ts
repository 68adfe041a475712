import type { Extractors } from '../pipeline/process.js';

/** Load one extractor (its parser with it) when the first document of its kind arrives. */
export async function loadExtractor(kind: keyof Extractors): Promise<Extractors[typeof kind]> {
  if (kind === 'html') {
    const { extractHtml } = await import('../extract/html.js');
    return (content: string, mapped?: boolean) => extractHtml(content, mapped);
  }
  return (await import('../extract/markdown.js')).extractMarkdown;
}
