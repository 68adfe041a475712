import type { Extracted } from '../types.js';
import { joinSrc, type Src } from './srcmap.js';
import { trailerLinkTexts } from './selectors.js';
import { boilerplateLines, bylineLine, bylineMax, isLongDateLine, isProseSentence, lineKey, listedFurniture, minuteUnit, shareRuns, timeRange } from '../shared/furniture.js';
import { namesMonth } from '../shared/months.js';
import { resolveSuppressions, type Marker } from './suppress.js';
import { commentSectionStart } from '../shared/comments.js';

/** A paragraph candidate as any extractor produces it. */
export interface Para {
  text: string;
  /** Raw characters, and how many of them were link text. */
  chars: number;
  linkChars: number;
  /** Inside an h1–h6. */
  heading?: boolean;
  /** Links that start inside it (HTML only). */
  links?: number;
  /** A table row (HTML only): its cells are data, not a date line or a counter. */
  row?: boolean;
  /** Where each unit of `text` is in the extractor's input, when the parser said. */
  src?: Src;
  /**
   * Read as plain text, not parsed (Markdown whose shape the parser cannot read in linear
   * time, see extract/markdown.ts): the number of the chunk it came from.
   */
  plain?: number;
}

/** A paragraph is link furniture when most of its characters are link text. */
const linkDensityMax = 0.6;


const wordPattern = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.toLowerCase().match(wordPattern) ?? [];

/**
 * Is this first paragraph the headline again? Equal to the title (ignoring case, spacing and
 * punctuation), or a heading that shares most of its words with it ("HS Roundup: …" under
 * the title "High School Roundup: …").
 */
function repeatsTitle(p: Para, title: string): boolean {
  const a = words(p.text);
  const b = words(title);
  if (a.join(' ') === b.join(' ')) return true;
  if (!p.heading || !a.length || !b.length) return false;
  const set = new Set(b);
  const shared = a.filter((w) => set.has(w)).length;
  return shared >= titleOverlap * Math.min(a.length, b.length) && a.length <= 2 * b.length;
}

/** Words that go with a clock time in a dateline ("14:30 Uhr", "8:31 PM", "10:02 GMT"). */
const timeWords: ReadonlySet<string> = new Set(['am', 'pm', 'a', 'p', 'm', 'uhr', 'h', 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'cet', 'cest', 'bst', 'ist', 'msk', 'mez', 'mesz']);

/**
 * A schedule's or a podcast's chapter entry: a clock time first, then at least two words and
 * none that goes with a time, and no date ("03:12 Warum Kiefern brennen", "19:30 Führung durch
 * die Werkstatt"), or the time with its unit and a dash before what happens ("19:00 Uhr –
 * Einlass"): what the page lists, not when it was published ("10:22 Actualizado a 13/01/2025"
 * has a date, "10:22 Uhr – Aktualisiert" an update's word).
 */
function scheduleEntry(text: string, letters: readonly string[]): boolean {
  if (!/^\d{1,2}:\d\d(?::\d\d)?\s/u.test(text) || /\b(1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]/u.test(text)) return false;
  // "21:00 Uhr – Die Mauersegler", "19:00 Uhr – Einlass": the time's unit, a dash, then what happens
  const slot = /^\d{1,2}:\d\d(?::\d\d)?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)?\s[–—-]\s(\p{L}.*)$/iu.exec(text);
  if (slot) {
    const what = (slot[1] as string).match(/\p{L}+/gu) ?? [];
    return !what.some((w) => timeWords.has(w.toLowerCase()) || updateWords.has(w.toLowerCase()));
  }
  return letters.length >= 2 && !letters.some((w) => timeWords.has(w.toLowerCase()));
}

/** Words of an update's time ("10:22 Uhr – Aktualisiert"): no schedule's entry. */
const updateWords: ReadonlySet<string> = new Set(['update', 'updated', 'aktualisiert', 'aktualisierung', 'actualizado', 'actualisé', 'aggiornato', 'atualizado', 'zaktualizowano', 'обновлено', 'оновлено']);

/** A heading repeats the title when this share of the shorter one's words are shared. */
const titleOverlap = 0.6;

/**
 * A paragraph that is only a date or a time ("20 Nov, 2019 05:47", "November 15, 2019",
 * "18.11.2019"): at most three words of letters beside a year or a clock time, five beside
 * both ("Updated: Sat 8:31 PM, Feb 17, 2018"); a year needs a month's name (`namesMonth`) or a
 * date in numbers beside it.
 */
