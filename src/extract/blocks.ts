import type { DomNode } from './dom.js';
import {
  bodyItemprop, boilerplateToken, cellTags, contentToken, dropRoles, dropTags, embedToken, headingTags, inlineTags,
  neverDropByClass, softDropTags, formatToken, formatTokens, hoverToken,
} from './selectors.js';
import { parseDirective, type Marker } from './suppress.js';
import { collapseBlock } from './text.js';
import { collapseMapped, MappedText, type Src } from './srcmap.js';
import { preformattedSpans } from '../shared/wrap.js';

/** The text a page was parsed from, and the way from a parsed offset back to it (see depth.ts). */
export interface SourceOf {
  source: string;
  original: (p: number) => number;
}

/** One paragraph candidate: the text between two block boundaries. */
export interface Block {
  text: string;
  /** Visible (non-space) characters of text, and how many of them were inside links. */
  chars: number;
  linkChars: number;
  /** Index (in `Linear.elems`) of the innermost element around the paragraph. */
  owner: number;
  /** Inside an h1–h6. */
  heading: boolean;
  /** Index of the innermost furniture-looking element around the paragraph, or -1. */
  furn: number;
  /** Links that start inside the paragraph. */
  links: number;
  /** A table row's cells. */
  row?: boolean;
  /** Ended by a `<br>` (the next line of the same text run follows), not by a block boundary. */
  br?: boolean;
  /** Where each unit of `text` is in the page's source (with `linearize`'s `source`). */
  src?: Src;
}

/** A kept element: its parent and the range of blocks flushed inside it. */
export interface Elem {
  name: string;
  parent: number;
  first: number;
  end: number;
  /** Its class, id or itemprop marks the article body. */
  content: boolean;
  /** Its class, id, role, tag or visibility marks furniture (a share bar, a hidden box). */
  furniture: boolean;
  /** One past the index of its last descendant element. */
  elemEnd: number;
  /** Its class attribute as written ('' when none): siblings of one kind share it. */
  cls: string;
  /** Furniture by class or id tokens that name a format only (selectors.ts `formatToken`), nothing else. */
  formatOnly?: boolean;
}

/** A page as a flat list of paragraphs with the element tree over them. */
export interface Linear {
  blocks: Block[];
  elems: Elem[];
  markers: Marker[];
}

/**
 * A table row, and a definition list's term and value ("<dt>Datum</dt><dd>Freitag, 19. Juli
 * 2024</dd>"): data, not lines of prose or furniture (a date there is the event's, no dateline).
 */
const rowTags: ReadonlySet<string> = new Set(['tr', 'dt', 'dd']);

/** Characters that are not whitespace (a plain loop: no regex match arrays on the hot path). */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** A link to a time in the page's own media (W3C media fragments: "#t=195", "#t=3:15"). */
const mediaFragment = /^#t=\d/;

const hiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** The class of a paywalled story's hidden rest (not of a paywall prompt: `paywall-prompt` is furniture). */
const gatedToken = /^paywall(ed)?$|^paywall[-_](content|body|text|article)$/;

/**
 * Whether the class and id tokens that are furniture all carry `word` and are none without the
 * part `strip` takes away: "frame-header" and "section-header" name a header and nothing else
 * (not "related-header"), "mcnCaptionBlock" a caption (not "caption-credit").
 */
function namedOnly(a: Record<string, string>, word: RegExp, strip: RegExp): boolean {
  if (!word.test(`${a['class'] ?? ''} ${a['id'] ?? ''}`)) return false;
  const furn = tokens(a).filter((t) => boilerplateToken.test(t));
  return furn.length > 0 && furn.every((t) => word.test(t) && !boilerplateToken.test(t.replace(strip, '')));
}
const headerWord = /header/i;
/** The header of an accordion's, an FAQ's or a collapsible panel's item. */
const disclosureHeader = /(?:^|\s)(?:accordion|faq|collapse|collapsible|toggle|disclosure)(?:[-_]{1,2}item)?[-_]{1,2}header(?:\s|$)/i;
/** Whether the tokens that are furniture all name the audio ("podcast-guests", "audio-chapters") and nothing else. */
const audioNamed = (a: Record<string, string>): boolean => namedOnly(a, /podcast|audio|episode/i, /podcast|audio|episode/g);
/** The elements of a table. */
const tableParts: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
const captionWord = /caption/i;
const captionWords = /caption/g;

