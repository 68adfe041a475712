import type { Block, Elem } from './blocks.js';
import { boilerplateLines, boilerplatePrefix, boilerplatePrefixMax, lineKey, phraseMax, rightsNotice, rightsNoticeMax } from '../shared/furniture.js';
import type { MainInfo } from './fallback.js';
import { commentToken } from './selectors.js';

/** A paragraph counts as prose when it is this long and mostly not link text. */
export const proseMinChars = 30;
export const proseLinkDensity = 0.35;
/** How much a character of non-prose (menus, teasers, short lines) costs a container. */
const badWeight = 1;
/**
 * A paragraph that is mostly a link (a menu entry, a teaser headline) costs at least this
 * much: a list of other stories' headlines and blurbs must not outweigh the story itself.
 */
const linkBlockCost = 50;
const linkBlockDensity = 0.5;
/**
 * A line with at least this many links and at most this share of link text is a line of
 * linked terms in running text (place names, people), not a menu (menus are 80%+ link text).
 */
const inlineListLinks = 3;
const inlineListDensity = 0.75;
/** Non-link characters from which a link-heavy paragraph still counts its own words as prose. */
const mixedMinPlain = 100;
/** The headline's container replaces the winner when it holds this share of its prose, and this much. */
const titleChildShare = 0.2;
const titleChildMin = 400;
/** Bonus for a container whose class, id or itemprop names the article body. */
const contentBonus = 1.25;
/**
 * Weight of a container that is furniture or sits inside furniture: comment threads and cookie
 * notices can hold more prose than a short story, yet a layout wrapper that merely looks like
 * furniture ("and-w-sidebar") must not sink the story inside it (all its candidates share the
 * weight, so the story still wins there).
 */
const furnitureWeight = 0.3;

/**
 * The length of a text in Latin-letter equivalents: Han, kana and Hangul (U+1100–11FF,
 * U+2E80–9FFF, U+AC00–D7AF, U+F900–FAFF, U+FF00–FFEF) carry about a word per character, so
 * each counts as three letters. A plain loop: no match arrays on the hot path.
 */
export function weight(text: string): number {
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) continue;
    if (c <= 0x11ff || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) wide++;
  }
  return text.length + 2 * wide;
}

/**
 * Is this paragraph article prose (for scoring only; short paragraphs are still kept)? Not a
 * line of the furniture lists, nor a site's notice of its rights.
 */
export function isProse(b: Block): boolean {
  return !b.heading && weight(b.text) >= proseMinChars && b.linkChars <= proseLinkDensity * b.chars &&
    !(b.text.length <= phraseMax && boilerplateLines.has(lineKey(b.text))) && !(b.text.length <= boilerplatePrefixMax && boilerplatePrefix.test(b.text)) &&
    !isRightsNotice(b);
}

/** A site's notice of its rights (`rightsNotice`): never prose, however long its sentences. */
function isRightsNotice(b: Block): boolean {
  return b.text.length <= rightsNoticeMax && rightsNotice.test(b.text);
}

/**
 * Find the main content: the element whose subtree maximizes prose characters minus
 * non-prose characters (the tightest container that still holds the whole story, so an
 * article split by an ad slot is taken whole). Linear: sums flow from children to parents
 * in reverse document order. Returns the winner's paragraph indexes.
 */
export function chooseMain(blocks: Block[], elems: Elem[], title?: string, description?: string, info?: MainInfo): number[] {
  const good = new Float64Array(elems.length);
  const bad = new Float64Array(elems.length);
  for (let i = 0; i < blocks.length; i++) {
    let b = blocks[i] as Block;
    // lines cut by <br> in one element (bare text in a div, an address, verse) are judged
    // together, as one paragraph: short lines of a text run are prose when the run is
    if (b.br && !b.heading && i + 1 < blocks.length && (blocks[i + 1] as Block).owner === b.owner) {
      let j = i;
      let text = b.text;
      let chars = b.chars;
      let linkChars = b.linkChars;
      while (j + 1 < blocks.length && (blocks[j] as Block).br && (blocks[j + 1] as Block).owner === b.owner && !(blocks[j + 1] as Block).heading) {
        j++;
        const n = blocks[j] as Block;
        text += ` ${n.text}`;
        chars += n.chars;
        linkChars += n.linkChars;
      }
      if (j > i) {
        b = { ...b, text, chars, linkChars, br: false };
        i = j;
      }
    }
    // a data table's row ("1 Kyle Busch 5040 5 1 17 27", a cell's lone paragraph) is content when it is not a link
    if (isProse(b) || (b.linkChars === 0 && b.text.length >= 10 && (b.row || inCell(elems, b.owner)))) good[b.owner]! += weight(b.text);
    else if (b.chars - b.linkChars >= mixedMinPlain && !isRightsNotice(b)) {
      // a long paragraph carrying inline link lists (hover cards, "related" spans): its own
      // words are prose, the links are not
      const w = weight(b.text);
      const plain = w * (1 - b.linkChars / b.chars);
      good[b.owner]! += plain;
      bad[b.owner]! += w - plain;
    } else if (b.links >= inlineListLinks && b.linkChars <= inlineListDensity * b.chars) {
      // a line of linked terms between plain words ("Kumamoto: Aso, Takamori, Yatsushiro"):
      // neither prose nor a menu; link density is judged for the line, not its container
    } else if (b.linkChars > linkBlockDensity * b.chars) bad[b.owner]! += Math.max(weight(b.text), linkBlockCost);
    else bad[b.owner]! += weight(b.text);
  }
  // the text of furniture nested in each element (part of its non-prose)
  const nestedFurniture = new Float64Array(elems.length);
  for (let i = elems.length - 1; i > 0; i--) {
    const e = elems[i] as Elem;
    // furniture holds no article for the containers around it (it may still be the winner)
    if (e.furniture) {
      bad[e.parent]! += good[i]! + bad[i]!;
      nestedFurniture[e.parent]! += good[i]! + bad[i]!;
    } else {
      good[e.parent]! += good[i]!;
      bad[e.parent]! += bad[i]!;
      nestedFurniture[e.parent]! += nestedFurniture[i]!;
    }
  }
  const inFurniture = new Uint8Array(elems.length);
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < elems.length; i++) {
    const e = elems[i] as Elem;
    if (e.furniture || (i > 0 && inFurniture[e.parent])) inFurniture[i] = 1;
    if (!good[i]) continue;
    const s = ((good[i] as number) - badWeight * (bad[i] as number)) * (e.content ? contentBonus : 1) *
      (inFurniture[i] ? furnitureWeight : 1);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  // a lone paragraph is not an article: its container, when that still holds more prose than
  // non-prose (short lines, linked place names), is the story it belongs to
  if (info) info.inFurniture = inFurniture[best] === 1;
  const bw = elems[best] as Elem;
  if (bw.end - bw.first === 1 && bw.parent > 0) {
    const p = bw.parent;
    const pe = elems[p] as Elem;
    if (!pe.furniture && !expandNever.has(pe.name) && (good[p] as number) - badWeight * (bad[p] as number) > 0 && pe.end - pe.first > 1) best = p;
  }
  const tb = titleBlock(blocks, elems, title);
  best = towardTitle(blocks, elems, good, best, tb);
  // whether a box joins the winner is judged on what would be kept of it: the furniture nested
  // in it (a hidden sign-in screen, share bars) is dropped anyway and does not count against it
  const ownBad = bad.map((v, i) => v - (nestedFurniture[i] as number));
  const parts = expand(blocks, elems, good, ownBad, best, inFurniture, tb);
  continueAfter(blocks, elems, good, ownBad, parts, inFurniture);
  if (info?.thread && tb >= 0) answersAfter(blocks, elems, good, ownBad, parts, tb);
  if (info?.thread) threadReplies(blocks, elems, good, ownBad, parts);
  const out: number[] = [];
  for (const at of parts) for (const i of inside(blocks, elems, at)) out.push(i);
  if (info?.event && tb >= 0) eventFacts(blocks, elems, out, tb, inFurniture);
  return withLede(blocks, elems, withoutButtonCards(blocks, elems, withoutTeaserTail(blocks, elems, out)), tb, description);
}

