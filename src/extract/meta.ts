import type { Meta } from '../types.js';
import { collapse } from './text.js';
import { hostOf } from '../repeated/site.js';
import { textOf, type DomNode } from './dom.js';

/** schema.org types whose JSON-LD object describes the article itself. */
const articleTypes = /^(\w*Article|BlogPosting|Report|Review|LiveBlogPosting|SocialMediaPosting|WebPage|ItemPage)$/;

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in a JSON-LD document (arrays and @graph flattened, iteratively). */
function jsonLdObjects(doc: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: Json[] = [doc];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) stack.push(v['@graph']);
    }
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A name out of a JSON-LD value: a string, a Person/Organization, or a list of them. */
function names(v: Json): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push(x);
    else if (isObject(x) && typeof x['name'] === 'string') out.push(x['name']);
  }
  return out.map(collapse).filter((s) => s && !/^https?:/.test(s));
}

function str(v: Json): string | undefined {
  if (typeof v === 'string') return collapse(v) || undefined;
  if (Array.isArray(v) && typeof v[0] === 'string') return collapse(v[0]) || undefined;
  return undefined;
}

/** Every object of the page's JSON-LD scripts (a script that does not parse, even with its control characters blanked, gives none). */
function parseJsonLd(scripts: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const raw of scripts) {
    let doc: Json;
    try {
      doc = JSON.parse(raw);
    } catch {
      try {
        doc = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    out.push(...jsonLdObjects(doc));
  }
  return out;
}

/** The article object among JSON-LD objects, if any (article types preferred over WebPage). */
function bestArticle(objects: readonly JsonObject[]): JsonObject | undefined {
  let best: JsonObject | undefined;
  let bestRank = 0;
  for (const o of objects) {
    const t = types(o).find((x) => articleTypes.test(x));
    if (!t) continue;
    const rank = /Page$/.test(t) ? 1 : 2;
    if (rank > bestRank) {
      best = o;
      bestRank = rank;
    }
  }
  return best;
}

/** The nodes metadata is read from, gathered in one iterative pass over the page. */
interface HeadNodes {
  metas: Map<string, string>;
  ldScripts: string[];
  title?: DomNode;
  h1?: DomNode;
  canonical?: string;
  lang?: string;
  time?: string;
  author?: DomNode;
  /** An element says, by its microdata type, that the page is a thread (`threadTypes`). */
  threaded?: boolean;
  /** Microdata types of the page's elements that say it is an event or an article (`eventTypes`, `reportTypes`). */
  evented?: boolean;
  articled?: boolean;
}

/** Schema.org types of a page of posts: a question with its answers, a forum thread. */
const threadTypes = /^(QAPage|DiscussionForumPosting)$/;
/** Schema.org types of an event (`Event` and its kinds: `MusicEvent`, `TheaterEvent`, a course's `CourseInstance`, a `Festival`). */
const eventTypes = /^(?:\w*Event|EventSeries|Festival|Hackathon|CourseInstance)$/;
/** Schema.org types of an episode's page: a podcast's, a radio or TV broadcast's. */
const episodeTypes = /^(?:PodcastEpisode|RadioEpisode|TVEpisode|Episode)$/;
/** Schema.org types of an article or a post: a page that reports on an event is no event's page. */
const reportTypes = /(?:Article|Posting)$/;

function gather(root: DomNode): HeadNodes {
  const h: HeadNodes = { metas: new Map(), ldScripts: [] };
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as DomNode;
    const a = n.attribs;
    if (a) {
      const name = n.name ?? '';
      if (name === 'meta') {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase().trim();
        const content = a['content'] ?? a['datetime'];
        if (key && content !== undefined && !h.metas.has(key)) h.metas.set(key, collapse(content));
      } else if (name === 'script') {
        if ((a['type'] ?? '').toLowerCase().trim() === 'application/ld+json') h.ldScripts.push(textOf({ type: 'root', children: n.children ?? [], parent: null }));
        continue;
      } else if (name === 'title' && !h.title) h.title = n;
      else if (name === 'h1' && !h.h1) h.h1 = n;
      else if (name === 'link' && h.canonical === undefined && a['href'] !== undefined && (a['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical')) h.canonical = a['href'];
      else if (name === 'html' && h.lang === undefined && a['lang']) h.lang = a['lang'];
      else if (name === 'time' && h.time === undefined && a['datetime']) h.time = a['datetime'];
      if (a['itemtype'] !== undefined) {
        const type = a['itemtype'].trim().replace(/^https?:\/\/schema\.org\//u, '');
        if (threadTypes.test(type)) h.threaded = true;
        if (eventTypes.test(type)) h.evented = true;
        if (reportTypes.test(type)) h.articled = true;
      }
      if (!h.author && ((a['rel'] ?? '') === 'author' || (a['itemprop'] === 'name' && n.parent?.attribs?.['itemprop'] === 'author'))) h.author = n;
      if (name === 'style') continue;
    }
    const ch = n.children;
    if (ch) for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i] as DomNode);
  }
  return h;
}