function tokens(a: Record<string, string>): string[] {
  const s = `${a['class'] ?? ''} ${a['id'] ?? ''}`.toLowerCase().trim();
  return s ? s.split(/\s+/) : [];
}

/**
 * Flatten a parsed page into paragraphs in one iterative walk. Subtrees of `dropTags` are
 * skipped; furniture (class/id tokens, roles, hidden elements, `softDropTags`) is only
 * marked, because a wrapper may look like furniture and still hold the story: score.ts
 * decides. Inline suppression comments become markers at paragraph positions.
 */
export function linearize(root: DomNode, source?: SourceOf, episode = false): Linear {
  /** Whether element `at` or one around it is marked as content, with no furniture between. */
  const inContent = (at: number): boolean => {
    for (let e = at; e > 0; e = (elems[e] as Elem).parent) {
      const el = elems[e] as Elem;
      if (el.furniture) return false;
      if (el.content) return true;
    }
    return false;
  };
  const tokenCache = new Map<string, number>(); // 1 furniture, 3 furniture by format tokens only, 2 content, 0 neither
  const classify = (a: Record<string, string>): number => {
    const key = `${a['class'] ?? ''}#${a['id'] ?? ''}#${a['itemprop'] ?? ''}`;
    let v = tokenCache.get(key);
    if (v === undefined) {
      const toks = tokens(a);
      const ip = (a['itemprop'] ?? '').toLowerCase();
      if (bodyItemprop.has(ip) || toks.some((t) => contentToken.test(t))) v = 2;
      else {
        const furn = toks.filter((t) => boilerplateToken.test(t));
        // format only: what is left of each furniture token without its format words is not furniture
        // ("elementor-widget-text-editor", "podcast-episode"; not "sidebar-widget", "related-video")
        v = !furn.length ? 0 : furn.every((t) => formatToken.test(t) && !boilerplateToken.test(t.replace(formatTokens, ''))) ? 3 : 1;
      }
      tokenCache.set(key, v);
    }
    return v;
  };

  const hoverCache = new Map<string, boolean>();
  /** Whether an element's class or id names a hover card (`hoverToken`), cached by them as `classify` is. */
  const isHover = (a: Record<string, string>): boolean => {
    const key = `${a['class'] ?? ''}#${a['id'] ?? ''}`;
    let v = hoverCache.get(key);
    if (v === undefined) {
      v = tokens(a).some((t) => hoverToken.test(t));
      hoverCache.set(key, v);
    }
    return v;
  };

  const blocks: Block[] = [];
  const elems: Elem[] = [{ name: '#root', parent: -1, first: 0, end: 0, content: false, furniture: false, elemEnd: 0, cls: '' }];
  const markers: Marker[] = [];
  let parts: string[] = [];
  let mapped = source ? new MappedText() : undefined;
  let linkChars = 0;
  let links = 0;
  let hasText = false;
  let heading = false;
  let linkDepth = 0;
  /**
   * The `<a>` elements that are hyperlinks: one without `href` is a placeholder (an accordion's
   * title), its text plain; so is a jump within the page's own media.
   */
  const hyperlinks = new Set<number>();
  let headingDepth = 0;
  /** Inside a `<pre>`: its lines are paragraphs of their own (see `flush`). */
  let preDepth = 0;
  let cur = 0;
  let furn = -1;
  /** The paragraph's text so far: the furniture its first text sat in, and whether any text sat in none. */
  let textFurn = -1;
  let plainText = false;
  /** For each element, the innermost furniture element around it when it opened. */
  const outerFurn: number[] = [-1];
  /** Embedded posts: their paragraphs are outside any furniture around them. */
  const embeds = new Set<number>();
  /** The ids of the panels that disclosure toggles (`aria-expanded`) open, met so far. */
  const disclosed = new Set<string>();
  /** Elements that are furniture as headers only (see `sectionTitle`). */
  const headerBoxes: number[] = [];
  /** Elements that are furniture as captions only (see `proseCaption`). */
  const captionBoxes: number[] = [];
  /** Elements that held a form field. */
  const controlled = new Set<number>();
  /** Whether an element (by index) is a blockquote or inside one. */
  const quoted = (e: number): boolean => {
    for (; e > 0; e = (elems[e] as Elem).parent) if ((elems[e] as Elem).name === 'blockquote') return true;
    return false;
  };

  const flush = () => {
    if (!hasText) {
      parts = [];
      if (source) mapped = new MappedText();
      linkChars = links = 0;
      heading = plainText = false;
      textFurn = -1;
      return;
    }
    const raw = mapped ? mapped.parts.join('') : parts.join('');
    // Preformatted text (code, a table drawn in characters) keeps its lines: each is a
    // paragraph, ended as by a <br>, instead of one run of words ("for x in results: print(x)").
    // Prose wrapped at a width (an archived mail) keeps its sentences: each logical line is one.
    const spans = preDepth > 0 && linkChars === 0 ? preformattedSpans(raw) : [[0, raw.length] as [number, number]];
    const n0 = blocks.length;
    for (const [a, b] of spans) {
      const line = raw.slice(a, b);
      let text: string;
      let src: Src | undefined;
      if (mapped) ({ text, src } = collapseMapped(line, a === 0 && b === raw.length ? mapped.src : { starts: mapped.src.starts.slice(a, b), ends: mapped.src.ends.slice(a, b) }));
      else text = collapseBlock(line);
      if (text) blocks.push({ text, chars: visibleLength(text), linkChars, links, owner: cur, heading, furn: furn >= 0 || plainText ? furn : textFurn, row: rowTags.has((elems[cur] as Elem).name), ...(src ? { src } : {}) });
    }
    for (let k = n0; k < blocks.length - 1; k++) (blocks[k] as Block).br = true;
    if (mapped) mapped = new MappedText();
    parts = [];
    linkChars = links = 0;
    hasText = heading = plainText = false;
    textFurn = -1;
  };

  // Entries are nodes to enter, or numbers: the index of an element to leave.
  const stack: Array<DomNode | number> = [];
  const rootChildren = root.children ?? [];
  for (let i = rootChildren.length - 1; i >= 0; i--) stack.push(rootChildren[i] as DomNode);
  while (stack.length) {
    const entry = stack.pop() as DomNode | number;
    if (typeof entry === 'number') {
      const e = elems[entry] as Elem;
      if (!inlineTags.has(e.name) && !cellTags.has(e.name)) flush();
      if (hyperlinks.has(entry)) linkDepth--;
      if (headingTags.has(e.name)) headingDepth--;
      if (e.name === 'pre') preDepth--;
      e.end = blocks.length;
      e.elemEnd = elems.length;
      // the innermost furniture element closes: the one around it is innermost again
      if (furn === entry || embeds.has(entry)) furn = outerFurn[entry] as number;
      cur = e.parent;
      continue;
    }
    const n = entry;
    if (n.type === 'text') {
      const d = n.data ?? '';
      if (!d) continue;
      if (mapped && source) {
        if (typeof n.startIndex === 'number' && typeof n.endIndex === 'number') mapped.read(d, source.source, source.original(n.startIndex), source.original(n.endIndex) + 1);
        else mapped.made(d);
      } else parts.push(d);
      // visible characters only: indentation must not dilute the link density
      if (linkDepth > 0) linkChars += visibleLength(d);
      // a paragraph whose every word sits in an inline furniture element ("<span
      // class=pb-caption>") is in that furniture, though the element closed before its end
      if (!hasText) {
        if (/\S/.test(d)) {
          hasText = true;
          textFurn = furn;
          plainText = furn < 0;
        }
      } else if (!plainText && furn < 0 && /\S/.test(d)) plainText = true;
      if (headingDepth > 0) heading = true;
      continue;
    }
    if (n.type === 'comment') {
      const dir = parseDirective(n.data ?? '');
      if (dir) markers.push({ ...dir, at: blocks.length + (hasText && dir.kind !== 'disable' ? 1 : 0) });
      continue;
    }
    if (n.type !== 'tag') continue; // script, style, doctype, CDATA
    const name = (n.name ?? '').toLowerCase();
    const a = n.attribs ?? {};
    const cell = cellTags.has(name);
    const inline = cell || inlineTags.has(name);
    if (cell && hasText) {
      if (mapped) mapped.made(' ');
      else parts.push(' ');
    }
    if (name === 'br' || name === 'hr') {
      const n0 = blocks.length;
      flush();
      if (name === 'br' && blocks.length > n0) (blocks[n0] as Block).br = true;
      continue;
    }
    // a button inside a heading is an accordion's title (the ARIA accordion pattern: "<h3><button
    // aria-expanded>Wie schnell bekomme ich einen Termin?</button></h3>"): the heading's text
    // a figure holding a table is the table (WordPress's block editor writes every table as
    // "<figure class=wp-block-table><table>…"): its caption goes, its rows stay
    // a list item's button that starts with a clock time is a chapter mark (a podcast's or a video's
    // chapters as seek buttons: "<li><button data-start=214><span>03:34</span><span>Was ein Moor ist"):
    // the list is the episode's contents
    // an aside named as content is a product test's verdict box ("<aside class=test-verdict>": its
    // grade, its pros and cons), set beside the text as a box, not the page's sidebar
    // a footer inside a blockquote is the quotation's source ("<blockquote><p>„…“</p><footer>Dr.
    // Hanna Wiesner, Kuratorin der Ausstellung</footer></blockquote>", as HTML's own examples
    // attribute a quotation), not the page's footer
    // a disclosure's toggle that asks a question is an FAQ's question (the ARIA accordion pattern
    // without the heading: "<button aria-expanded=false aria-controls=faq-2>Wie oft sollte ich den
    // Bürstenkopf wechseln?</button>"), and the panel it opens is its answer
    if (name === 'button' && a['aria-controls'] !== undefined && a['aria-expanded'] !== undefined && questionToggle(n)) {
      for (const id of a['aria-controls'].split(/\s+/)) if (id) disclosed.add(id);
      flush();
    } else if (dropTags.has(name) && !softDropTags.has(name) && !(name === 'button' && (headingDepth > 0 || chapterMark(n))) && !(name === 'figure' && holdsTable(n)) && !(name === 'aside' && (a['class'] !== undefined || a['id'] !== undefined) && classify(a) === 2) && !(name === 'footer' && quoted(cur))) {
      if (!inline) flush();
      // a header with form fields is a widget's head ("4 Antworten" over a sort menu), not a section's title
      // (ancestors come before their children: none before the first header box is one)
      if (headerBoxes.length && controlTags.has(name)) for (let e = cur; e >= (headerBoxes[0] as number); e = (elems[e] as Elem).parent) controlled.add(e);
      continue;
    }
    // a hover card inside a sentence: skipped, the sentence around it stays whole
    if (inline && a['class'] !== undefined && isHover(a)) continue;
    // furniture by tag, visibility, role or class is decided after the main content is found:
    // a layout wrapper may look like furniture ("and-w-sidebar") and still hold the story
    // an embed's stand-in (its markup waits in a data-embed attribute until the reader consents)
    // is furniture whatever it says: "An dieser Stelle findest du einen externen Inhalt …"
    // the rest of a paywalled story, hidden until the page knows the reader ("<div class=paywall
    // hidden>"), is the story: hiding it is no furniture signal (a paywall *prompt* still is)
    // a disclosure's panel (an FAQ's answer, an accordion's section) is hidden until its toggle
    // opens it: the text a reader opens, no hidden furniture ("<button aria-expanded=false
    // aria-controls=faq-a1>" … "<div id=faq-a1 hidden>")
    if (a['aria-controls'] !== undefined && a['aria-expanded'] !== undefined) for (const id of a['aria-controls'].split(/\s+/)) if (id) disclosed.add(id);
    const hidden = (a['hidden'] !== undefined || a['aria-hidden'] === 'true' || (a['style'] !== undefined && hiddenStyle.test(a['style']))) &&
      !(a['id'] !== undefined && disclosed.has(a['id']));
    let furniture = softDropTags.has(name) || (hidden && !(a['class'] !== undefined && tokens(a).some((t) => gatedToken.test(t)))) ||
      a['data-embed'] !== undefined || a['data-embed-content'] !== undefined || dropRoles.has((a['role'] ?? '').toLowerCase());
    let content = false;
    let formatOnly = false;
    // furniture as a header only (the tag, or class tokens naming a header and nothing else)
    let headerOnly = name === 'header' && furniture && !hidden && a['role'] === undefined && a['data-embed'] === undefined;
    let captionOnly = false;
    if (!neverDropByClass.has(name) && (a['class'] || a['id'] || a['itemprop'])) {
      // A table's part named a header and nothing else ("<table class="ingredients
      // table-header">", "<tr class=header-row>") is styled as a header row: the table's, not the page's.
      let c = classify(a);
      if (c === 3 && tableParts.has(name) && namedOnly(a, headerWord, formatTokens)) c = 0;
      // An accordion's or an FAQ's item header ("accordion-header", "faq-item__header") holds the
      // question its panel answers: the item's, not the page's header.
      if (c === 3 && disclosureHeader.test(a['class'] ?? '') && namedOnly(a, headerWord, formatTokens)) c = 0;
      // on an episode's page (a podcast's, typed so), a box named for the audio alone inside the
      // box marked as content is the episode's own: its guests, chapters and show notes
      // ("ul.podcast-guests", "ol.podcast-chapters" in "div.article__body")
      if (episode && c === 3 && !furniture && audioNamed(a) && inContent(cur)) c = 0;
      if (c === 3 && !furniture) formatOnly = true;
      if (c === 3 && (!furniture || headerOnly)) headerOnly = namedOnly(a, headerWord, formatTokens);
      else if (c === 1) headerOnly = false;
      // furniture as a caption only ("mcnCaptionBlock"): a box that holds paragraphs of prose is none
      if (c === 1 && !furniture && namedOnly(a, captionWord, captionWords)) captionOnly = true;
      if (c === 1 || c === 3) furniture = true;
      content = c === 2;
    }
    if (!inline) flush();
    const idx = elems.length;
    elems.push({ name, parent: cur, first: blocks.length, end: blocks.length, content, furniture, elemEnd: idx + 1, cls: a['class'] ?? '', formatOnly });
    outerFurn.push(furn);
    if (headerOnly) headerBoxes.push(idx);
    if (captionOnly) captionBoxes.push(idx);
    cur = idx;
    if (furniture) furn = idx;
    else if (a['class'] && tokens(a).some((t) => embedToken.test(t))) {
      embeds.add(idx);
      furn = -1;
    }
    // a jump to a time in the page's own player ("#t=195", the media-fragment form: a podcast's
    // chapter list) leads nowhere else: its text is the page's
    if (name === 'a' && a['href'] !== undefined && !mediaFragment.test(a['href'])) {
      hyperlinks.add(idx);
      linkDepth++;
      links++;
    }
    if (headingTags.has(name)) headingDepth++;
    if (name === 'pre') preDepth++;
    stack.push(idx);
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i] as DomNode);
  }
  flush();
  (elems[0] as Elem).end = blocks.length;
  (elems[0] as Elem).elemEnd = elems.length;
  // A header's subheader ("<header class=frame-header><h1>…</h1><p class=element-subheader>Über
  // uns</p>"): one short line, unlinked and without a digit (no date, no count), in a header box.
  const headerSet = new Set(headerBoxes);
  const subheaders = new Set<Block>();
  unmark(blocks, elems, headerBoxes.filter((i) => !controlled.has(i)), outerFurn, (own, idx) => {
    const b = own[0] as Block;
    if (own.length === 1 && !b.heading && headerSet.has((elems[idx] as Elem).parent) && b.linkChars === 0 && b.chars <= subheaderMax && !/\d/u.test(b.text)) {
      subheaders.add(b);
      return true;
    }
    return sectionTitle(own, subheaders);
  });
  unmark(blocks, elems, captionBoxes, outerFurn, proseCaption);
  unmarkLikeSiblings(blocks, elems, outerFurn);
  return { blocks, elems, markers };
}

