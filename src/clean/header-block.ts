/**
 * `header-block`: the header a scraper writes above the article in a plain text: `key: value`
 * lines ("keywords: …", "publish date: …", "authors: …", "Title: …"; or "[key] value", as some feed
 * readers write them: "[pubDate] …", "[author] …"), a link line to the
 * original, a YAML-style `---` fence around them. It is the scraper's metadata, not the article:
 * its lines are removed (each with its record), and the pipeline keeps what it says of the
 * document's url, date, author and language in `meta` and looks for the title below it.
 *
 * Notes:
 * - Only at the top of a document's own text (a plain text, a JSON text field), before or right
 *   after its title line; never in the middle of a text, never in a piece of a large document
 *   after the first.
 * - A block needs two `key: value` lines with different keys whose values do not end as a
 *   sentence ends, one of them a key scrapers write (url, date, author, title, keywords, tags …
 *   in nine languages: `fieldKeys`, `otherKeys`) or a link line: "When: …", "Where: …" above an
 *   event's story are its content. A dateline ("KYIV: …") is one line; a transcript ("SMITH: Good morning.",
 *   "JONES: Thank you.") speaks in sentences and names its speakers more than once; an interview
 *   ("Q: Why now?") asks questions. A value that ends as a sentence ("description: …") may stand
 *   in a block that has two such lines besides.
 * - A key is one to three words of letters (30 characters at most), a value at most 300
 *   characters. A line of only a URL is a link to the original: it belongs to the block, and one
 *   or two of them alone at the very top are a block too.
 * - The block ends at its last line with a known key or a link: a line of another key below
 *   it ("Wetzlar: City wants to allow bathing …", a headline that names its place) is the
 *   text's. A link line under a key that names it ("URL: https://…") is a link line.
 * - Something must follow the block: a text that is all `key: value` lines is a list, not a
 *   header (a fact box, a schedule), and stays.
 */
import type { Change, CleanContext, CleanPass, CleanRule, Meta } from '../types.js';

/** Most words in a key ("publish date", "original source url"). */
const maxKeyWords = 3;
const maxKeyChars = 30;
const maxValueChars = 300;
/** Most lines a header block holds: a scraper writes a handful. */
const maxBlockLines = 30;
/** Bare link lines alone (without `key: value` lines) make a block up to this many. */
const maxLinkLines = 2;