/** A teaser's blurb is at most this long (Latin-letter equivalents); a longer paragraph is the body's. */
const teaserBlurbMax = 320;
/** At most this many paragraphs (blurb, date, author) follow one teaser headline. */
const teaserCardMax = 3;
/** A card's button ("Zur Wohnung »") is at most this long (Latin-letter equivalents). */
const cardButtonMax = 30;
/** A tail of teasers has at least this many cards (headlines with a blurb or a date). */
const teaserMin = 2;
/** A teaser's headline is all link text, and at least this long (not a stray "1" or "»"). */
const teaserHeadlineMin = 8;

/** A teaser's headline: a line (a heading or not) that is all link text: it leads to another page. */
function teaserHeadline(b: Block): boolean {
  return b.chars >= teaserHeadlineMin && b.linkChars >= 0.9 * b.chars;
}

/**
 * Is the k-th chosen paragraph last in a card with the paragraph before it, not a headline: does
 * their box hold neither the paragraph after nor more than one headline ("LOAD MORE" under a
 * list of cards is the list's, not its last card's), and is that headline a heading?
 */
function lastInCard(blocks: Block[], elems: Elem[], out: readonly number[], k: number): boolean {
  const prev = blocks[out[k - 1] as number] as Block;
  if (teaserHeadline(prev)) return false;
  const box = cardOf(elems, (blocks[out[k] as number] as Block).owner, [prev]);
  if (box <= 0 || (k + 1 < out.length && holds(elems, box, blocks[out[k + 1] as number] as Block))) return false;
  // the card's headline is a heading (a post's linked header line, "Antwort #7 am: …", is none:
  // the posts of a thread with their "Zitieren" buttons are no cards)
  let headlines = 0;
  let heading = false;
  for (let j = k - 2; j >= 0 && holds(elems, box, blocks[out[j] as number] as Block); j--) {
    const h = blocks[out[j] as number] as Block;
    if (!teaserHeadline(h)) continue;
    if (++headlines > 1) return false;
    heading = h.heading;
  }
  return heading;
}

/** A card: the innermost element from `from` up that holds all of `parts` (0 when none does). */
function cardOf(elems: Elem[], from: number, parts: readonly Block[]): number {
  let card = from;
  while (card > 0 && !parts.every((q) => holds(elems, card, q))) card = (elems[card] as Elem).parent;
  return card;
}

/** Does `card` hold the card found before it (`next`, -1 when none)? Then it is no card of its own. */
function holdsCard(elems: Elem[], card: number, next: number): boolean {
  return next >= 0 && next >= card && next < (elems[card] as Elem).elemEnd;
}

/** Is the paragraph's element inside element `a`? */
function holds(elems: Elem[], a: number, b: Block): boolean {
  return b.owner >= a && b.owner < (elems[a] as Elem).elemEnd;
}

/**
 * Teaser cards kept after the body ("Berita Lainnya", "Mehr zum Thema", "Самые популярные": a
 * linked headline, a date, a blurb, again and again) when the winner's container holds them
 * too. From the end of the chosen paragraphs back, a run of *cards* is found: each a linked
 * headline (a heading or a line that is all link text) and at most three short paragraphs
 * after it (the last may be the card's button, a short line of link text), all in one element
 * (the card) that holds no other headline of the run; a paragraph
 * longer than a blurb, a plain heading or a paragraph outside its headline's card ends the run.
 * With at least two cards, the run is cut, and so is its label (a short line without a full
 * stop just before it). Language-free: position, link text, length and the cards' boxes only;
 * teaser links set between the body's paragraphs are no cards (the paragraphs after them are
 * not in their box), nor are "read more" links in the body (their box is the body's).
 */
function withoutTeaserTail(blocks: Block[], elems: Elem[], out: number[]): number[] {
  let start = -1;
  let cards = 0; // headlines with a blurb, a date, …: bare link lines are dropped anyway
  let pending: Block[] = [];
  let nextCard = -1; // the card of the headline after this one (already passed)
  for (let k = out.length - 1; k >= 0; k--) {
    const b = blocks[out[k] as number] as Block;
    // a card's button after its blurb ("Zur Wohnung »", "Weiterlesen"): a short line of link text
    // last in its card (its box with the paragraph before does not hold the one after) is one of
    // the card's paragraphs, not the next card's headline (nor a label over a card's headline)
    const button = pending.length === 0 && k > 0 && !b.heading && weight(b.text) <= cardButtonMax && teaserHeadline(b) && lastInCard(blocks, elems, out, k);
    if (button || !teaserHeadline(b)) {
      if (weight(b.text) > teaserBlurbMax || (b.heading && start >= 0) || pending.length >= teaserCardMax) break;
      pending.push(b);
      continue;
    }
    // the card: the innermost element around the headline that holds its paragraphs (a bare
    // link line, "Load more", is its own)
    const card = cardOf(elems, pending.length ? (elems[b.owner] as Elem).parent : b.owner, pending);
    if (card <= 0 || holdsCard(elems, card, nextCard)) break;
    // nor the paragraph before it (the body's last one, or the previous card's)
    const prev = k > 0 ? (blocks[out[k - 1] as number] as Block) : undefined;
    if (prev && !teaserHeadline(prev) && holds(elems, card, prev) && (start < 0 || weight(prev.text) > teaserBlurbMax || prev.heading)) break;
    if (pending.length) cards++;
    start = k;
    pending = [];
    nextCard = card;
  }
  if (cards < teaserMin) return out;
  // the list's label ("Berita Lainnya", "Read more"): a short line without a full stop
  const before = start > 0 ? (blocks[out[start - 1] as number] as Block) : undefined;
  if (before && weight(before.text) <= 40 && !/[.!?:]$/.test(before.text) && !isProse(before)) start--;
  return out.slice(0, start);
}