/** A box is like its siblings when at least this many of them share its first class token and are no furniture. */
const likeSiblingsMin = 2;
/** The tags of a list's items and of posts: one of many alike (a div's first class token is often a framework's). */
const itemTags: ReadonlySet<string> = new Set(['li', 'article']);

/**
 * A list item or an article marked as furniture by a format's name alone (`formatOnly`) among
 * siblings that share its first class token and are no furniture is one of them: a forum's first
 * post whose list item is also a gallery's node ("li.b-post … js-slideshow__gallery-node" above
 * the other "li.b-post" posts). It is unmarked; the furniture inside it (a signature, a user card) stays marked.
 */
function unmarkLikeSiblings(blocks: Block[], elems: Elem[], outerFurn: number[]): void {
  const candidates: number[] = [];
  for (let i = 1; i < elems.length; i++) {
    const e = elems[i] as Elem;
    if (e.furniture && e.formatOnly && e.cls && itemTags.has(e.name)) candidates.push(i);
  }
  if (candidates.length === 0) return;
  const first = (e: Elem) => e.cls.trim().split(/\s+/)[0] ?? '';
  const alike = new Map<string, number>(); // "parent#token" -> siblings of that token that are no furniture
  for (let i = 1; i < elems.length; i++) {
    const e = elems[i] as Elem;
    if (!e.furniture && e.cls && itemTags.has(e.name)) {
      const key = `${e.parent}#${first(e)}`;
      alike.set(key, (alike.get(key) ?? 0) + 1);
    }
  }
  for (const i of candidates) {
    const e = elems[i] as Elem;
    if ((alike.get(`${e.parent}#${first(e)}`) ?? 0) < likeSiblingsMin) continue;
    e.furniture = false;
    e.formatOnly = false;
    for (let k = e.first; k < e.end; k++) if ((blocks[k] as Block).furn === i) (blocks[k] as Block).furn = outerFurn[i] as number;
  }
}