/** An ISO 8601 form of a date string; date-only and zone-less values keep their precision. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const local = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}`;
    if (!zone) return local;
    const z = zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return local + (z === '+00:00' || z === '-00:00' ? 'Z' : z);
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  // an explicit zone fixes the instant; without one, keep the wall-clock fields as written
  if (/\b(GMT|UTC|Z)\b|[+-]\d{4}\b/.test(s)) return new Date(t).toISOString().replace('.000Z', 'Z');
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return /\d:\d\d/.test(s) ? `${date}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` : date;
}

function absoluteUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim()).href;
  } catch {
    return /^https?:\/\//.test(href.trim()) ? href.trim() : undefined;
  }
}

/** What splits a `<title>` into its parts ("Headline | Site", "Site - Headline"). */
const titleSeparator = /\s+[|–—·•»«:-]\s+|\s+[|]\s*|\s*[|]\s+/;

/**
 * Strip a site name from a `<title>`: "Headline | Site", "Site - Headline". With `whole`, a
 * title none of whose parts is the known site's name is a headline with its own dash or colon
 * ("Simson S51 springt nicht an – kein Zündfunke …" as og:title of a forum named otherwise):
 * kept whole; not with a bar, which headlines do not write ("Milan Design Week 2018 | …" is a
 * section and a headline). Without it (a `<title>`, which often names the site otherwise than its
 * `og:site_name`), and with no known site name, the longest part is the headline.
 */