/**
 * Call-to-action cards closing a page ("Kontakt aufnehmen" / "Sie haben Fragen …?" / "Zum
 * Kontaktformular", then "Karriere bei …" / "Aktuell suchen wir …" / "Alle offenen Stellen
 * ansehen"): the teaser tail's cards turned round, a plain heading, at most three short
 * paragraphs and a line that is all link text (the card's button) last, each card its own box,
 * all boxes of one kind.
 * With at least two such cards at the end of the chosen paragraphs, they are cut. A body's last
 * section with a link line after it is one card, not a run.
 */
function withoutButtonCards(blocks: Block[], elems: Elem[], out: number[]): number[] {
  let k = out.length - 1;
  let cards = 0;
  let start = out.length;
  let nextCard = -1;
  while (k >= 2) {
    const button = blocks[out[k] as number] as Block;
    if (!teaserHeadline(button) || button.heading) break;
    let j = k - 1;
    while (j >= 0 && k - j <= teaserCardMax && !(blocks[out[j] as number] as Block).heading) {
      const q = blocks[out[j] as number] as Block;
      if (q.linkChars > 0 || weight(q.text) > teaserBlurbMax) break;
      j--;
    }
    const head = j >= 0 ? (blocks[out[j] as number] as Block) : undefined;
    if (!head?.heading || head.linkChars > 0 || j === k - 1) break;
    const card = cardOf(elems, head.owner, out.slice(j, k + 1).map((i) => blocks[i] as Block));
    if (card <= 0 || holdsCard(elems, card, nextCard)) break;
    // the card holds nothing before its heading (else it is the body, ending on a link), and is
    // a box of the run's kind (a section of the body ending on a link is not)
    if (j > 0 && holds(elems, card, blocks[out[j - 1] as number] as Block)) break;
    if (nextCard >= 0 && kind(elems[card] as Elem) !== kind(elems[nextCard] as Elem)) break;
    cards++;
    start = j;
    nextCard = card;
    k = j - 1;
  }
  return cards >= teaserMin ? out.slice(0, start) : out;
}

/**
 * Whether element `i` is a table row's cell or the lone paragraph of one ("<th>Lauflänge</th><td><p>420 m
 * auf 100 g</p></td>", as WordPress writes a product's attributes): data like the row's own text. A
 * layout table's cell holds many paragraphs; they are judged as prose or not.
 */
function inCell(elems: Elem[], i: number): boolean {
  let e = elems[i] as Elem;
  if (e.name !== 'td' && e.name !== 'th') {
    const c = elems[e.parent];
    if (!c || (c.name !== 'td' && c.name !== 'th') || c.end - c.first > 2) return false;
    e = c;
  }
  return elems[e.parent]?.name === 'tr';
}

/** Expansion climbs at most this many levels above the winner to find its cousins. */
const expandUp = 5;
/** Never climbs above these: an `<article>` or `<main>` is one story; beside it are others. */
const expandStop: ReadonlySet<string> = new Set(['article', 'main']);
const expandNever: ReadonlySet<string> = new Set(['body', 'html', '#root']);

/**
 * Layout utility classes (Bootstrap/Tailwind grid, spacing, display), states (`active`, `open`)
 * and BEM modifiers (`woocommerce-Tabs-panel--reviews`): they say where a box sits, how it is
 * shown or which variant it is, not what it is, so they do not make two boxes of one kind.
 */
const utilityClass = /^(col|row|container|wrapper|wrap|inner|grid|flex|d|m[xytblrse]?|p[xytblrse]?|w|h|mw|text|font|fw|float|clearfix|clear|span|offset|order|align|justify|position|relative|absolute|hidden|visible|show|fade|is|has|js|l|u)(-[\w-]*)?$|^(active|current|selected|open|opened|closed|expanded|collapsed|first|last|odd|even)$|--/;

/** Kinds already worked out (cousin searches ask again for the same elements). */
const kinds = new WeakMap<Elem, string>();

/** An element's kind: its tag and its class tokens that are not layout utilities, digits dropped. */
function kind(e: Elem): string {
  if (!e.cls) return e.name;
  let k = kinds.get(e);
  if (k === undefined) {
    const toks = e.cls.toLowerCase().replace(/\d+/g, '').split(/\s+/).filter((t) => t && !utilityClass.test(t));
    k = toks.length ? `${e.name}.${toks.join('.')}` : e.name;
    kinds.set(e, k);
  }
  return k;
}

/**
 * Grow the winner to its siblings and cousins of the same kind: a story cut into several
 * `section.content-group` boxes, widgets or grid cells, with ad slots and teasers between
 * them, scores best as one box, yet every box of that kind holds the story. A cousin is an
 * element at the same depth under an ancestor at most `expandUp` levels up whose path from
 * that ancestor has the same kinds as the winner's (never across `<article>`/`<main>`), that
 * holds no h1 (another story) and whose prose outweighs its non-prose (teaser boxes do not).
 * Returns the elements in document order.
 */
function expand(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, best: number, inFurniture: Uint8Array, tb: number): number[] {
  // the box marked as content, before any wrapper of it is taken for it
  const marked = (elems[best] as Elem).content ? best : -1;
  // a wrapper that holds exactly the winner's paragraphs is the same box (a lone <p> in a
  // text-bearing div.block whose siblings hold their text bare): start from the outermost one
  for (let p = (elems[best] as Elem).parent; p > 0; p = (elems[p] as Elem).parent) {
    const pe = elems[p] as Elem;
    const w = elems[best] as Elem;
    if (pe.first !== w.first || pe.end !== w.end || expandNever.has(pe.name) || expandStop.has(pe.name) || pe.furniture || w.furniture) break;
    best = p;
  }
  const chain: string[] = [kind(elems[best] as Elem)];
  const found = new Set<number>([best]);
  let a = (elems[best] as Elem).parent;
  // the winner's class must name it: bare divs and grid cells say nothing of their kind
  if (!(chain[0] as string).includes('.')) a = 0;
  for (let up = 1; up <= expandUp && a > 0; up++) {
    const anc = elems[a] as Elem;
    if (expandNever.has(anc.name)) break;
    collectCousins(blocks, elems, good, bad, a, chain, found, tb);
    if (expandStop.has(anc.name)) break;
    chain.push(kind(anc));
    a = anc.parent;
  }
  // the content-marked box's kind (the wrapper's when it is marked too): the other posts are marked as it is
  const markedBox = (elems[best] as Elem).content ? best : marked >= 0 ? marked : markedInside(elems, good, best);
  if (markedBox >= 0) sameKindContent(blocks, elems, good, bad, markedBox, inFurniture, found);
  else if ((elems[best] as Elem).cls.trim()) headedSections(blocks, elems, good, bad, best, found);
  return [...found].sort((x, y) => x - y);
}