/** The text of an element's descendants in document order, read until it has `max` characters or more. */
function leadingText(n: DomNode, max: number): string {
  let text = '';
  const stack: DomNode[] = [...(n.children ?? [])].reverse();
  while (stack.length && text.length < max) {
    const c = stack.pop() as DomNode;
    if (c.type === 'text') text += ` ${(c as { data?: string }).data ?? ''}`;
    else if (c.children) for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i] as DomNode);
  }
  return text;
}

/** A button whose text is a question of three words or more ("Wie oft sollte ich den Bürstenkopf wechseln?"). */
function questionToggle(n: DomNode): boolean {
  const t = leadingText(n, 301).trim();
  return t.length <= 300 && /\?\s*$/u.test(t) && (t.match(/\S+/gu)?.length ?? 0) >= 3;
}

/** A button alone in a list item whose text starts with a clock time and goes on with words ("03:34 Was ein Moor ist"). */
function chapterMark(n: DomNode): boolean {
  if (n.parent?.name !== 'li') return false;
  return /^\s*\d{1,2}:\d\d(?::\d\d)?\s+\p{L}/u.test(leadingText(n, 40));
}

/** Whether a figure's own children hold a table (a child, or a wrapper's child). */
function holdsTable(n: DomNode): boolean {
  for (const c of n.children ?? []) {
    if (c.type !== 'tag') continue;
    if (c.name === 'table') return true;
    if (c.name === 'div') for (const g of c.children ?? []) if (g.type === 'tag' && g.name === 'table') return true;
  }
  return false;
}

