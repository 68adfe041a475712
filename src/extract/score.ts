import type { Block, Elem } from './blocks.js';
import { BOILERPLATE_LINES } from './selectors.js';
import { lineKey } from './assemble.js';

/** A paragraph counts as prose when it is this long and mostly not link text. */
const PROSE_MIN_CHARS = 30;
const PROSE_LINK_DENSITY = 0.35;
/** How much a character of non-prose (menus, teasers, short lines) costs a container. */
const BAD_WEIGHT = 1;
/**
 * A paragraph that is mostly a link (a menu entry, a teaser headline) costs at least this
 * much: a list of other stories' headlines and blurbs must not outweigh the story itself.
 */
const LINK_BLOCK_COST = 50;
const LINK_BLOCK_DENSITY = 0.5;
/** Non-link characters from which a link-heavy paragraph still counts its own words as prose. */
const MIXED_MIN_PLAIN = 100;
/** The headline's container replaces the winner when it holds this share of its prose, and this much. */
const TITLE_CHILD_SHARE = 0.2;
const TITLE_CHILD_MIN = 400;
/** Bonus for a container whose class, id or itemprop names the article body. */
const CONTENT_BONUS = 1.25;
/**
 * Weight of a container that is furniture or sits inside furniture: comment threads and cookie
 * notices can hold more prose than a short story, yet a layout wrapper that merely looks like
 * furniture ("and-w-sidebar") must not sink the story inside it (all its candidates share the
 * weight, so the story still wins there).
 */
const FURNITURE_WEIGHT = 0.3;

/** Han, kana and Hangul carry about a word per character: count each as three letters. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;

/** The length of a text in Latin-letter equivalents. */
function weight(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return text.length + 2 * wide;
}

/** Is this paragraph article prose (for scoring only; short paragraphs are still kept)? */
export function isProse(b: Block): boolean {
  return !b.heading && weight(b.text) >= PROSE_MIN_CHARS && b.linkChars <= PROSE_LINK_DENSITY * b.chars &&
    !BOILERPLATE_LINES.has(lineKey(b.text));
}

/**
 * Find the main content: the element whose subtree maximizes prose characters minus
 * non-prose characters (the tightest container that still holds the whole story, so an
 * article split by an ad slot is taken whole). Linear: sums flow from children to parents
 * in reverse document order. Returns the winner's paragraph indexes.
 */
export function chooseMain(blocks: Block[], elems: Elem[], title?: string): number[] {
  const good = new Float64Array(elems.length);
  const bad = new Float64Array(elems.length);
  for (const b of blocks) {
    // a data table's row ("1 Kyle Busch 5040 5 1 17 27") is content when it is not a link
    if (isProse(b) || (b.linkChars === 0 && b.text.length >= 10 && (elems[b.owner] as Elem).name === 'tr')) good[b.owner] += weight(b.text);
    else if (b.chars - b.linkChars >= MIXED_MIN_PLAIN) {
      // a long paragraph carrying inline link lists (hover cards, "related" spans): its own
      // words are prose, the links are not
      const w = weight(b.text);
      const plain = w * (1 - b.linkChars / b.chars);
      good[b.owner] += plain;
      bad[b.owner] += w - plain;
    } else if (b.linkChars > LINK_BLOCK_DENSITY * b.chars) bad[b.owner] += Math.max(weight(b.text), LINK_BLOCK_COST);
    else bad[b.owner] += weight(b.text);
  }
  for (let i = elems.length - 1; i > 0; i--) {
    const e = elems[i] as Elem;
    // furniture holds no article for the containers around it (it may still be the winner)
    if (e.furniture) bad[e.parent] += (good[i] as number) + (bad[i] as number);
    else {
      good[e.parent] += good[i] as number;
      bad[e.parent] += bad[i] as number;
    }
  }
  const inFurniture = new Uint8Array(elems.length);
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < elems.length; i++) {
    const e = elems[i] as Elem;
    if (e.furniture || (i > 0 && inFurniture[e.parent])) inFurniture[i] = 1;
    if (!good[i]) continue;
    const s = ((good[i] as number) - BAD_WEIGHT * (bad[i] as number)) * (e.content ? CONTENT_BONUS : 1) *
      (inFurniture[i] ? FURNITURE_WEIGHT : 1);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  best = towardTitle(blocks, elems, good, best, title);
  return inside(blocks, elems, best);
}

/** Index of the headline's block: the block equal to the title, else the first h1. */
function titleBlock(blocks: Block[], elems: Elem[], title: string | undefined): number {
  const t = title?.toLowerCase();
  let h1 = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (t && b.text.toLowerCase() === t) return i;
    if (h1 < 0 && b.heading && (elems[b.owner] as Elem).name === 'h1') h1 = i;
  }
  return h1;
}

/**
 * When the winner holds the headline and more prose elsewhere (a "more stories" list of
 * blurbs under the story, a second teaser article), step down to the child that holds the
 * headline, as long as that child still has a fair share of the winner's prose.
 */
function towardTitle(blocks: Block[], elems: Elem[], good: Float64Array, best: number, title: string | undefined): number {
  const tb = titleBlock(blocks, elems, title);
  if (tb < 0) return best;
  // the headline's ancestors, innermost first; walked down from the winner (linear in depth)
  const path: number[] = [];
  for (let c = (blocks[tb] as Block).owner; c >= 0 && c !== best; c = (elems[c] as Elem).parent) path.push(c);
  if (tb < (elems[best] as Elem).first || tb >= (elems[best] as Elem).end) return best;
  for (let k = path.length - 1; k >= 0; k--) {
    const c = path[k] as number;
    const g = good[c] as number;
    if ((elems[c] as Elem).furniture || g < TITLE_CHILD_MIN || g < TITLE_CHILD_SHARE * (good[best] as number)) return best;
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