/** "key: value", or the key in brackets as some feed readers write it ("[pubDate] Fri, 05 Apr 2024 …", "[author] Joost Hermsen"). */
const keyValuePattern = /^(?:([\p{L}][\p{L}\p{M}_\- ]*?)[ \t]?:|\[([\p{L}][\p{L}\p{M}_\- ]*?)\])[ \t]+(\S.*)$/u;
const linkPattern = /^<?(?:https?:\/\/|www\.)[^\s<>]+>?$/iu;
const fencePattern = /^-{3,}$/u;
const sentenceEnd = /[.!?…]["”’»)]*$/u;

/** One line of a header block: [start, end) of its content in the text, and what it says. */
export interface HeaderLine {
  start: number;
  end: number;
  /** The key, lower case, blanks, "_" and "-" as single spaces; absent on a link or fence line. */
  key?: string;
  value?: string;
}

/** The header block at the top of `text`: its lines, and where the text after it starts. */
export interface HeaderBlock {
  lines: HeaderLine[];
  /** Offset of the first line after the block (blank lines after it included). */
  end: number;
}

/** Whether `value` is a link. */
export function isLink(value: string): boolean {
  return linkPattern.test(value);
}

/**
 * The header block that starts at the first non-blank line of `text`, or undefined. Offsets
 * are UTF-16 offsets of `text`.
 */
export function findHeaderBlock(text: string): HeaderBlock | undefined {
  const lines: HeaderLine[] = [];
  const keys = new Set<string>();
  let metaLines = 0;
  let links = 0;
  let pos = 0;
  let after = -1;
  while (pos <= text.length && lines.length <= maxBlockLines) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(pos, lineEnd);
    const content = raw.trim();
    const start = pos + (raw.length - raw.trimStart().length);
    const end = start + content.length;
    const next = nl < 0 ? text.length + 1 : nl + 1;
    if (content === '') {
      pos = next;
      continue;
    }
    const kv = content.length <= maxKeyChars + maxValueChars + 2 ? keyValuePattern.exec(content) : null;
    if (fencePattern.test(content) && (lines.length === 0 || metaLines > 0)) {
      lines.push({ start, end });
    } else if (isLink(content)) {
      links++;
      lines.push({ start, end, value: content.replace(/^<|>$/gu, '') });
    } else if (kv && isKey(kv[1] ?? kv[2]!) && kv[3]!.length <= maxValueChars) {
      const key = (kv[1] ?? kv[2]!).toLowerCase().replace(/[\s_-]+/gu, ' ').trim();
      // A key said twice is a dialogue's speaker or a list's label, not a header.
      if (keys.has(key)) return undefined;
      keys.add(key);
      const value = kv[3]!.trim();
      const line = { start, end, key, value };
      if (isMetaLine(line)) metaLines++;
      lines.push(line);
    } else {
      after = start;
      break;
    }
    pos = next;
  }
  // Nothing after the block: a text of `key: value` lines is a list (a fact box), not a header.
  if (after < 0 || lines.length === 0 || lines.length > maxBlockLines) return undefined;
  // The block ends at its last known key or link: lines of other keys below it are the text's
  // ("Wetzlar: City wants to allow bathing …" is a headline under a header).
  while (lines.length > 0 && isOtherKeyLine(lines.at(-1)!)) after = lines.pop()!.start;
  if (lines.length === 0) return undefined;
  metaLines = lines.filter(isMetaLine).length;
  const keyed = lines.filter((l) => l.key !== undefined);
  // A link under a key that names it ("URL: https://…"), alone at the top, is a link line.
  const keyedLinks = keyed.filter((l) => fieldOf.get(l.key!) === 'url' && isLink(l.value!)).length;
  // One key must be one a scraper writes (or a line a link): "When: …", "Where: …" above an
  // event's story are its content.
  const known = links > 0 || keyed.some((l) => fieldOf.has(l.key!) || otherKeys.has(l.key!));
  const header = (metaLines >= 2 && known) || (links + keyedLinks > 0 && links + keyedLinks <= maxLinkLines && lines.length === links + keyedLinks);
  if (!header) return undefined;
  // A fence that opened the block must close it: "---" above prose is a rule, not front matter.
  const fences = lines.filter((l) => l.key === undefined && l.value === undefined);
  if (fences.length === 1 && lines[0]!.key === undefined && lines[0]!.value === undefined) return undefined;
  // A closing fence further down belongs to the text, not to the block.
  return { lines, end: after };
}

/**
 * The keys a header's fields go by, per `meta` field (English, German, French, Spanish,
 * Italian, Portuguese, Polish, Russian, Ukrainian); other keys stay in the removed lines only.
 */
const fieldKeys: Record<'url' | 'date' | 'author' | 'lang' | 'title', readonly string[]> = {
  url: ['url', 'link', 'source', 'source url', 'original', 'original url', 'original link', 'canonical', 'canonical url', 'permalink', 'article url', 'quelle', 'lien', 'fuente', 'enlace', 'fonte', 'źródło', 'источник', 'ссылка', 'джерело', 'посилання'],
  date: ['date', 'published', 'publish date', 'published date', 'published at', 'publication date', 'pubdate', 'date published', 'posted', 'posted on', 'datum', 'veröffentlicht', 'publié le', 'date de publication', 'fecha', 'publicado', 'data', 'pubblicato', 'опубликовано', 'дата', 'опубліковано'],
  author: ['author', 'authors', 'by', 'byline', 'writer', 'written by', 'autor', 'autoren', 'auteur', 'auteurs', 'autore', 'autores', 'автор', 'авторы', 'автори'],
  lang: ['lang', 'language', 'sprache', 'langue', 'idioma', 'lingua', 'język', 'язык', 'мова'],
  title: ['title', 'headline', 'titel', 'titre', 'título', 'titolo', 'tytuł', 'заголовок', 'название', 'назва'],
};
/** Other keys of scrapers' headers, kept in the removed lines only. */
const otherKeys: ReadonlySet<string> = new Set([
  'keywords', 'tags', 'tag', 'topics', 'category', 'categories', 'section', 'description', 'summary', 'excerpt', 'site', 'site name', 'domain', 'image', 'images', 'top image', 'updated', 'modified', 'last modified', 'id', 'slug', 'word count', 'reading time',
  'schlagwörter', 'stichwörter', 'schlagworte', 'rubrik', 'kategorie', 'mots clés', 'mots clefs', 'rubrique', 'catégorie', 'etiquetas', 'palabras clave', 'categoría', 'sección', 'parole chiave', 'categoria', 'sezione', 'tagi', 'słowa kluczowe', 'kategoria', 'теги', 'ключевые слова', 'рубрика', 'категория', 'ключові слова', 'категорія',
]);
const fieldOf = new Map(Object.entries(fieldKeys).flatMap(([field, keys]) => keys.map((k) => [k, field as keyof typeof fieldKeys])));

