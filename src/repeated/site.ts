/**
 * The site a document belongs to, for corpus-level repetition: the host of its URL when the
 * document says it (HTML `<link rel=canonical>` or `og:url`, Markdown front matter, a JSON
 * `url` field), else the folder the input is in. Found without parsing, the same way in the
 * first pass and in the worker, so that both agree on the site.
 */
import { dirname } from 'node:path';

const linkTag = /<link\b[^>]*\brel\s*=\s*["']?canonical\b[^>]*>/iu;
const ogTag = /<meta\b[^>]*\bproperty\s*=\s*["']?og:url\b[^>]*>/iu;
const hrefAttr = /\bhref\s*=\s*["']?([^"'\s>]+)/iu;
const contentAttr = /\bcontent\s*=\s*["']?([^"'\s>]+)/iu;
/** Front matter keys that hold the article's URL, in the order the Markdown extractor prefers them. */
const frontMatterKeys = ['original_link', 'canonical_url', 'permalink', 'url', 'link'];

/** The URL an HTML page names for itself (canonical, then og:url), from its head. */
export function htmlUrl(raw: string): string | undefined {
  return urlIn(raw.slice(0, 65536)).url;
}

/**
 * The URL `head` names (canonical, then og:url), and whether more of the head could change it:
 * not once it holds the canonical link and either that link's http(s) URL or an og:url tag.
 */
function urlIn(head: string): { url: string | undefined; settled: boolean } {
  const link = linkTag.exec(head);
  const href = link ? hrefAttr.exec(link[0])?.[1] : undefined;
  if (href && /^https?:\/\//iu.test(href)) return { url: href, settled: true };
  const og = ogTag.exec(head);
  const content = og ? contentAttr.exec(og[0])?.[1] : undefined;
  return { url: content && /^https?:\/\//iu.test(content) ? content : undefined, settled: link !== null && og !== null };
}

/**
 * The most bytes of a page `htmlUrlOfBytes` reads: 65,536 UTF-16 units take at most 3 bytes
 * each; a sequence cut at the end decodes to one U+FFFD, after the last `>`. A page's first
 * `headBytes` give the same answer as the whole page.
 */
const headBytes = 65536 * 3 + 4;

/**
 * `htmlUrl` of the text UTF-8 `bytes` decode to, decoding only as much of their start as the
 * answer needs (the first pass reads every page of a corpus for its site). Exact: a match of
 * either tag pattern ends at the first `>` after its start, so on a decoded prefix cut after its
 * last `>`, the first match found is the first in the whole head too; with none found (or a
 * canonical link that is not http(s) and no `og:url` yet) a longer prefix is decoded, up to
 * the head `htmlUrl` reads. `complete` false: `bytes` are only the page's first bytes (of a
 * gzipped page inflated in part), and null says that the page's answer needs more of them.
 */
export function htmlUrlOfBytes(bytes: Buffer): string | undefined;
export function htmlUrlOfBytes(bytes: Buffer, complete: boolean): string | undefined | null;
export function htmlUrlOfBytes(bytes: Buffer, complete = true): string | undefined | null {
  for (let n = 8192; ; n *= 4) {
    const end = Math.min(n, bytes.length, headBytes);
    const text = bytes.toString('utf8', 0, end);
    if ((end === bytes.length && complete) || end === headBytes || text.length >= 65536 + 4) return htmlUrl(text);
    const head = text.slice(0, 65536);
    const { url, settled } = urlIn(head.slice(0, head.lastIndexOf('>') + 1));
    if (settled) return url;
    if (end === bytes.length) return null;
  }
}

/** The end of a Markdown document's YAML front matter (after its closing `---` line), or 0. */
export function frontMatterEnd(raw: string): number {
  if (!/^---[ \t]*\r?\n/u.test(raw)) return 0;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/u.exec(raw.slice(3, 65536));
  return close ? 3 + close.index + close[0].length : 0;
}

/** The URL a Markdown document's front matter names: the first http(s) URL at or below a URL key (YAML may fold it onto the next lines). */
export function frontMatterUrl(raw: string): string | undefined {
  const end = frontMatterEnd(raw);
  if (end === 0) return undefined;
  const lines = raw.slice(0, end).split(/\r?\n/u);
  for (const key of frontMatterKeys) {
    const at = lines.findIndex((l) => l.startsWith(key + ':'));
    if (at < 0) continue;
    for (let i = at; i < Math.min(lines.length, at + 4); i++) {
      if (i > at && /^\S/u.test(lines[i]!)) break;
      const m = /https?:\/\/[^\s"'>]+/iu.exec(i === at ? lines[i]!.slice(key.length + 1) : lines[i]!);
      if (m) return m[0];
    }
  }
  return undefined;
}

/** The host of a URL without "www.", or undefined when it is not a URL. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || !/^https?:\/\//iu.test(url.trim())) return undefined;
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site of a document: `url`'s host when given (a JSON document's `url` field), else the
 * host its HTML head or Markdown front matter names, else its folder (`path`'s parent, as the
 * record shows it; "." for a file in the working folder, "-" for stdin).
 */
export function siteOf(format: string, raw: string, path: string, url?: unknown): string {
  const host = hostOf(url) ?? (format === 'html' ? hostOf(htmlUrl(raw)) : format === 'markdown' ? hostOf(frontMatterUrl(raw)) : undefined);
  return host ?? folderSite(path);
}

/**
 * `siteOf` an HTML page given as UTF-8 bytes (without a BOM), read as little as `htmlUrlOfBytes`
 * needs; of its first bytes only (`complete` false), null when they do not settle it.
 */
export function htmlSiteOfBytes(bytes: Buffer, path: string): string;
export function htmlSiteOfBytes(bytes: Buffer, path: string, complete: boolean): string | null;
export function htmlSiteOfBytes(bytes: Buffer, path: string, complete = true): string | null {
  const url = htmlUrlOfBytes(bytes, complete);
  return url === null ? null : (hostOf(url) ?? folderSite(path));
}

function folderSite(path: string): string {
  return path === '-' ? '-' : dirname(path) + '/';
}