/**
 * A page of several posts (a Q&A page's question and answers, a forum thread, a comment-less
 * thread of statements): each post's text sits in a box the page marks as content
 * (`itemprop=text`, `post-body`), at different depths (the accepted answer deeper than the
 * question), so cousins at the winner's depth miss them. When the winner is content-marked,
 * every other content-marked box of its kind (or its `kindFamily`: a question's body and an
 * answer's) joins, wherever it is, when it is outside
 * furniture, passes the cousin test, and no other story's headline (an h1) stands between it
 * and a box already taken (the next article of an endless-scroll page is another story).
 * When the winner itself sits in a box marked as furniture, that marking was wrong for every box
 * of that kind (a forum's `<article class="message messageSidebarOrientationLeft">` around each
 * post): the other posts in boxes of that kind are searched too.
 */
function sameKindContent(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, best: number, inFurniture: Uint8Array, found: Set<number>): void {
  const k = kind(elems[best] as Elem);
  const family = kindFamily(k);
  const misjudged = new Set<string>();
  if (inFurniture[best]) {
    for (let a = best; a > 0; a = (elems[a] as Elem).parent) if ((elems[a] as Elem).furniture) misjudged.add(kind(elems[a] as Elem));
  }
  const crossesH1 = h1Between(blocks, elems);
  for (let i = 1; i < elems.length; i++) {
    const e = elems[i] as Elem;
    if (e.furniture && !misjudged.has(kind(e))) {
      i = e.elemEnd - 1;
      continue;
    }
    if (!e.content || found.has(i) || e.first === e.end || (kind(e) !== k && (family === undefined || kindFamily(kind(e)) !== family))) continue;
    let nested = false;
    let gap = Infinity;
    let from = 0;
    let to = 0;
    for (const f of found) {
      const t = elems[f] as Elem;
      if ((i > f && i < t.elemEnd) || (f > i && f < e.elemEnd)) nested = true;
      const lo = Math.min(t.end, e.end);
      const hi = Math.max(t.first, e.first);
      if (hi - lo < gap) {
        gap = hi - lo;
        from = lo;
        to = hi;
      }
    }
    if (nested) continue;
    if (!crossesH1(from, to) && isCousin(blocks, elems, good, bad, e, i, found)) found.add(i);
    i = e.elemEnd - 1;
  }
}

/**
 * The box marked as content that holds most of the winner's prose, when the winner is its
 * wrapper (a question's `<article>` around its headline and its `itemprop=text` body): the
 * outermost such box of two paragraphs or more (not a `<p>`) outside furniture with at least
 * half the winner's prose, or -1.
 */
function markedInside(elems: Elem[], good: Float64Array, best: number): number {
  const end = (elems[best] as Elem).elemEnd;
  for (let i = best + 1; i < end; i++) {
    const e = elems[i] as Elem;
    if (e.furniture) {
      i = e.elemEnd - 1;
      continue;
    }
    // a box of paragraphs, not a paragraph's own class (`p.post-text` also marks a copyright line)
    if (e.content && e.name !== 'p' && e.end - e.first >= 2 && (good[i] as number) >= 0.5 * (good[best] as number) && (good[i] as number) > 0) return i;
  }
  return -1;
}

/**
 * The family of a content box's kind named the BEM way: its `block__element` classes read as
 * their element ("div.qa-question__body.formatted-text" and "div.qa-answer__body.formatted-text"
 * are both "div.__body.formatted-text"): a question's body and its answers' bodies. Only a kind
 * with such a class and another class besides (one both boxes share); undefined otherwise, so
 * that an `article__body` and a `teaser__body` are not one family.
 */
function kindFamily(k: string): string | undefined {
  const [tag, ...toks] = k.split('.');
  const bem = toks.filter((t) => /^[a-z][\w-]*__[\w-]+$/u.test(t));
  if (bem.length === 0 || bem.length === toks.length) return undefined;
  return [tag, ...toks.map((t) => t.replace(/^[a-z][\w-]*(?=__)/u, ''))].join('.');
}

/** A headed section's box sits at most this many levels below the winner's parent. */
const sectionDepth = 3;

/**
 * Sections after the winner in its parent that hold a box of the winner's tag and class under a
 * heading of their own ("<div class=text>…</div>" the body, then "<div class=accessibility><h2>Hinweise
 * zur Barrierefreiheit</h2><div class=text>…"): the same text box, one level deeper because the
 * section has a heading. Such a box joins, its heading with it, when it passes the cousin test
 * and the paragraph just before it is a heading without links in its section (a teaser's blurb
 * under a linked headline is not one), outside furniture, after the winner.
 */
function headedSections(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, best: number, found: Set<number>): void {
  const parent = (elems[best] as Elem).parent;
  if (parent <= 0 || expandNever.has((elems[parent] as Elem).name)) return;
  // the winner's tag and class as written ("div.text": a class `kind` takes for a utility one)
  const { name, cls } = elems[best] as Elem;
  const depth = new Map<number, number>([[parent, 0]]);
  const end = (elems[parent] as Elem).elemEnd;
  for (let i = (elems[best] as Elem).elemEnd; i < end; i++) {
    const e = elems[i] as Elem;
    const d = (depth.get(e.parent) ?? -99) + 1;
    if (e.furniture || d > sectionDepth) {
      i = e.elemEnd - 1;
      continue;
    }
    depth.set(i, d);
    if (d < 2 || e.name !== name || e.cls !== cls || found.has(i) || e.first === 0) continue;
    const head = blocks[e.first - 1] as Block;
    const section = e.parent;
    if (!head.heading || head.linkChars > 0 || !(head.owner > section && head.owner < (elems[section] as Elem).elemEnd)) continue;
    if (isCousin(blocks, elems, good, bad, e, i, found)) {
      found.add(head.owner);
      found.add(i);
      i = e.elemEnd - 1;
    }
  }
}

/** Elements under `a` whose kinds, from `a` down, are `chain` reversed (chain[0] = the winner's). */
function collectCousins(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, a: number, chain: string[], found: Set<number>, tb: number): void {
  const depthOf = new Map<number, number>([[a, 0]]);
  const want = chain.length; // the winner's depth below a
  const end = (elems[a] as Elem).elemEnd;
  for (let i = a + 1; i < end; i++) {
    const e = elems[i] as Elem;
    const d = (depthOf.get(e.parent) ?? -99) + 1;
    if (d > want || kind(e) !== chain[want - d]) {
      // a mismatching kind: nothing under it can match; skip its subtree
      i = e.elemEnd - 1;
      continue;
    }
    if (d < want) {
      depthOf.set(i, d);
      continue;
    }
    if (!found.has(i) && isCousin(blocks, elems, good, bad, e, i, found, tb)) found.add(i);
    i = e.elemEnd - 1;
  }
}

