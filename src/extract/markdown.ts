import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { parse as parseYaml } from 'yaml';
import type { Extracted, Meta } from '../types.js';
import { assemble, type Assembled, type Para } from './assemble.js';
import { htmlBodyText, htmlParagraphs } from './html.js';
import { isoDate } from './meta.js';
import { parseDirective, type Marker } from './suppress.js';
import { collapse, collapseBlock } from './text.js';
import { alignedSrc, collapseMapped, MappedText, shiftSrc } from './srcmap.js';

/**
 * Where a parsed text is in the document: `source` is what `extractMarkdown` was given, and the
 * parsed text starts at offset `at` of it. Absent for a text that is not a slice of the
 * document (an indented block's content, read again): its paragraphs are then aligned with the
 * block's span (see `located`).
 */
interface Place {
  source: string;
  at: number;
}

/** The fields of mdast nodes read here. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * One parser for every document (per worker), not one per call. GitHub Flavored Markdown:
 * pipe tables (each row a paragraph, as in HTML), strikethrough, footnotes, autolinks. Only
 * "~~" strikes through: a single tilde is "about" in "from ~50 to ~80~90 people".
 */
const parser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });
/**
 * remark-gfm's tables cost much memory and time per row (docs/performance.md). A text longer than
 * this (a chunk that no blank line cuts, see `chunksOf`) is read as CommonMark, where a pipe
 * table stays one paragraph; articles are far shorter (the WP sample's longest post is 32 KB).
 */
const gfmMaxChars = 128 * 1024;
const commonMark = unified().use(remarkParse);
const parseMarkdown = (text: string) => (text.length <= gfmMaxChars ? parser : commonMark).parse(text) as unknown as MdNode;

/** Paragraph-like mdast nodes: each becomes one paragraph of the text. */
const leafBlocks = new Set(['paragraph', 'heading', 'tableRow']);
/** A body with at least one block tag per this many blank-line-separated chunks is HTML. */
const htmlTagsPerChunk = 2;
const comment = /^<!--([^]*?)-->$/;

/** The first string of a front matter value (WP Automatic stores links as one-item lists). */
function first(v: unknown): string | undefined {
  if (typeof v === 'string') return collapse(v) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) for (const x of v) {
    const s = first(x);
    if (s) return s;
  }
  return undefined;
}

/**
 * Title and metadata from YAML front matter (plain and WP Automatic field names). The known
 * names are read as before (`url` from `original_link`, `canonical_url`, `permalink`, `url` or
 * `link`; `date` as ISO 8601; the first `author`); every other key is kept in `meta` as data,
 * as a JSON input's extra fields are (`tags`, `categories`, a site's own keys). The key the
 * title came from is the title, not metadata.
 */
function frontMatter(fm: Record<string, unknown>): { title?: string; meta: Meta } {
  const meta: Meta = {};
  const original = first(fm['original_link']);
  const canonical = first(fm['canonical_url']);
  const permalink = first(fm['permalink']);
  const url = original ?? canonical ?? permalink ?? first(fm['url']) ?? first(fm['link']);
  if (url) meta.url = url;
  const date = first(fm['date'] ?? fm['post_date'] ?? fm['published']);
  if (date) meta.date = isoDate(date) ?? date;
  const author = first(fm['author'] ?? fm['post_author'] ?? fm['authors']);
  if (author) meta.author = author;
  const site = first(fm['site'] ?? fm['site_name']);
  if (site) meta.site = site;
  const lang = first(fm['lang'] ?? fm['language']);
  if (lang) meta.lang = lang;
  if (original) meta['original_link'] = original;
  if (canonical) meta['canonical_url'] = canonical;
  if (permalink) meta['permalink'] = permalink;
  const titleKey = fm['title'] !== undefined && fm['title'] !== null ? 'title' : 'post_title';
  const title = first(fm[titleKey]);
  const budget = { nodes: maxMetaNodes };
  for (const [key, value] of Object.entries(fm)) {
    if ((title && key === titleKey) || Object.prototype.hasOwnProperty.call(meta, key)) continue;
    // Defined, not assigned: a "__proto__" key is kept as a field, and sets no prototype.
    Object.defineProperty(meta, key, { value: yamlData(value, new Set(), budget), enumerable: true, writable: true, configurable: true });
  }
  return title ? { title, meta } : { meta };
}