/** A box named a caption that holds this many paragraphs of prose, this long, is no caption. */
const captionProseParagraphs = 2;
const captionProseChars = 150;

/**
 * A box whose class names a caption and nothing else but holds paragraphs of prose (two of at
 * least 150 characters without links: Mailchimp's "mcnCaptionBlock" puts a newsletter's story
 * beside its picture) is text, not a picture's caption. A caption is a line or two; a box that
 * says more is the page's.
 */
function proseCaption(own: readonly Block[]): boolean {
  return own.filter((b) => b.chars >= captionProseChars && b.linkChars === 0).length >= captionProseParagraphs;
}

/** Dropped tags that are a widget's form fields. */
const controlTags: ReadonlySet<string> = new Set(['input', 'select', 'label', 'textarea']);

/**
 * A header that holds only its section's headings, none of them linked ("<header
 * class="frame-header"><h2>Unsere Geschichte</h2></header>" above each section of a company page,
 * HTML5's sectioning pattern), or a live blog entry's time beside its title ("<time>14h20</time>
 * <h2>…</h2>"), is the section's title, not page furniture; so is one whose other line is a
 * subheader in a box of its own named a header (`subheaders`: TYPO3's "<p
 * class=element-subheader>Über uns</p>" under the h1). A header with anything else (a byline, a
 * date, a form field, a teaser's linked headline) stays furniture.
 */
