import type { Block, Elem } from './blocks.js';
import { BOILERPLATE_LINES } from './selectors.js';

/** A paragraph counts as prose when it is this long and mostly not link text. */
const PROSE_MIN_CHARS = 50;
const PROSE_LINK_DENSITY = 0.35;
/** How much a character of non-prose (menus, teasers, short lines) costs a container. */
const BAD_WEIGHT = 1;
/** Bonus for a container whose class, id or itemprop names the article body. */
const CONTENT_BONUS = 1.25;

/** Is this paragraph article prose (for scoring only; short paragraphs are still kept)? */
export function isProse(b: Block): boolean {
  return !b.heading && b.text.length >= PROSE_MIN_CHARS && b.linkChars <= PROSE_LINK_DENSITY * b.chars &&
    !BOILERPLATE_LINES.has(b.text.toLowerCase());
}

/**
 * Find the main content: the element whose subtree maximizes prose characters minus
 * non-prose characters (the tightest container that still holds the whole story, so an
 * article split by an ad slot is taken whole). Linear: sums flow from children to parents
 * in reverse document order. Returns the block range [from, to) of the winner.
 */
export function chooseMain(blocks: Block[], elems: Elem[]): [number, number] {
  const good = new Float64Array(elems.length);
  const bad = new Float64Array(elems.length);
  for (const b of blocks) {
    if (isProse(b)) good[b.owner] += b.text.length;
    else bad[b.owner] += b.text.length;
  }
  for (let i = elems.length - 1; i > 0; i--) {
    const p = (elems[i] as Elem).parent;
    good[p] += good[i] as number;
    bad[p] += bad[i] as number;
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < elems.length; i++) {
    if (!good[i]) continue;
    const e = elems[i] as Elem;
    const s = ((good[i] as number) - BAD_WEIGHT * (bad[i] as number)) * (e.content ? CONTENT_BONUS : 1);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  const e = elems[best] as Elem;
  return [e.first, e.end];
}