/** Do the `n` paragraphs from `a` and from `b` read the same? */
function sameText(blocks: Block[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if ((blocks[a + k] as Block).text !== (blocks[b + k] as Block).text) return false;
  return true;
}

function isCousin(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, e: Elem, i: number, found: Set<number>, tb = -1): boolean {
  if (e.first === e.end) return false;
  // a copy of a box already taken (hidden duplicates of the body for schema.org or print)
  for (const f of found) {
    const o = elems[f] as Elem;
    if (o.end - o.first === e.end - e.first && sameText(blocks, o.first, e.first, e.end - e.first)) return false;
  }
  let headings = 0;
  for (let k = e.first; k < e.end; k++) {
    const b = blocks[k] as Block;
    // another story's headline; the page's own (the first box of a story cut in two holds it) is not
    if (b.heading && (elems[b.owner] as Elem).name === 'h1' && k !== tb) return false;
    if (b.heading && b.linkChars === 0) headings++;
  }
  const g = good[i] as number;
  if (g === 0) return headings === e.end - e.first; // a box holding only a subheading
  return g >= badWeight * (bad[i] as number);
}

/** A box after the body joins it only with at most this share of link text. */
const continueLinkDensity = 0.1;
/** Boxes after the body join it up to this share of its prose, together. */
const continueShare = 0.5;

/**
 * The pros and cons and the verdict after a product test's body: boxes that follow the last box
 * taken, under the same parent, join it while they are of the body's nature: outside furniture,
 * no h1, almost no link text, and either only link-free list items under their headings (a
 * pros/cons list) or, in a box named as content (`verdict`, `fazit`, …, contentToken), more
 * prose than non-prose but less than half the body's. The first box that is not stops the run:
 * a teaser list, a comment section, a furniture box, another story.
 */
function continueAfter(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, parts: number[], inFurniture: Uint8Array): void {
  let last = parts[parts.length - 1] as number;
  // the body is the last text of its wrapper (a description's section around its text box): the
  // boxes after it are the wrapper's siblings (a podcast's chapter list in a section of its own)
  for (let p = (elems[last] as Elem).parent; p > 0 && !expandNever.has((elems[p] as Elem).name) && !expandStop.has((elems[p] as Elem).name) && !(elems[p] as Elem).furniture; p = (elems[p] as Elem).parent) {
    if ((elems[p] as Elem).end !== (elems[last] as Elem).end) break;
    last = p;
  }
  const parent = (elems[last] as Elem).parent;
  if (parent <= 0 || expandNever.has((elems[parent] as Elem).name) || inFurniture[last]) return;
  const end = (elems[parent] as Elem).elemEnd;
  let body = 0;
  for (const at of parts) body += good[at] as number;
  let room = continueShare * body;
  const lastKind = kind(elems[last] as Elem);
  for (let c = (elems[last] as Elem).elemEnd; c < end; c = (elems[c] as Elem).elemEnd) {
    const e = elems[c] as Elem;
    if (e.first === e.end) continue;
    // another story (an <article>, or a box like the body's that expansion did not take)
    if (e.furniture || e.name === 'article' || kind(e) === lastKind) return;
    let chars = 0;
    let linkChars = 0;
    let listOnly = true;
    for (let k = e.first; k < e.end; k++) {
      const b = blocks[k] as Block;
      if (b.furn > c && b.furn < e.elemEnd) continue;
      if (b.heading && (elems[b.owner] as Elem).name === 'h1') return;
      chars += b.chars;
      linkChars += b.linkChars;
      const owner = (elems[b.owner] as Elem).name;
      if (!b.heading && owner !== 'li' && owner !== 'dd' && owner !== 'dt') listOnly = false;
    }
    if (!chars || linkChars > continueLinkDensity * chars) return;
    // prose after the body joins only in a box named as content (a verdict): unnamed prose there
    // is as often a subscription pitch or a newsletter box
    if (!listOnly && (!e.content || (good[c] as number) < badWeight * (bad[c] as number) || !good[c])) return;
    // a verdict is shorter than the test: what outweighs the body is more stories
    room -= good[c] as number;
    if (room < 0) return;
    parts.push(c);
  }
}

/**
 * The answers after the question on a page that says it is a thread (schema.org `QAPage` or
 * `DiscussionForumPosting`), when the question won: everything taken lies in the headline's
 * box (`<article class=question><h1>…</h1>…</article>`, or the box around the headline's own
 * header: `<article class=Question><header><h1>…</h1></header><div class=body>…`; not the page's
 * body or main area), and the boxes after that box under its
 * parent (`<section class=answers>`) join while they are outside furniture, hold more prose than
 * non-prose and almost no link text; a box holding an h1 (another thread) ends the search.
 */
function answersAfter(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, parts: number[], tb: number): void {
  // the question's box: the headline's parent, or the element around it that holds the body
  // chosen too (a question's h1 in a header of its own: "<article class=Question><header><h1>")
  const box = holder(elems, (elems[(blocks[tb] as Block).owner] as Elem).parent, (e) => parts.every((at) => at === e || inElem(elems, e, at)));
  if (box <= 0 || pageLevel.has((elems[box] as Elem).name)) return;
  const parent = (elems[box] as Elem).parent;
  if (parent <= 0 || expandNever.has((elems[parent] as Elem).name)) return;
  const end = (elems[parent] as Elem).elemEnd;
  for (let c = (elems[box] as Elem).elemEnd; c < end; c = (elems[c] as Elem).elemEnd) {
    const e = elems[c] as Elem;
    if (e.first === e.end || e.furniture) continue;
    let chars = 0;
    let linkChars = 0;
    for (let k = e.first; k < e.end; k++) {
      const b = blocks[k] as Block;
      if (b.heading && (elems[b.owner] as Elem).name === 'h1') return;
      chars += b.chars;
      linkChars += b.linkChars;
    }
    if (!good[c] || (good[c] as number) < badWeight * (bad[c] as number) || linkChars > continueLinkDensity * chars) continue;
    parts.push(c);
  }
}

/**
 * Whether an h1 (another story's headline) stands among the blocks [from, to): the h1s before each
 * block are counted once per page, when first asked.
 */
function h1Between(blocks: Block[], elems: Elem[]): (from: number, to: number) => boolean {
  let h1s: Int32Array | undefined;
  return (from, to) => {
    if (to <= from) return false;
    if (!h1s) {
      h1s = new Int32Array(blocks.length + 1);
      for (let j = 0; j < blocks.length; j++) {
        const bl = blocks[j] as Block;
        h1s[j + 1] = (h1s[j] as number) + (bl.heading && (elems[bl.owner] as Elem).name === 'h1' ? 1 : 0);
      }
    }
    return (h1s[to] as number) - (h1s[from] as number) > 0;
  };
}

/**
 * The replies of a page that says it is a thread (schema.org `QAPage` or
 * `DiscussionForumPosting`) where the page calls them comments: a Reddit-like discussion, the
 * post and then its tree of comments (`div.commentarea`), each reply's text in a box of the
 * kind the post's text is in (`div.md`). Such a box joins wherever it sits in the region of the
 * boxes taken (the element around both is no page-level one: a sidebar's box of that kind, the
 * community's rules, does not), when the only furniture around it is a comment's box or of a
 * kind that was wrongly furniture around a box taken (the post's `form.usertext`), no h1 (another
 * thread) stands between, and its prose outweighs its non-prose as a cousin's must.
 */
function threadReplies(blocks: Block[], elems: Elem[], good: Float64Array, bad: Float64Array, parts: number[]): void {
  if (parts.length === 0) return;
  const kinds = new Set<string>();
  const misjudged = new Set<string>();
  const around = new Set<number>();
  for (const at of parts) {
    kinds.add(kind(elems[at] as Elem));
    for (let a = at; a > 0; a = (elems[a] as Elem).parent) {
      if ((elems[a] as Elem).furniture) misjudged.add(kind(elems[a] as Elem));
      if (at === parts[0]) around.add(a);
    }
  }
  const comment = (e: Elem) => e.cls !== '' && e.cls.toLowerCase().split(/\s+/).some((t) => commentToken.test(t));
  const found = new Set(parts);
  const crossesH1 = h1Between(blocks, elems);
  const first = Math.min(...parts.map((at) => (elems[at] as Elem).first));
  const added: number[] = [];
  for (let i = 1; i < elems.length; i++) {
    const e = elems[i] as Elem;
    if (e.furniture && !misjudged.has(kind(e)) && !comment(e)) {
      i = e.elemEnd - 1;
      continue;
    }
    if (found.has(i) || e.first === e.end || !kinds.has(kind(e)) || parts.some((at) => inElem(elems, i, at) || inElem(elems, at, i))) continue;
    let common = e.parent;
    while (common > 0 && !around.has(common)) common = (elems[common] as Elem).parent;
    if (common <= 0 || pageLevel.has((elems[common] as Elem).name)) continue;
    const from = Math.min(first, e.first);
    const to = Math.max(first, e.first);
    if (crossesH1(from, to)) continue;
    if (isCousin(blocks, elems, good, bad, e, i, found)) {
      found.add(i);
      added.push(i);
    }
    i = e.elemEnd - 1;
  }
  if (added.length === 0) return;
  parts.push(...added);
  parts.sort((x, y) => x - y);
}

/** A lede is at least this long (Latin-letter equivalents) and has at least this many words. */
const ledeMin = 80;
const ledeMinWords = 8;
/** At most this many paragraphs between the headline and the body, and this many ledes. */
const ledeGapMax = 40;
const ledeMax = 2;

/**
 * Pull in the lede (standfirst, teaser, summary) that sits between the headline and the body,
 * often in the page header outside the body's container: a prose paragraph there (not a
 * heading, no links) that the page's own meta description repeats, and that is inside no
 * furniture but the headline's own header or a wrapper around the body; and, in document order
 * with it, a list of facts there (`factBoxes`).
 */
function withLede(blocks: Block[], elems: Elem[], chosen: number[], tb: number, description: string | undefined): number[] {
  if (tb < 0 || !chosen.length) return chosen;
  const first = chosen[0] as number;
  if (tb >= first || first - tb > ledeGapMax) return chosen;
  const tFurn = (blocks[tb] as Block).furn;
  const tOwner = (blocks[tb] as Block).owner;
  const bOwner = (blocks[first] as Block).owner;
  const header = (elems[tOwner] as Elem).parent;
  // no furniture but the headline's own, furniture inside the headline's container (the article
  // header's: "<span class=article-header__subtitle>" beside the h1), or a wrapper around the
  // headline or the body
  const allowed = (f: number) => f < 0 || f === tFurn || (header > 0 && inElem(elems, header, f)) || inElem(elems, f, tOwner) || inElem(elems, f, bOwner);
  const lede: number[] = [];
  // the element around both the headline and the body: a summary box between them sits in it
  let around = header;
  while (around > 0 && !inElem(elems, around, bOwner)) around = (elems[around] as Elem).parent;
  let unnamed = 0;
  let inSummary = 0;
  for (let i = tb + 1; i < first; i++) {
    const b = blocks[i] as Block;
    if (!allowed(b.furn) && !ledeFurniture(elems, b, description)) continue;
    if (b.linkChars > 0.1 * b.chars) continue;
    const words = b.text.match(/\S+/g)?.length ?? 0;
    if (boilerplateLines.has(lineKey(b.text))) continue;
    // a summary's points ("L'essentiel": a list of sentences) are shorter than a standfirst, and
    // so are a test's pros and cons above its text (a box marked as content, its list and labels)
    const li = (elems[b.owner] as Elem).name === 'li';
    const point = around > 0 && (li || b.heading) && pointBox(elems, b.owner, around, li, bOwner, tOwner);
    if (point) {
      if ((li && words < pointMinWords) || inSummary >= summaryMax) continue;
      inSummary++;
      lede.push(i);
      continue;
    }
    if (unnamed >= ledeMax || weight(b.text) < ledeMin || (words < ledeMinWords && weight(b.text) === b.text.length)) continue;
    // A heading is a lede only when its class names one ("<h2 class=\"subtitle\">"): else it is the
    // body's first subheading or a kicker.
    const named = summaryClass(elems, b.owner, tOwner) || (around > 0 && namedUpTo(elems, b.owner, around, wideLedeToken));
    if (b.heading && !named) continue;
    if (!named && !(description && overlaps(b.text, description))) continue;
    unnamed++;
    lede.push(i);
  }
  const facts = factBoxes(blocks, elems, tb, first, allowed);
  const asked = headlineText(blocks, elems, tb, first);
  const before = facts.length || asked.length ? [...new Set([...lede, ...facts, ...asked])].sort((x, y) => x - y) : lede;
  return before.length ? before.concat(chosen) : chosen;
}

/**
 * A lede that a furniture name covers: the furniture is the paragraph's own element, its class
 * names a lede as well ("article__header__intro": the header's intro, not a header), and the
 * page's meta description repeats it.
 */
function ledeFurniture(elems: Elem[], b: Block, description: string | undefined): boolean {
  if (b.furn !== b.owner || !description || !overlaps(b.text, description)) return false;
  return (elems[b.furn] as Elem).cls.toLowerCase().split(/\s+/).some((t) => wideLedeToken.test(t));
}

/**
 * On an event's page, the event's facts around its description: its date, its place, its
 * programme, set in boxes of their own beside the description ("Datum und Uhrzeit / Samstag,
 * 8. Juni 2024 · 10:00 - 16:00", "Ort / Werkhof Plagwitz", an agenda's list). Every paragraph
 * after the headline inside the element that holds both the headline and the body joins (added
 * to `out` in document order), when it is outside furniture (but the headline's own box), at most
 * half link text and no teaser's headline; the page's other events are a list outside that
 * element. When that element is the page's body or its whole main area, the headline's own box
 * in it instead (an event hero's section with its date, its time and its place), when it ends
 * before the body.
 */
function eventFacts(blocks: Block[], elems: Elem[], out: number[], tb: number, inFurniture: Uint8Array): void {
  if (out.length === 0) return;
  const body = (blocks[out[0] as number] as Block).owner;
  let around = holder(elems, (blocks[tb] as Block).owner, (e) => inElem(elems, e, body));
  // Around both is the page's body or main area: the headline's own box there, the one below it
  // that holds the h1 and not the body (an event's hero section with its date and place), when
  // the body comes after it.
  if (around <= 0 || pageLevel.has((elems[around] as Elem).name)) {
    const top = Math.max(around, 0);
    let hero = (blocks[tb] as Block).owner;
    while ((elems[hero] as Elem).parent > top) hero = (elems[hero] as Elem).parent;
    if (hero === (blocks[tb] as Block).owner || (elems[hero] as Elem).elemEnd > body || pageLevel.has((elems[hero] as Elem).name)) return;
    around = hero;
  }
  const box = elems[around] as Elem;
  const taken = new Set(out);
  // the headline's own box counts as no furniture (a stage header around the h1, its subtitle
  // and its facts: "<div class=production-stage__header>", furniture by its name)
  const own = (blocks[tb] as Block).furn;
  for (let i = tb + 1; i < box.end; i++) {
    const b = blocks[i] as Block;
    if (taken.has(i) || (inFurniture[b.owner] && !(own >= 0 && b.furn === own)) || b.linkChars > 0.5 * b.chars || teaserHeadline(b)) continue;
    out.push(i);
  }
  out.sort((x, y) => x - y);
}

/** Elements that hold a whole page or its main area: no event's box. */
const pageLevel: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/** A headline's text box holds at least this many paragraphs of prose. */
const askedMinProse = 2;

/**
 * The text that the headline's own box holds under it when the body chosen is outside that box:
 * a Q&A page's question (`<article class=Question><h1>…</h1><div class=ContentBody>…`) above
 * the list of answers that won. Each box that is a child of the headline's parent, after the
 * headline and before the body, outside furniture, with at least two paragraphs of prose, no
 * heading and almost no link text, joins whole (its paragraphs outside furniture).
 */
function headlineText(blocks: Block[], elems: Elem[], tb: number, first: number): number[] {
  const tOwner = (blocks[tb] as Block).owner;
  const box = (elems[tOwner] as Elem).parent;
  if (box <= 0 || expandNever.has((elems[box] as Elem).name) || inElem(elems, box, (blocks[first] as Block).owner)) return [];
  const out: number[] = [];
  const end = (elems[box] as Elem).elemEnd;
  for (let c = (elems[tOwner] as Elem).elemEnd; c < end; c = (elems[c] as Elem).elemEnd) {
    const e = elems[c] as Elem;
    if (e.furniture || e.first === e.end || e.first <= tb || e.end > first) continue;
    let prose = 0;
    let chars = 0;
    let linkChars = 0;
    let headed = false;
    for (let k = e.first; k < e.end; k++) {
      const b = blocks[k] as Block;
      if (b.furn >= 0) continue;
      if (b.heading) headed = true;
      if (isProse(b)) prose++;
      chars += b.chars;
      linkChars += b.linkChars;
    }
    if (headed || prose < askedMinProse || linkChars > continueLinkDensity * chars) continue;
    for (let k = e.first; k < e.end; k++) if ((blocks[k] as Block).furn < 0) out.push(k);
  }
  return out;
}

/** A facts box holds at least this many terms, and at most this many letters. */
const factTermsMin = 2;
const factLettersMax = 800;
/** Its values hold at least this many letters. */
const factValueLettersMin = 40;

/** A fact as a list item: a label of one to three words, a colon, its value. */
const factItem = /^\p{L}[\p{L}.\/-]*(?: [\p{L}.\/-]+){0,2}:\s+(\S.*)$/u;

/**
 * The facts an event, a product or a job puts between its headline and its text, as a
 * definition list ("<dl><dt>Datum</dt><dd>Freitag, 19. Juli 2024</dd><dt>Treffpunkt</dt><dd>
 * Marktbrunnen vor dem Alten Rathaus</dd>…</dl>"), a table of such rows ("<tr><th>Uhrzeit
 * </th><td>14:00 Uhr</td></tr>") or a list of labelled items ("<li>Gehalt: 46.000 Euro</li>"):
 * what a reader came for, outside the body's container. A `<dl>`, `<table>` or `<ul>` between
 * the two, in no furniture but what `allowed` lets through (the article's header), without
 * headings, with at least two terms, at most 10% link text and 800 letters; its paragraphs, in
 * order.
 */
function factBoxes(blocks: Block[], elems: Elem[], tb: number, first: number, allowed: (furn: number) => boolean): number[] {
  const out: number[] = [];
  // a list after the headline opened after the headline's element (elements are in document order)
  for (let e = (blocks[tb] as Block).owner + 1; e < elems.length; e++) {
    const d = elems[e] as Elem;
    if (d.first >= first) break;
    if ((d.name !== 'dl' && d.name !== 'table' && d.name !== 'ul') || d.first <= tb || d.end > first || d.end === d.first) continue;
    let terms = 0;
    let chars = 0;
    let linkChars = 0;
    let ok = true;
    for (let k = d.first; k < d.end && ok; k++) {
      const b = blocks[k] as Block;
      if (b.heading || !allowed(b.furn)) ok = false;
      chars += b.chars;
      linkChars += b.linkChars;
    }
    // the values say something in words: a list of dates ("입력 2025.05.15", "Aktualisiert …") is the header's
    let said = 0;
    for (let k = e + 1; k < d.elemEnd; k++) {
      const t = elems[k] as Elem;
      if (t.name === 'dt' || t.name === 'th') terms++;
      else if (t.name === 'dd') {
        for (let j = t.first; j < t.end; j++) said += weight((blocks[j] as Block).text.replace(/[^\p{L}]/gu, ''));
        k = t.elemEnd - 1;
      }
    }
    // a table's row is one paragraph, label and value: its letters less a label's share
    if (d.name === 'table') for (let j = d.first; j < d.end; j++) if ((blocks[j] as Block).row) said += weight((blocks[j] as Block).text.replace(/[^\p{L}]/gu, '')) / 2;
    // a list's items are facts when every one is "Label: value" ("Anstellungsart: Vollzeit")
    if (d.name === 'ul') {
      for (let j = d.first; j < d.end && ok; j++) {
        const m = factItem.exec((blocks[j] as Block).text);
        if (!m) ok = false;
        else {
          terms++;
          said += weight((m[1] as string).replace(/[^\p{L}]/gu, ''));
        }
      }
    }
    if (!ok || terms < factTermsMin || said < factValueLettersMin || linkChars > 0.1 * chars || chars > factLettersMax) continue;
    for (let k = d.first; k < d.end; k++) out.push(k);
    e = d.elemEnd - 1;
  }
  return out;
}

/**
 * Lede names looked for anywhere between the headline and the body, not only in the headline's
 * container: a shop puts price and cart between its product's name and summary ("product
 * attribute overview"), a news CMS puts the h1 alone in its box and the lede beside it
 * ("div.lead").
 */
const wideLedeNames = [
  'lede', 'lead', 'leadtext', 'intro', 'introduction', 'standfirst', 'summary', 'dek', 'deck', 'sapo', 'chapo', 'chapeau',
  'entradilla', 'sumario', 'short-description', 'shortdescription', 'overview',
];
/**
 * Lede names looked for in the headline's container only: "teaser", "excerpt" and "abstract"
 * name other stories' teasers between the headline and the body as often; subtitles sit beside
 * the headline.
 */
const headerLedeNames = ['teaser', 'abstract', 'excerpt', 'occhiello', 'catenaccio', 'sottotitolo', 'subline', 'subtitle', 'sub-title', 'sub_title', 'subheadline'];
const classNames = (names: readonly string[]) => new RegExp(`(?:^|[-_])(?:${names.join('|')})(?:$|[-_])`);
/**
 * A class that names a lede: "article__teaser", "standfirst", "c-intro", "sapo", "entradilla",
 * a shop's "woocommerce-product-details__short-description" or Magento's "product attribute
 * overview" beside the product's name.
 */
const summaryToken = classNames([...wideLedeNames, ...headerLedeNames]);
const wideLedeToken = classNames(wideLedeNames);

/** Whether the paragraph's element, or one around it below `top`, has a class token that `token` matches. */
function namedUpTo(elems: Elem[], owner: number, top: number, token: RegExp): boolean {
  for (let e = owner; e > top; e = (elems[e] as Elem).parent) {
    if ((elems[e] as Elem).cls.toLowerCase().split(/\s+/).some((t) => token.test(t))) return true;
  }
  return false;
}

/**
 * Whether the paragraph's element, or one around it up to the headline's container, is named
 * as a lede by its class, and it sits in the headline's container (the article's header): a
 * standfirst the page gives no meta description for.
 */
function summaryClass(elems: Elem[], owner: number, headlineOwner: number): boolean {
  // the headline's container: the element around the h1
  const header = (elems[headlineOwner] as Elem).parent;
  return header >= 0 && inElem(elems, header, owner) && namedUpTo(elems, owner, header, summaryToken);
}

/** Points above the body: at most this many paragraphs, list items of at least this many words. */
const summaryMax = 16;
const pointMinWords = 4;

/**
 * Whether the paragraph is in a box between the headline and the body that holds points the
 * page puts above its text, up to `around`, the element that holds both the headline and the
 * body, and holding neither: a box marked as content (a product test's pros and cons: its list items and labels),
 * or, for a list item, one whose class names a summary ("<section class=live-summary><h2>
 * L'essentiel</h2><ul><li>…": a live blog's or a long read's key points). A named paragraph
 * there that is no list item is as often another story's teaser.
 */
function pointBox(elems: Elem[], owner: number, around: number, li: boolean, body: number, headline: number): boolean {
  for (let e = owner; e > around; e = (elems[e] as Elem).parent) {
    const el = elems[e] as Elem;
    // a box of its own: not the one that holds the body or the headline as well
    if (inElem(elems, e, body) || inElem(elems, e, headline)) return false;
    if (el.content) return true;
  }
  return li && namedUpTo(elems, owner, around, summaryToken);
}

/** The element `from` or the nearest one around it that `holds` says yes to; 0 (the root) or below when none does. */
function holder(elems: Elem[], from: number, holds: (e: number) => boolean): number {
  let e = from;
  while (e > 0 && !holds(e)) e = (elems[e] as Elem).parent;
  return e;
}

/** Is element `inner` (or the element owning it) inside element `outer`? */
function inElem(elems: Elem[], outer: number, inner: number): boolean {
  return inner >= outer && inner < (elems[outer] as Elem).elemEnd;
}

/** Index of the headline's block: the block equal to the title, else the first h1 that the title holds, else the first h1. */
function titleBlock(blocks: Block[], elems: Elem[], title: string | undefined): number {
  const t = title?.toLowerCase();
  let h1 = -1;
  let inTitle = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    // (lowercasing never shortens a text and at most doubles it: compare only what can match)
    if (t && b.text.length <= t.length && 2 * b.text.length >= t.length && b.text.toLowerCase() === t) return i;
    if (!b.heading || (elems[b.owner] as Elem).name !== 'h1') continue;
    if (h1 < 0) h1 = i;
    // the h1 that the title holds ("Champagnole. La scierie …" over "La scierie …"), not a
    // consent banner's "Bienvenue sur …" before it
    if (inTitle < 0 && t && b.text.length >= titleInMin && t.includes(b.text.toLowerCase())) inTitle = i;
  }
  if (inTitle >= 0 || h1 >= 0 || !t) return inTitle >= 0 ? inTitle : h1;
  // No h1 (a headline set in an h2, its kicker in the same heading): the first heading that ends
  // as the title does after its topic ("Grundwasser in Brandenburg: Wenn der Brunnen leer bleibt"
  // over "Dürre Wenn der Brunnen leer bleibt").
  const colon = t.lastIndexOf(': ');
  const tail = colon >= 0 ? t.slice(colon + 2) : t;
  if (tail.length < titleInMin) return -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.heading && b.text.length >= tail.length && b.text.length <= 3 * t.length && b.text.toLowerCase().endsWith(tail)) return i;
  }
  return -1;
}