function sectionTitle(own: readonly Block[], subheaders: ReadonlySet<Block>): boolean {
  return own.some((b) => b.heading) && own.every((b) => b.linkChars === 0 && (b.heading || subheaders.has(b) || (b.chars <= 12 && /^\d{1,2}[:.h]\d{2}\b/.test(b.text))));
}

/** A header's subheader is at most this long. */
const subheaderMax = 60;

/**
 * Boxes marked as furniture by one name alone (a header's, a caption's) that say otherwise by
 * what they hold (`says`, on the box's own paragraphs) are unmarked, innermost first: such boxes
 * nest ("h2.element-header" in "header.frame-header", Mailchimp's caption tables), and a box
 * with paragraphs in other furniture, or none, stays marked, and so does any box around it.
 */
function unmark(blocks: Block[], elems: Elem[], boxes: number[], outerFurn: number[], says: (own: readonly Block[], idx: number) => boolean): void {
  for (let n = boxes.length - 1; n >= 0; n--) {
    const idx = boxes[n] as number;
    const e = elems[idx] as Elem;
    if (e.first === e.end) continue;
    const own = blocks.slice(e.first, e.end);
    if (own.some((b) => b.furn !== idx) || !says(own, idx)) continue;
    e.furniture = false;
    e.formatOnly = false;
    for (const b of own) b.furn = outerFurn[idx] as number;
  }
}