export function stripSiteName(title: string, site: string | undefined, whole = false): string {
  if (title.length > 1000) return title;
  const parts = title.split(titleSeparator);
  if (parts.length < 2) return title;
  if (site) {
    const lower = site.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== lower && !lower.includes(p.toLowerCase()));
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
    if (whole && !title.includes('|')) return title;
  }
  // no known site name: the longest part is the headline
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * The h1 a title begins or extends: the h1 is the headline whole, in its own spelling, when the
 * title holds it and then only its site's name ("Jola Wendt – Nachtfalter Tour 2025 - Kulturzentrum
 * …" over the h1 "Jola Wendt – Nachtfalter Tour 2025"), or when the h1 goes on where a shorter
 * og:title stops ("Clyro S9 Max Omni im Test: Saugroboter mit Komfort-Station" and its h1 "… überzeugt fast
 * auf ganzer Linie"). Not an h1 that is a link or an image (a logo), nor one that names the site.
 */
/** A title this long that an h1 goes on from within a word is the h1 cut short. */
const cutTitleMin = 20;

/**
 * Whether the h1 says the declared title's headline in other words ("Sturmtief „Quirin“ bringt
 * Orkanböen – Fähren und Züge fallen aus" for the og:title "Sturmtief „Quirin“: Orkanböen an der
 * Küste – Fähren fallen aus"): at least four words, the same first word, and at least 60% of the
 * shorter one's words in the other. The reader sees the h1.
 */
function rewords(h1: string, title: string): boolean {
  const words = (x: string) => x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words(h1);
  const b = words(title);
  // the same first word: a kicker inside the h1 ("Kommunalpolitik Stadtrat stimmt …") or its
  // abbreviation ("HS Roundup: …" for "High School Roundup: …") is not the headline reworded
  if (a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  const inB = new Set(b);
  const shared = new Set(a.filter((w) => inB.has(w))).size;
  return shared >= 0.6 * Math.min(new Set(a).size, new Set(b).size);
}

/**
 * Whether the declared title is a label of one or two words (a menu item's name: "Leistungen",
 * "Über uns") that the h1 says as a whole word within a headline of at least three words more
 * ("Unsere Leistungen: Steuerberatung für Privatpersonen und Unternehmen"): the reader sees the h1.
 */
function labelledBy(h1: string, title: string): boolean {
  const words = (x: string) => x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const t = words(title);
  const a = words(h1);
  if (t.length === 0 || t.length > labelMaxWords || a.length < t.length + 3 || h1.length > labelHeadlineMax) return false;
  for (let i = 0; i + t.length <= a.length; i++) if (t.every((w, k) => a[i + k] === w)) return true;
  return false;
}
const labelMaxWords = 2;
const labelHeadlineMax = 160;

function beginsOrExtends(h1: string, title: string, site: string | undefined): boolean {
  const a = h1.toLowerCase();
  const t = collapse(title).toLowerCase();
  if (a.length < 10 || (site !== undefined && a === site.toLowerCase())) return false;
  // the title cut short after a word, a sentence or within a word ("… fürchten Verkehr" of "… fürchten Verkehrschaos")
  if (a.startsWith(t) && a.length > t.length && a.length <= 2 * t.length) return /^[\s:,.!?–—-]/u.test(a.slice(t.length)) || t.length >= cutTitleMin;
  if (!t.startsWith(a) || t.length === a.length) return false;
  // what follows the h1 is a separator and the site's name: stripping it leaves about the h1
  if (site === undefined || !/^\s*[|–—·•:-]\s+\S/u.test(t.slice(a.length))) return false;
  const stripped = stripSiteName(title, site);
  return stripped !== title && collapse(stripped).length <= a.length + 3;
}

/**
 * Whether the page's h1 is its headline as one of its titles (og:title, `<title>`) holds it,
 * with less than the h1 itself around it (a site name: "Linen Apron – Natural | Hearth & Loom"):
 * then the h1 is the title whole, its own dash or colon ("Linen Apron – Natural") not taken for
 * a site name's separator. A logo in an h1 ("Entermedia" in "A long headline | Entermedia") has
 * more around it than itself.
 */
function shownHeadline(h1: string, titles: ReadonlyArray<string | undefined>): boolean {
  const lower = h1.toLowerCase();
  return titles.some((t) => t !== undefined && t.length - h1.length < h1.length && collapse(t).toLowerCase().includes(lower));
}

/**
 * Whether the h1 is one whole part of the `<title>`: its first part ("Jazz im Park 2024" in
 * "Jazz im Park 2024 | Kulturamt Musterstadt"), or another when a different part names the site
 * by its address ("Über uns" in "Schreinerei Brandl GmbH – Über uns" at schreinerei-brandl.de):
 * the page's own heading, shorter than the site's name or not. Not when the h1 names the site
 * itself ("Entermedia" at entermedia.com), is a link's text or an image (a logo that links home).
 */
function titlePart(h1: DomNode, h1Text: string, docTitle: string, url: string | undefined): boolean {
  const parts = docTitle.split(titleSeparator).map((p) => p.toLowerCase());
  const lower = h1Text.toLowerCase();
  if (!parts.includes(lower) || linked(h1)) return false;
  // "Jazz im Park 2024" in "Jazz im Park 2024 | Kulturamt Musterstadt": the headline comes first,
  // as titles are written, whether the site's name is longer than it or not.
  if (parts.length >= 2 && parts[0] === lower) return true;
  const site = hostLetters(url);
  if (!site || namesSite(lower, site)) return false;
  return parts.some((p) => p !== lower && namesSite(p, site));
}

/** Whether a heading is a link's text or holds a link or an image: a logo that links home. */
function linked(h1: DomNode): boolean {
  for (let n: DomNode | null | undefined = h1.parent; n; n = n.parent) if (n.name === 'a') return true;
  const stack = [...(h1.children ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === 'a' || n.name === 'img') return true;
    if (n.children) stack.push(...n.children);
  }
  return false;
}

/** The letters of a URL's host without "www." and its last label ("schreinereibrandl" for https://www.schreinerei-brandl.de/…). */
function hostLetters(url: string | undefined): string | undefined {
  const letters = hostOf(url)?.split('.').slice(0, -1).join('').replace(/[^\p{L}\p{N}]/gu, '');
  return letters !== undefined && letters.length >= 4 ? letters : undefined;
}

/** Whether a title's part names the site of `host` (`hostLetters`): its letters hold the host's, or the host's hold its. */
function namesSite(part: string, host: string): boolean {
  const letters = part.replace(/&/gu, 'and').replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= 4 && (letters.includes(host) || host.includes(letters));
}

/** Title and metadata of an HTML page from its meta tags, JSON-LD, `<title>` and first h1. */

export function readMeta(root: DomNode): { title?: string; meta: Meta; thread?: true; event?: true; episode?: true } {
  const h = gather(root);
  const metas = h.metas;
  const m = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const objects = parseJsonLd(h.ldScripts);
  const ld = bestArticle(objects);
  const publisher = ld && isObject(ld['publisher']) ? ld['publisher'] : undefined;
  const text = (n: DomNode | undefined) => (n ? collapse(textOf(n)) : '');

  const site = m('og:site_name', 'application-name', 'twitter:site:name') ?? (publisher ? str(publisher['name']) : undefined);
  const docTitle = text(h.title);
  const h1 = text(h.h1);
  const metaTitle = m('og:title', 'twitter:title') ?? (ld ? str(ld['headline']) ?? str(ld['name']) : undefined);
  const fromDoc = docTitle ? stripSiteName(docTitle, site) : '';
  // An og:title cut short: the `<title>`'s headline goes on where it stops.
  const cut = metaTitle !== undefined && fromDoc.length > metaTitle.length && fromDoc.toLowerCase().startsWith(stripSiteName(metaTitle, site, true).toLowerCase());
  const declared = cut ? fromDoc : metaTitle;
  // an h1 shorter than the <title>'s headline and not part of it is a logo ("Entermedia")
  const h1Usable = h1 && (!fromDoc || fromDoc.toLowerCase().includes(h1.toLowerCase()) || h1.length >= fromDoc.length);
  const rawTitle = declared ?? (h1Usable ? h1 : undefined) ?? (fromDoc || undefined);
  const pageUrl = absoluteUrl(h.canonical ?? m('og:url') ?? (ld ? str(ld['url']) : undefined));
  const shown = h1 && (shownHeadline(h1, [declared, docTitle]) || (!declared && titlePart(h.h1!, h1, docTitle, pageUrl)) || (declared !== undefined && !linked(h.h1!) && (beginsOrExtends(h1, declared, site) || rewords(h1, stripSiteName(declared, site, true)) || labelledBy(h1, stripSiteName(declared, site, true)))));
  const title = shown ? h1 : rawTitle ? stripSiteName(rawTitle, site, rawTitle === declared) : undefined;

  const authorMeta = m('author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author', 'byl');
  const author = (ld ? names(ld['author']).join(', ') : '') ||
    (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta.replace(/^by\s+/i, '') : undefined) ||
    text(h.author) || undefined;

  const rawDate = m('article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
    'date', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime') ??
    (ld ? str(ld['datePublished']) ?? str(ld['dateCreated']) : undefined) ??
    (h.time || undefined);
  const date = isoDate(rawDate);

  const url = pageUrl;
  const lang = collapse(h.lang ?? '') || m('content-language', 'language', 'dc.language') ||
    (ld ? str(ld['inLanguage']) : undefined) || m('og:locale')?.replace('_', '-') || undefined;

  const meta: Meta = {};
  if (url) meta.url = url;
  if (date) meta.date = date;
  if (author) meta.author = author;
  if (site) meta.site = site;
  if (lang) meta.lang = lang;
  const description = m('description', 'og:description');
  if (description) meta['description'] = description;
  const out: { title?: string; meta: Meta; thread?: true; event?: true; episode?: true } = { meta };
  if (title) out.title = title;
  // a thread by its microdata or its JSON-LD type
  if (h.threaded || objects.some((o) => types(o).some((t) => threadTypes.test(t)))) out.thread = true;
  // an event's page: an event's type and no article's
  const typed = (re: RegExp) => objects.some((o) => types(o).some((t) => re.test(t)));
  if ((h.evented || typed(eventTypes)) && !h.articled && !typed(reportTypes)) out.event = true;
  // a podcast's or a broadcast's episode, by its JSON-LD type
  if (typed(episodeTypes)) out.episode = true;
  return out;
}