/** Most values (scalars, lists, mappings) of front matter kept in `meta`; past it, values are null. */
const maxMetaNodes = 100_000;
/** Front matter nested deeper than this keeps null there (JSON inputs refuse 1,000 levels). */
const maxMetaDepth = 1000;

/**
 * A front matter value as JSON data: YAML can give what JSON cannot hold (a `!!set`, a
 * `!!omap`, `!!binary` bytes, `.nan`, a list that contains itself through an alias). Sets and
 * lists become arrays, mappings objects (keys as strings, defined so that "__proto__" is a
 * field), bytes base64, a date its ISO string, a number JSON cannot write and a cycle null.
 */
function yamlData(value: unknown, path: Set<object>, budget: { nodes: number }): unknown {
  if (--budget.nodes < 0) return null;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return null;
  if (path.has(value) || path.size >= maxMetaDepth) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  path.add(value);
  let out: unknown;
  if (Array.isArray(value) || value instanceof Set) out = [...value].map((v) => yamlData(v, path, budget));
  else {
    const obj: Record<string, unknown> = {};
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    for (const [k, v] of entries) {
      Object.defineProperty(obj, String(k), { value: yamlData(v, path, budget), enumerable: true, writable: true, configurable: true });
    }
    out = obj;
  }
  path.delete(value);
  return out;
}

/** Every node of the tree in document order, without recursion. */
function* walk(root: MdNode): Generator<MdNode> {
  const stack: MdNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as MdNode;
    yield n;
    if (n.children && !leafBlocks.has(n.type)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdNode);
  }
}

/** The text of a paragraph-like node: link text kept, images, code spans' ticks and tags dropped. */
function inlineText(node: MdNode, markers: Marker[], at: number, place: Place | undefined): Para {
  const parts: string[] = [];
  const mapped = place ? new MappedText() : undefined;
  let linkChars = 0;
  let chars = 0;
  // entries: nodes to enter, or -1 to close a link
  const stack: Array<MdNode | -1> = [node];
  let linkDepth = 0;
  while (stack.length) {
    const n = stack.pop() as MdNode | -1;
    if (n === -1) {
      linkDepth--;
      continue;
    }
    if (n.type === 'text' || n.type === 'inlineCode') {
      const v = n.value ?? '';
      const from = n.position?.start.offset;
      const to = n.position?.end.offset;
      if (mapped && place) {
        if (from !== undefined && to !== undefined) mapped.read(v, place.source, place.at + from, place.at + to);
        else mapped.made(v);
      } else parts.push(v);
      chars += v.length;
      if (linkDepth) linkChars += v.length;
    } else if (n.type === 'break') {
      if (mapped) mapped.made(' ');
      else parts.push(' ');
    }
    else if (n.type === 'html') {
      const c = comment.exec((n.value ?? '').trim());
      const dir = c ? parseDirective(c[1] ?? '') : undefined;
      if (dir) markers.push({ ...dir, at: dir.kind === 'disable' ? at : at + 1 });
    } else if (n.type === 'tableCell' && (mapped ? mapped.length > 0 : parts.length > 0)) {
      if (mapped) mapped.made(' ');
      else parts.push(' ');
    }
    if (n.type === 'link' || n.type === 'linkReference') {
      linkDepth++;
      stack.push(-1);
    }
    if (n.children && n.type !== 'image' && n.type !== 'imageReference' && n.type !== 'footnoteReference') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdNode);
    }
  }
  if (mapped) {
    const { text, src } = collapseMapped(mapped.parts.join(''), mapped.src);
    return { text, chars, linkChars, heading: node.type === 'heading', src };
  }
  return { text: collapseBlock(parts.join('')), chars, linkChars, heading: node.type === 'heading' };
}