/**
 * What a header block says of the document: url, date, author and language for `meta` (the
 * first of each; a url only when it is a link, a language only when it is a code such as "en"
 * or "pt-BR"; a bare link line is the url when no key names one), and its title.
 */
export function headerFields(block: HeaderBlock): { meta: Meta; title?: string } {
  const meta: Meta = {};
  let title: string | undefined;
  let bareLink: string | undefined;
  for (const line of block.lines) {
    if (line.value === undefined) continue;
    const value = line.value;
    if (line.key === undefined) {
      bareLink ??= value;
      continue;
    }
    const field = fieldOf.get(line.key);
    if (field === 'title') title ??= value;
    else if (field === 'url') {
      if (isLink(value)) meta.url ??= value.replace(/^<|>$/gu, '');
    } else if (field === 'lang') {
      if (/^[a-z]{2,3}(?:[-_][a-z]{2,4})?$/iu.test(value)) meta.lang ??= value;
    } else if (field !== undefined) meta[field] ??= value;
  }
  // A link named by a key wins over a bare link line.
  if (meta.url === undefined && bareLink !== undefined) meta.url = bareLink;
  return title !== undefined ? { meta, title } : { meta };
}

/** A `key: value` line whose value is metadata: no sentence, or a link. */
function isMetaLine(l: HeaderLine): boolean {
  return l.key !== undefined && (!sentenceEnd.test(l.value!) || isLink(l.value!));
}

/** A `key: value` line whose key is neither one a scraper writes nor a link's. */
function isOtherKeyLine(l: HeaderLine): boolean {
  return l.key !== undefined && !fieldOf.has(l.key) && !otherKeys.has(l.key);
}

/** One to three words of letters. */
function isKey(key: string): boolean {
  const k = key.trim();
  return k.length <= maxKeyChars && k.split(/[\s_-]+/u).length <= maxKeyWords;
}

export const headerBlock: CleanRule = {
  id: 'header-block',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'A scraper’s header above the article: `key: value` lines and links to the original',
  label: 'Scraper header line',
  propose(text: string, ctx: CleanContext, _pass: CleanPass): Change[] {
    if (ctx.plain !== true) return [];
    let block = findHeaderBlock(text);
    let offset = 0;
    // Below a title line (the pipeline cuts a title it finds; one it does not, stays above).
    const title = block ? null : /^[ \t]*([^\n]{1,200})\n[ \t]*\n/u.exec(text);
    if (title && !sentenceEnd.test(title[1]!.trim()) && !keyValuePattern.test(title[1]!.trim())) {
      offset = title[0].length;
      block = findHeaderBlock(text.slice(offset));
    }
    if (!block) return [];
    return block.lines.map((l) => ({ rule: 'header-block', start: offset + l.start, end: offset + l.end, replacement: '', reason: l.key !== undefined ? `“${l.key}:” line of a header block above the article` : l.value !== undefined ? 'link line of a header block above the article' : 'fence of a header block' }));
  },
};
