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
  const head = raw.slice(0, 65536);
  const link = linkTag.exec(head);
  const href = link ? hrefAttr.exec(link[0])?.[1] : undefined;
  if (href && /^https?:\/\//iu.test(href)) return href;
  const og = ogTag.exec(head);
  const content = og ? contentAttr.exec(og[0])?.[1] : undefined;
  return content && /^https?:\/\//iu.test(content) ? content : undefined;
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
  if (host) return host;
  return path === '-' ? '-' : dirname(path) + '/';
}