function isDateLine(text: string): boolean {
  if (text.length > 40) return false;
  if (!/\b(1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b/.test(text)) return false;
  // a year alone is no date ("Badesaison 2025 fällt aus", "Wasserfläche: 1850 Quadratmeter"):
  // a date has its month, or is written in numbers ("18.11.2019", "2019-11-18")
  if (!/\b\d{1,2}:\d\d\b|\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/u.test(text) && !namesMonth(text)) return false;
  const letters = text.match(/\p{L}+/gu) ?? [];
  // opening hours, a schedule's slot: "7:30 – 12:00 und 13:00 – 17:00 Uhr" says when, not when published
  if (scheduleEntry(text, letters) || timeRange.test(text)) return false;
  // "Posted: Fri 6:45 PM, Feb 16, 2018": a year and a clock time allow a label and a weekday
  const both = /\b(1[89]|20)\d\d\b/.test(text) && /\b\d{1,2}:\d\d\b/.test(text);
  return letters.length <= (both ? 5 : 3);
}

/**
 * Minutes alone on a line ("2min", "5 min"), a reading time whose label the page set apart; the
 * shared lists take those with their label ("4 min read", "Lesezeit: 3 Min.": `listedFurniture`).
 * Not in a table, where minutes are data.
 */
const bareMinutes = new RegExp(String.raw`^\d{1,3}\s*${minuteUnit}\.?$`, 'iu');

/** A line that is only numbers: a vote count, a reputation score, counters ("47", "1,204", "18.3k", "6236752 5928990"); a heading is not one. */
const counter = /^[+-]?\d[\d.,\s]{0,20}[kKmM]?$/;

/**
 * Short furniture lines ("Advertisement", "Share this article") and link-only paragraphs. On an
 * event's page (`event`) a date alone on its line is the event's ("Datum Freitag, 14. November
 * 2025"), not the page's dateline.
 */
export function isFurniture(p: Para, event = false): boolean {
  if (listedFurniture(p.text)) return true;
  if (!p.heading && p.text.length <= bylineMax && bylineLine.test(p.text)) return true;
  if (!p.row && ((!event && isDateLine(p.text)) || (!p.heading && (counter.test(p.text) || (!event && isLongDateLine(p.text)) || (p.text.length <= 40 && bareMinutes.test(p.text)))))) return true;
  return p.chars > 0 && p.linkChars / p.chars > linkDensityMax && !linkedSentence(p);
}

/** Plain text a paragraph of links keeps around them to be a sentence that links, not a list of links. */
const linkedSentencePlain = 60;
/** …and no more of its characters than this share in links, in at most this many links (a phrase or two, not a name's card of links). */
const linkedSentenceDensity = 0.7;
const linkedSentenceLinks = 2;

/**
 * A sentence whose words are mostly a link's ("Bad things are afoot at Facebook, with a leaked
 * memo <a>revealing that Mark Zuckerberg has been forced to condemn …</a>."): one or two links,
 * at least `linkedSentencePlain` characters of plain text around them, and a sentence's end. A
 * teaser (a linked headline, a short dek), a list of links or a hover card's links have not.
 */
function linkedSentence(p: Para): boolean {
  return !p.heading && (p.links ?? 0) <= linkedSentenceLinks && p.chars - p.linkChars >= linkedSentencePlain && p.linkChars <= linkedSentenceDensity * p.chars && /[.!?…]["'”’»)]?$/u.test(p.text);
}

/** A line of at least this many links with plain separators between them is a list of terms. */
const linkedLineLinks = 3;
const linkedLineDensity = 0.92;
/** At most this long, with links of at most this many characters on average. */
const linkedLineMax = 400;
const linkedLineTerm = 30;
/** Plain-text paragraphs count as prose around a linked line from this length. */
const linkedLineProse = 30;

/**
 * Link density judged per line, in its context: a line of linked terms ("Bayern: Passau,
 * Deggendorf, Straubing") with plain text both before and after it in the body (the next
 * prose paragraph, past other such lines) belongs to the body. A tag or teaser list after
 * the body has no prose after it, and a menu has no separators between its links.
 */
function linkedLine(paras: Para[], candidates: number[], k: number): boolean {
  const p = paras[candidates[k] as number] as Para;
  if ((p.links ?? 0) < linkedLineLinks || p.linkChars > linkedLineDensity * p.chars) return false;
  // short terms (place names, people), not teaser headlines or hover cards
  if (p.chars > linkedLineMax || p.linkChars > linkedLineTerm * (p.links ?? 0)) return false;
  if (p.chars - p.linkChars < (p.links ?? 0) - 1 || isDateLine(p.text) || boilerplateLines.has(lineKey(p.text))) return false;
  const prose = (q: Para) => !q.heading && q.linkChars === 0 && q.text.length >= linkedLineProse;
  const listLike = (q: Para) => (q.links ?? 0) >= 1 && q.linkChars > 0.35 * q.chars;
  const side = (dir: number): boolean => {
    for (let j = k + dir; j >= 0 && j < candidates.length; j += dir) {
      const q = paras[candidates[j] as number] as Para;
      if (prose(q)) return true;
      if (!listLike(q) && q.text.length >= linkedLineProse) return false;
    }
    return false;
  };
  return side(-1) && side(1);
}

/** What {@link assemble} gives of an extraction: the text and what is known of its paragraphs. */
export type Assembled = Pick<Extracted, 'text' | 'suppressions' | 'plain' | 'map' | 'headings'>;

/** Options of {@link assemble}. */
export interface AssembleOptions {
  title?: string | undefined;
  /** Drop furniture lines and link-only paragraphs (HTML); Markdown keeps every paragraph. */
  furniture: boolean;
  /** `false`: drop headings with nothing after them (a page's main content, not a whole body). */
  trailingHeadings?: boolean;
  /** The page is an event's (schema.org `Event` and its kinds): a date in its text is the event's, no dateline. */
  event?: boolean;
}

/**
 * Where the readers' comments begin among the candidates (their count when there are none): a
 * comment section's heading and a comment's header below the first paragraph of prose (see
 * src/shared/comments.ts). A page whose class names say nothing of its comment box
 * (hashed names, utility classes) has them in its main content, below the article.
 */
function commentsAt(paras: readonly Para[], candidates: readonly number[]): number {
  const texts = candidates.map((i) => (paras[i] as Para).text);
  const first = texts.findIndex(isProseSentence);
  const start = first < 0 ? -1 : commentSectionStart(texts, first);
  return start < 0 ? candidates.length : start;
}

/**
 * Join the chosen paragraphs into the extracted text: furniture dropped (when asked), the
 * auto-blog "Source" trailer dropped, the title not repeated first; suppression markers
 * become regions of the joined text.
 */
export function assemble(paras: Para[], candidates: number[], markers: Marker[], opts: AssembleOptions): Assembled {
  const read = opts.furniture ? candidates.slice(0, commentsAt(paras, candidates)) : candidates;
  const unlisted = opts.furniture ? read.filter((i, k) => !isFurniture(paras[i] as Para, opts.event) || linkedLine(paras, read, k)) : read.slice();
  // A share bar whose buttons no class name marked: two or more network labels in a row.
  const shares = opts.furniture ? shareRuns(unlisted.map((i) => (paras[i] as Para).text)) : [];
  const kept = unlisted.filter((_, k) => shares[k] === undefined);
  // the auto-blog trailer: a last paragraph that is only a "Source" link
  const last = kept.length ? (paras[kept[kept.length - 1] as number] as Para) : undefined;
  if (last && last.linkChars >= last.chars * 0.8 && trailerLinkTexts.has(lineKey(last.text))) kept.pop();
  // a heading with nothing after it heads what was dropped (a teaser list, comments): "MORE
  // ABOUT", "Lesen Sie mehr zum Thema", "GÜNÜN ÖNEMLİ MANŞETLERİ", "【関連記事】"
  // (a page's main content only: a body that is all article, a WordPress post, keeps it)
  if (opts.trailingHeadings === false) while (kept.length > 1 && (paras[kept[kept.length - 1] as number] as Para).heading) kept.pop();
  const first = kept.length ? (paras[kept[0] as number] as Para) : undefined;
  if (first && opts.title && repeatsTitle(first, opts.title)) kept.shift();

  const spans: Array<[number, number]> = [];
  const parts: string[] = [];
  let pos = 0;
  // The first kept paragraph of each chunk read as plain text: where the record says so.
  const plain: Array<{ start: number; end: number }> = [];
  let plainChunk: number | undefined;
  for (const i of kept) {
    const t = (paras[i] as Para).text;
    if (parts.length) pos += 2;
    spans.push([pos, pos + t.length]);
    const chunk = (paras[i] as Para).plain;
    if (chunk !== undefined && chunk !== plainChunk) plain.push({ start: pos, end: pos + t.length });
    plainChunk = chunk;
    pos += t.length;
    parts.push(t);
  }
  const suppressions = resolveSuppressions(markers, kept, spans);
  const out: Assembled = { text: parts.join('\n\n') };
  if (suppressions.length) out.suppressions = suppressions;
  if (plain.length) out.plain = plain;
  const headings = kept.filter((i) => (paras[i] as Para).heading).map((i) => (paras[i] as Para).text);
  if (headings.length) out.headings = headings;
  if (kept.some((i) => (paras[i] as Para).src)) out.map = joinSrc(kept.map((i) => paras[i] as Para));
  return out;
}
