import { load } from 'cheerio/slim';
import type { Extracted } from '../types.js';
import type { DomNode } from './dom.js';
import { readMeta } from './meta.js';
import { linearize, type Linear, type SourceOf } from './blocks.js';
import { chooseMain, inside } from './score.js';
import { assemble, type Assembled } from './assemble.js';
import { withFallback, type MainInfo } from './fallback.js';
import { prepareHtml, prepareHtmlCut } from './depth.js';

/**
 * Parse HTML (htmlparser2, via cheerio/slim) and flatten it to paragraph candidates; never
 * throws. With `mapped`, each paragraph carries where its text is in `html` (see srcmap.ts).
 */
export function htmlParagraphs(html: string, mapped = false): Linear {
  const parsed = mapped ? parseMapped(html) : { root: parse(html) };
  return flatten(parsed.root, parsed.source);
}

function parse(html: string): DomNode | undefined {
  try {
    return load(prepareHtml(html)).root()[0] as unknown as DomNode;
  } catch {
    return undefined;
  }
}

/**
 * Parse with each node's place in the prepared text (htmlparser2's start and end indices), and
 * the way back from the prepared text to `html`: the parser says where each text node is, so a
 * paragraph's characters are read from there, not searched for.
 */
function parseMapped(html: string): { root: DomNode | undefined; source?: SourceOf } {
  try {
    const prepared = prepareHtmlCut(html);
    const root = load(prepared.html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } }).root()[0] as unknown as DomNode;
    return { root, source: { source: html, original: prepared.original } };
  } catch {
    return { root: undefined };
  }
}

function flatten(root: DomNode | undefined, source?: SourceOf, episode = false): Linear {
  try {
    if (root) return linearize(root, source, episode);
  } catch {
    // fall through: a page that cannot be walked has no paragraphs
  }
  return { blocks: [], elems: [{ name: '#root', parent: -1, first: 0, end: 0, content: false, furniture: false, elemEnd: 1, cls: '' }], markers: [] };
}

/**
 * Text and suppressions of an HTML body that is all article (a WordPress post body in Markdown):
 * no main-content search, every paragraph that is not furniture is kept; with the map from
 * the text to `html`.
 */
export function htmlBodyText(html: string, title?: string): Assembled {
  const { blocks, elems, markers } = htmlParagraphs(html, true);
  return assemble(blocks, inside(blocks, elems, 0), markers, { title, furniture: true });
}

/**
 * Extract the article of an HTML page: its main content as paragraphs, its title and its
 * metadata. Furniture (navigation, share bars, related lists, comments, banners, ads,
 * captions) is dropped; headings, paragraphs, list items, table rows and quotes each become
 * one paragraph. With `mapped`, also the map from the text to `html` (what `check` places
 * problems with); without it the page is parsed without node positions and nothing is mapped.
 * Never throws; every walk is iterative, so any nesting depth is safe.
 */
export function extractHtml(html: string, mapped = false): Extracted {
  const { root, source } = mapped ? parseMapped(html) : { root: parse(html), source: undefined };
  let head: ReturnType<typeof readMeta> = { meta: {} };
  try {
    if (root) head = readMeta(root);
  } catch {
    // metadata is optional; the body is still extracted
  }
  const { blocks, elems, markers } = flatten(root, source, head.episode === true);
  const description = head.meta['description'] as string | undefined;
  const info: MainInfo = { inFurniture: false, thread: head.thread === true, event: head.event === true };
  const main = chooseMain(blocks, elems, head.title, description, info);
  const candidates = withFallback(blocks, elems, main, info, head.title, description);
  const body = assemble(blocks, candidates, markers, { title: head.title, furniture: true, trailingHeadings: false, event: head.event === true });
  const out: Extracted = { ...body, meta: head.meta };
  if (head.title) out.title = head.title;
  return out;
}