/** An h1 the title holds is at least this long. */
const titleInMin = 12;

/**
 * When the winner holds the headline and more prose elsewhere (a "more stories" list of
 * blurbs under the story, a second teaser article), step down to the child that holds the
 * headline, as long as that child still has a fair share of the winner's prose.
 */
function towardTitle(blocks: Block[], elems: Elem[], good: Float64Array, best: number, tb: number): number {
  if (tb < 0) return best;
  // the headline's ancestors, innermost first; walked down from the winner (linear in depth)
  const path: number[] = [];
  for (let c = (blocks[tb] as Block).owner; c >= 0 && c !== best; c = (elems[c] as Elem).parent) path.push(c);
  if (tb < (elems[best] as Elem).first || tb >= (elems[best] as Elem).end) return best;
  for (let k = path.length - 1; k >= 0; k--) {
    const c = path[k] as number;
    const g = good[c] as number;
    if ((elems[c] as Elem).furniture || g < titleChildMin || g < titleChildShare * (good[best] as number)) return best;
    best = c;
  }
  return best;
}

/**
 * The paragraphs of element `at`, without those inside furniture nested in it (furniture
 * around it, such as a layout wrapper named "with-sidebar", does not count).
 */
export function inside(blocks: Block[], elems: Elem[], at: number): number[] {
  const e = elems[at] as Elem;
  const out: number[] = [];
  for (let i = e.first; i < e.end; i++) {
    const f = (blocks[i] as Block).furn;
    if (f > at && f < e.elemEnd) continue;
    out.push(i);
  }
  return out;
}

const words = /[\p{L}\p{N}]+/gu;
/**
 * The page's own summary says the same: most of the paragraph's words are in the meta
 * description, or most of a description's words (of eight or more) are in the paragraph (the
 * description is the lede's first sentence: "Od poniedziałku kierowcy nie przejadą …").
 */
function overlaps(text: string, description: string): boolean {
  const dw = description.toLowerCase().match(words) ?? [];
  const d = new Set(dw);
  const t = text.toLowerCase().match(words) ?? [];
  if (t.length > 0 && t.filter((w) => d.has(w)).length >= 0.6 * t.length) return true;
  if (dw.length < descriptionWordsMin) return false;
  const tw = new Set(t);
  return dw.filter((w) => tw.has(w)).length >= 0.6 * dw.length;
}

/** A description that a paragraph holds has at least this many words. */
const descriptionWordsMin = 8;