/** Split YAML front matter (a first line `---`, up to the next `---` or `...` line) from the body. */
function splitFrontMatter(source: string): { yaml?: string; body: string; at: number } {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const src = bom ? source.slice(1) : source;
  const firstEnd = src.indexOf('\n');
  if (firstEnd < 0 || src.slice(0, firstEnd).trimEnd() !== '---') return { body: src, at: bom };
  let at = firstEnd + 1;
  while (at <= src.length) {
    let end = src.indexOf('\n', at);
    if (end < 0) end = src.length;
    const line = src.slice(at, end).trimEnd();
    if (line === '---' || line === '...') {
      const bodyAt = Math.min(end + 1, src.length);
      return { yaml: src.slice(firstEnd + 1, at), body: src.slice(bodyAt), at: bom + bodyAt };
    }
    at = end + 1;
  }
  return { body: src, at: bom };
}

/** A fence line (a fenced code block's opening or closing): its marker, "```" or "~~~" or longer. */
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
/** Characters of code rather than prose: a line ending in one, or many of them, make a block code. */
const codeLineEnd = /[;{}]\s*$/m;
const codeChar = /[{}[\]()<>=;:/\\|_*#$&%^~`+@]/g;

/**
 * The paragraphs of an indented code block that is not code: scraped Markdown often indents
 * whole paragraphs (or raw HTML) by four spaces, which CommonMark reads as code. HTML in it is
 * read as HTML; otherwise the block is read as Markdown again, and kept when every paragraph is
 * prose (four words or more, mostly letters, few code characters once links and emphasis are
 * text, no line ending in ";", "{" or "}"). Real code yields nothing.
 */
function indentedParagraphs(value: string, depth: number): Para[] {
  if (hasBlockTag.test(value)) return htmlParagraphs(value).blocks;
  if (codeLineEnd.test(value) || depth > 8) return [];
  const paras: Para[] = [];
  parseBlocks(value, paras, [], depth + 1);
  const prose = (text: string) => {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const code = text.match(codeChar)?.length ?? 0;
    return text.split(' ').length >= 4 && letters >= text.length * 0.6 && code <= text.length * 0.02;
  };
  return paras.length > 0 && paras.every((p) => prose(p.text)) ? paras : [];
}

/** Block-level tags: a body with many of them is an HTML document, not Markdown with a little HTML. */
const blockTag = /<\/?(?:p|div|br|h[1-6]|ul|ol|li|table|tr|blockquote|section|article|figure)\b[^<>]{0,500}>/gi;
const hasBlockTag = new RegExp(blockTag.source, 'i');

/** Is this body raw HTML (a WordPress export) rather than Markdown? */
function looksLikeHtml(body: string): boolean {
  let tags = 0;
  blockTag.lastIndex = 0;
  while (blockTag.exec(body) && tags < 1000) tags++;
  if (tags < 2) return false;
  const chunks = body.split(/\n[ \t]*\n/).filter((c) => c.trim()).length;
  return tags * htmlTagsPerChunk >= chunks;
}

/**
 * Extract a Markdown document: YAML front matter into title and metadata, the body into
 * paragraphs. A Markdown body is parsed with remark (paragraphs, headings, list items, quotes
 * and table rows become paragraphs; fenced code is dropped, indented code only when it is code,
 * see `indentedParagraphs`); a body that is
 * mostly raw HTML (WordPress exports) is read as HTML that is all article. Never throws.
 */
export function extractMarkdown(source: string): Extracted {
  const { yaml, body, at } = splitFrontMatter(source);
  let head: { title?: string; meta: Meta } = { meta: {} };
  if (yaml !== undefined) {
    try {
      const fm: unknown = parseYaml(yaml);
      if (fm && typeof fm === 'object' && !Array.isArray(fm)) head = frontMatter(fm as Record<string, unknown>);
    } catch {
      // malformed front matter: the body is still the article
    }
  }
  let result: Assembled;
  if (looksLikeHtml(body)) {
    result = htmlBodyText(body, head.title);
    if (result.map) result.map = shiftMap(result.map, at);
  } else result = markdownText(body, head.title, { source, at });
  const out: Extracted = { ...result, meta: head.meta };
  if (head.title) out.title = head.title;
  return out;
}

/**
 * Paragraphs of a Markdown body; raw HTML blocks inside it are read as HTML. A long body is
 * parsed in chunks (see `chunksOf`): remark's tree and micromark's events take about 180 bytes
 * of memory per byte of Markdown, so a file of some megabytes would exhaust the heap whole.
 */
function markdownText(body: string, title: string | undefined, place: Place): Assembled {
  const paras: Para[] = [];
  const markers: Marker[] = [];
  parseBlocks(body, paras, markers, 0, place);
  return assemble(paras, paras.map((_, i) => i), markers, { title, furniture: false });
}

/** Parse `body` chunk by chunk and append its paragraphs and markers; a chunk that fails to parse gives none. */
function parseBlocks(body: string, paras: Para[], markers: Marker[], depth: number, place?: Place): void {
  let chunkAt = 0;
  let n = 0;
  for (const chunk of chunksOf(body)) {
    n++;
    const at = chunkAt;
    chunkAt += chunk.length;
    const here = place ? { source: place.source, at: place.at + at } : undefined;
    if (hostileMarkdown(chunk)) {
      // Read as plain text: every paragraph kept, its Markdown syntax left as it is, and the
      // record says so (a `markdown-fallback` finding, see record/index.ts).
      let from = 0;
      for (const p of chunk.split(/\n[ \t]*\n/)) {
        const text = collapse(p);
        const pAt = chunk.indexOf(p, from);
        from = pAt + p.length;
        if (!text) continue;
        const para: Para = { text, chars: text.length, linkChars: 0, plain: depth * 1_000_000 + n };
        // A collapsed run of spaces is looked for only a little ahead: this text may be megabytes of hostile shapes.
        if (here) para.src = alignedSrc(text, here.source, here.at + pAt, here.at + from, 64);
        paras.push(para);
      }
      continue;
    }
    let tree: MdNode;
    try {
      tree = parseMarkdown(chunk);
    } catch {
      tree = { type: 'root', children: [] };
    }
    blocksOf(tree, chunk, paras, markers, depth, here);
  }
}

/** Every offset of a source map moved by `delta`. */
function shiftMap(map: NonNullable<Extracted['map']>, delta: number): NonNullable<Extracted['map']> {
  if (delta === 0) return map;
  const move = (a: Int32Array) => a.map((x) => (x < 0 ? x : x + delta));
  return { starts: move(map.starts), ends: move(map.ends) };
}

/** Paragraphs read from a text that is not the document's (an indented block's content), aligned with the block's span. */
function located(list: Para[], place: Place | undefined, from: number | undefined, to: number | undefined): Para[] {
  if (!place || from === undefined || to === undefined) return list;
  let cursor = place.at + from;
  return list.map((p) => {
    const src = alignedSrc(p.text, place.source, cursor, place.at + to);
    const last = src.ends.reduce((m, e) => Math.max(m, e), -1);
    if (last > cursor) cursor = last;
    return { ...p, src };
  });
}

/**
 * Markdown shapes that remark (micromark) does not parse in linear time or memory: containers
 * nested hundreds deep (">>>>…", lists indented thousands of columns: memory explodes and aborts
 * the process) and paragraphs with thousands of emphasis or link delimiters (matching them is
 * quadratic); docs/performance.md has the measurements.
 * No article comes near these limits; a chunk past one is read as plain text (see
 * `parseBlocks`), so that one document cannot take a run down in any mode, in a worker or not.
 */
const maxLinePrefix = 200;
const maxDelimiters = 2000;

/** Whether a chunk of Markdown has a shape past those limits. */
export function hostileMarkdown(chunk: string): boolean {
  let emphasis = 0;
  let brackets = 0;
  let ticks = 0;
  let blank = true;
  for (let i = 0; i < chunk.length; ) {
    // The line's container prefix: indentation, quote markers, list bullets.
    let prefix = 0;
    for (let c = chunk.charCodeAt(i); c === 32 || c === 9 || c === 62 || c === 45 || c === 43 || c === 42; c = chunk.charCodeAt(++i)) {
      if (++prefix > maxLinePrefix) return true;
    }
    const nl = chunk.indexOf('\n', i);
    const end = nl < 0 ? chunk.length : nl;
    const wasBlank = blank;
    blank = true;
    for (; i < end; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 42 || c === 95) emphasis++;
      else if (c === 91 || c === 93) brackets++;
      else if (c === 96) ticks++;
      if (c !== 32 && c !== 9 && c !== 13) blank = false;
    }
    if (blank && prefix === 0 && !wasBlank) emphasis = brackets = ticks = 0;
    if (emphasis > maxDelimiters || brackets > maxDelimiters || ticks > maxDelimiters) return true;
    i = end + 1;
  }
  return false;
}

