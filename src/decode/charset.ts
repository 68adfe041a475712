import { knownEncoding } from './bytes.js';

/** How many bytes of the document head are searched for a charset declaration. */
const sniffBytes = 2048;

const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const xmlEncoding = /^<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** Labels a browser treats as another encoding (WHATWG Encoding), as iconv-lite names them. */
const aliases: Record<string, string> = {
  utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  cp1251: 'windows-1251', 'x-cp1251': 'windows-1251', 'win-1251': 'windows-1251',
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  cp1252: 'windows-1252', 'x-cp1252': 'windows-1252',
  // a page cannot be UTF-16 and declare it in ASCII bytes; browsers read it as UTF-8
  'utf-16': 'utf-8', 'utf-16le': 'utf-8', 'utf-16be': 'utf-8',
  'koi8r': 'koi8-r', 'x-sjis': 'shift_jis', 'gb2312': 'gbk',
};

/**
 * The charset of an HTML document from its first bytes: a byte-order mark, else a
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` (or an XML
 * declaration) within the first 2 KB. Returns a lowercase label iconv-lite can decode, or
 * undefined when the head declares nothing usable (the caller then guesses or uses UTF-8).
 */
export function sniffHtmlCharset(head: Buffer): string | undefined {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const text = head.subarray(0, sniffBytes).toString('latin1');
  const label = (xmlEncoding.exec(text) ?? metaCharset.exec(text))?.[1];
  if (!label) return undefined;
  const lower = label.toLowerCase();
  const name = aliases[lower] ?? lower;
  return knownEncoding(name) ? name : undefined;
}