/** Chunks of a long Markdown body are about this long (and so still read with GitHub's tables). */
const chunkChars = 64 * 1024;

/** HTML blocks that run across blank lines until their end (CommonMark's kinds 1 and 2). */
const rawOpen = /^ {0,3}<(?:(script|pre|style|textarea)\b|(!--))/i;

/**
 * A body cut at blank lines outside fenced code, comments and script, pre, style or textarea
 * blocks into chunks of about `chunkChars`. Other blocks never span a blank line except lists,
 * quotes and indented code, which then read as two of their kind with the same paragraphs; a
 * link reference defined in another chunk stays text.
 */
export function chunksOf(body: string): string[] {
  if (body.length <= chunkChars) return [body];
  const chunks: string[] = [];
  let start = 0;
  let fence: string | undefined;
  /** The end of the raw HTML block the line is in ("-->", "</pre>"), lower-cased. */
  let rawEnd: string | undefined;
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const end = nl < 0 ? body.length : nl + 1;
    const line = body.slice(at, end);
    let f = fence === undefined && rawEnd === undefined ? rawOpen.exec(line) : null;
    if (f) {
      const close = f[2] ? '-->' : `</${f[1]!.toLowerCase()}>`;
      if (!line.slice(f[0].length).toLowerCase().includes(close)) rawEnd = close;
    } else if (rawEnd !== undefined) {
      if (line.toLowerCase().includes(rawEnd)) rawEnd = undefined;
    } else if ((f = fenceOpen.exec(line))) {
      const mark = f[1]!;
      if (fence === undefined) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = undefined;
    } else if (fence === undefined && line.trim() === '' && at - start >= chunkChars) {
      chunks.push(body.slice(start, end));
      start = end;
    }
    at = end;
  }
  if (start < body.length) chunks.push(body.slice(start));
  return chunks;
}

/** The paragraphs and suppression markers of a tree parsed from `body`, appended in order. */
function blocksOf(tree: MdNode, body: string, paras: Para[], markers: Marker[], depth: number, place: Place | undefined): void {
  for (const n of walk(tree)) {
    if (n.type === 'code') {
      const at = n.position?.start.offset;
      const fenced = at === undefined || fenceOpen.test(body.slice(at, at + 6));
      if (!fenced) paras.push(...located(indentedParagraphs(n.value ?? '', depth), place, at, n.position?.end.offset));
    } else if (leafBlocks.has(n.type)) {
      const p = inlineText(n, markers, paras.length, place);
      if (p.text) paras.push(p);
    } else if (n.type === 'html') {
      const v = (n.value ?? '').trim();
      const c = comment.exec(v);
      if (c) {
        const dir = parseDirective(c[1] ?? '');
        if (dir) markers.push({ ...dir, at: paras.length });
      } else {
        const from = n.position?.start.offset;
        const to = n.position?.end.offset;
        const raw = n.value ?? '';
        if (place && from !== undefined && to !== undefined && body.slice(from, to) === raw) {
          // The block as it stands in the document: the parser's offsets place its text.
          const lead = raw.length - raw.trimStart().length;
          for (const b of htmlParagraphs(v, true).blocks) paras.push(b.src ? { ...b, src: shiftSrc(b.src, place.at + from + lead) } : b);
        } else paras.push(...located(htmlParagraphs(v).blocks, place, from, to));
      }
    }
  }
}
