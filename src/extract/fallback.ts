import type { Block, Elem } from './blocks.js';
import { chooseMain, inside, isProse, proseLinkDensity, proseMinChars, weight } from './score.js';
import { isFurniture } from './assemble.js';

/**
 * The fallback chain, after trafilatura's (its `compare_extraction`): when the main-content
 * search gives a short or low-confidence result, two extractions built on other principles are
 * made from the same paragraphs, a Readability-style one (the best-scored container and its
 * siblings, Mozilla Readability's scoring) and a jusText-style one (every paragraph classified
 * by length, link density and function-word density, then by its neighbours), and the result
 * with the most article evidence is kept (see {@link evidence}). Forum threads, Q&A pages,
 * podcast and company pages built from "widget" boxes are where the container search goes
 * wrong: the story there is not one box named like an article.
 */

/** A result with less prose than this (Latin-letter equivalents) is short (trafilatura's `MIN_EXTRACTED_SIZE`). */
const minExtractedSize = 250;
/** An alternative replaces the main result only when its evidence is this many times larger. */
const replaceFactor = 1.5;

/** Why the main result is not trusted as it is. */
export interface MainInfo {
  /** The winning container sits in furniture (its score was weighted down). */
  inFurniture: boolean;
  /** The page says it is a thread (schema.org `QAPage`, `DiscussionForumPosting`): its posts are its content. */
  thread?: boolean;
  /** The page says it is an event's (schema.org `Event` and its kinds): its facts around the description are its content. */
  event?: boolean;
}

/**
 * Article evidence of a set of paragraphs, the criterion the chain compares by: characters of
 * prose (isProse: at least 30 letters, at most 35% link text) minus characters of the other
 * paragraphs that survive assembly (short lines, link lines); paragraphs that assembly drops as
 * furniture count nothing. So a longer result wins only with more prose than clutter, and a
 * result of teaser blurbs loses to the notes or posts it sat beside.
 */
export function evidence(blocks: Block[], paras: number[]): number {
  let good = 0;
  let bad = 0;
  for (const i of paras) {
    const b = blocks[i] as Block;
    if (isFurniture(b)) continue;
    if (isProse(b)) good += weight(b.text);
    else bad += Math.min(weight(b.text), 80);
  }
  return good - bad;
}

/** Prose of a set of paragraphs, in Latin-letter equivalents. */
function proseOf(blocks: Block[], paras: number[]): number {
  let n = 0;
  for (const i of paras) if (isProse(blocks[i] as Block)) n += weight((blocks[i] as Block).text);
  return n;
}

/**
 * Keep the main result unless it is short (< 250 letters of prose) or its container sat in
 * furniture. Then, in trafilatura's order: the container search again with furniture marked by
 * format tokens alone lifted, and a Readability-style extraction, each replacing the result
 * when its evidence is at least 1.5 times the result's so far (a stated margin: a close call
 * keeps the container search, which knows the page's furniture best); if the result is still
 * short, a jusText-style extraction, on the same terms.
 */
export function withFallback(blocks: Block[], elems: Elem[], main: number[], info: MainInfo, title?: string, description?: string): number[] {
  if (!blocks.length) return main;
  if (proseOf(blocks, main) >= minExtractedSize && !info.inFurniture) return main;
  let best = main;
  let bestScore = evidence(blocks, main);
  // no alternative can have more evidence than the page has prose (its paragraphs of at least
  // 30 letters, at most 35% link text, no heading: isProse without its phrase lists): when that
  // is not enough to replace the result, the alternatives are not built (the result is the same)
  let bound = 0;
  for (const b of blocks) if (!b.heading && b.linkChars <= proseLinkDensity * b.chars && b.text.length >= proseMinChars / 3) bound += weight(b.text);
  if (bound <= 0 || bound <= bestScore || bound < bestScore * replaceFactor) return main;
  const consider = (alt: number[]) => {
    const s = evidence(blocks, alt);
    if (s > 0 && s >= bestScore * replaceFactor && s > bestScore) {
      best = alt;
      bestScore = s;
    }
  };
  consider(formatBlind(blocks, elems, title, description));
  consider(readabilityStyle(blocks, elems));
  if (proseOf(blocks, best) < minExtractedSize) consider(justextStyle(blocks, elems));
  return best;
}

/**
 * The container search with furniture marked only by format tokens (selectors.ts
 * `formatToken`: "widget", "podcast", "video", …) lifted: their boxes may hold the page's text.
 */
export function formatBlind(blocks: Block[], elems: Elem[], title?: string, description?: string): number[] {
  if (!elems.some((e) => e.formatOnly)) return [];
  const lifted = elems.map((e) => (e.formatOnly ? { ...e, furniture: false } : e));
  // the innermost furniture element around each element, with the new marking
  const around = new Int32Array(lifted.length);
  around[0] = -1;
  for (let i = 1; i < lifted.length; i++) around[i] = (lifted[i] as Elem).furniture ? i : (around[(lifted[i] as Elem).parent] as number);
  const relinked = blocks.map((b) => (b.furn >= 0 && (elems[b.furn] as Elem).formatOnly ? { ...b, furn: around[b.owner] as number } : b));
  return chooseMain(relinked, lifted, title, description);
}

// ---------------------------------------------------------------------------------------------
// Readability-style: Mozilla Readability's scoring on the linearized page.

const rdPositive = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const rdNegative = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** Paragraphs shorter than this are not scored (Readability: 25 characters). */
const rdMinLength = 25;
/** Score flows up this many ancestors (Readability: 5). */
const rdAncestors = 5;
/** This many other candidates within 75% of the best one under one ancestor make that ancestor the candidate. */
const rdAlternatives = 3;

function tagScore(name: string): number {
  switch (name) {
    case 'div': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

function classWeight(e: Elem): number {
  let w = 0;
  if (e.cls && rdPositive.test(e.cls)) w += 25;
  if (e.cls && rdNegative.test(e.cls)) w -= 25;
  return w;
}

/** Commas of the Latin, Arabic and East Asian scripts (Readability counts these). */
const commas = /[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001]/g;

/** The paragraphs of the Readability-style result. Linear in the page. */
export function readabilityStyle(blocks: Block[], elems: Elem[]): number[] {
  const n = elems.length;
  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  // link density of each element from prefix sums over its paragraphs
  const chars = new Float64Array(blocks.length + 1);
  const links = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    chars[i + 1] = (chars[i] as number) + b.chars;
    links[i + 1] = (links[i] as number) + b.linkChars;
  }
  const density = (e: Elem) => {
    const c = (chars[e.end] as number) - (chars[e.first] as number);
    return c ? ((links[e.end] as number) - (links[e.first] as number)) / c : 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.heading || b.text.length < rdMinLength) continue;
    const s = 1 + (b.text.match(commas)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3);
    // the paragraph's element is not a candidate; its ancestors are
    let a = (elems[b.owner] as Elem).parent;
    for (let level = 0; level < rdAncestors && a > 0; level++) {
      const e = elems[a] as Elem;
      if (e.name === 'body' || e.name === 'html') break;
      if (!scored[a]) {
        scored[a] = 1;
        score[a] = tagScore(e.name) + classWeight(e);
      }
      score[a]! += level === 0 ? s : level === 1 ? s / 2 : s / (level * 3);
      a = e.parent;
    }
  }
  let top = -1;
  let topScore = -Infinity;
  for (let i = 1; i < n; i++) {
    if (!scored[i]) continue;
    score[i] = (score[i] as number) * (1 - density(elems[i] as Elem));
    if ((score[i] as number) > topScore) {
      topScore = score[i] as number;
      top = i;
    }
  }
  if (top < 0) return [];
  // several near-best candidates under one ancestor (the posts of a thread, the boxes of a
  // page builder): that ancestor holds the content
  const alternatives: number[] = [];
  for (let i = 1; i < n; i++) if (i !== top && scored[i] && (score[i] as number) >= 0.75 * topScore) alternatives.push(i);
  if (alternatives.length >= rdAlternatives) {
    for (let a = (elems[top] as Elem).parent; a > 0; a = (elems[a] as Elem).parent) {
      const e = elems[a] as Elem;
      if (e.name === 'body' || e.name === 'html') break;
      let holds = 0;
      for (const k of alternatives) if (k > a && k < e.elemEnd) holds++;
      if (holds >= rdAlternatives) {
        top = a;
        break;
      }
    }
  }
  // a candidate that is its parent's only child: the parent is the same box
  for (let p = (elems[top] as Elem).parent; p > 0; p = (elems[p] as Elem).parent) {
    const pe = elems[p] as Elem;
    if (pe.name === 'body' || pe.elemEnd - p - 1 !== (elems[top] as Elem).elemEnd - top) break;
    top = p;
  }
  // siblings: those that score well, or paragraphs of prose
  const te = elems[top] as Elem;
  const base = Math.max(10, (score[top] as number) * 0.2);
  const parts: number[] = [];
  const parent = te.parent;
  if (parent <= 0) parts.push(top);
  else {
    const pe = elems[parent] as Elem;
    for (let c = parent + 1; c < pe.elemEnd; c = (elems[c] as Elem).elemEnd) {
      const ce = elems[c] as Elem;
      if (c === top) {
        parts.push(c);
        continue;
      }
      const bonus = ce.cls && ce.cls === te.cls ? (score[top] as number) * 0.2 : 0;
      if (scored[c] && (score[c] as number) + bonus >= base) parts.push(c);
      else if (ce.end - ce.first === 1 && !ce.furniture) {
        const b = blocks[ce.first] as Block;
        const ld = density(ce);
        if ((b.text.length > 80 && ld < 0.25) || (b.text.length > 0 && ld === 0 && /\.( |$)/.test(b.text))) parts.push(c);
      }
    }
  }
  const out: number[] = [];
  for (const at of parts) for (const i of inside(blocks, elems, at)) out.push(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// jusText-style: every paragraph classified on its own, then by its neighbours.

const jtLengthLow = 70;
const jtLengthHigh = 200;
const jtStopLow = 0.3;
const jtStopHigh = 0.32;
const jtMaxLinkDensity = 0.2;
const jtMaxHeadingDistance = 200;
/** The page's own function words: its most frequent word types, at most this many. */
const jtStopTypes = 40;

const wordPattern = /[\p{L}\p{N}]+/gu;

const enum Jt { Bad, Short, NearGood, Good }

/**
 * The page's own stop list: jusText reads a language's function words from a list; the words
 * a page repeats most are those function words in any language (Zipf), with no list to keep.
 */
function pageStopWords(blocks: Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) for (const w of b.text.toLowerCase().match(wordPattern) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = [...counts].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, jtStopTypes);
  return new Set(top.map(([w]) => w));
}

/** The paragraphs of the jusText-style result. */
export function justextStyle(blocks: Block[], elems: Elem[]): number[] {
  const stop = pageStopWords(blocks);
  const cls: Jt[] = blocks.map((b) => {
    const ld = b.chars ? b.linkChars / b.chars : 0;
    // furniture is pruned first (trafilatura cleans the tree before it calls jusText), but not
    // boxes named only for their format
    if (ld > jtMaxLinkDensity || (b.furn >= 0 && !(elems[b.furn] as Elem).formatOnly)) return Jt.Bad;
    const w = weight(b.text);
    const words = b.text.toLowerCase().match(wordPattern) ?? [];
    const density = words.length ? words.filter((x) => stop.has(x)).length / words.length : 0;
    if (w < jtLengthLow) return b.linkChars > 0 ? Jt.Bad : Jt.Short;
    if (density >= jtStopHigh) return w > jtLengthHigh ? Jt.Good : Jt.NearGood;
    if (density >= jtStopLow) return Jt.NearGood;
    return Jt.Bad;
  });
  // headings close before good text are near-good
  for (let i = 0; i < blocks.length; i++) {
    if (!(blocks[i] as Block).heading || cls[i] === Jt.Good) continue;
    let dist = 0;
    for (let j = i + 1; j < blocks.length && dist <= jtMaxHeadingDistance; j++) {
      if (cls[j] === Jt.Good) {
        cls[i] = Jt.NearGood;
        break;
      }
      dist += (blocks[j] as Block).text.length;
    }
  }
  const neighbour = (from: number, dir: number, ignoreNearGood: boolean, c: Jt[]): Jt => {
    for (let j = from + dir; j >= 0 && j < c.length; j += dir) {
      const v = c[j] as Jt;
      if (v === Jt.Bad || v === Jt.Good) return v;
      if (v === Jt.NearGood && !ignoreNearGood) return v;
    }
    return Jt.Bad;
  };
  const afterShort = cls.slice();
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] !== Jt.Short) continue;
    const p = neighbour(i, -1, true, cls);
    const n = neighbour(i, 1, true, cls);
    if (p === Jt.Good && n === Jt.Good) afterShort[i] = Jt.Good;
    else if (p === Jt.Bad && n === Jt.Bad) afterShort[i] = Jt.Bad;
    else afterShort[i] = neighbour(i, -1, false, cls) === Jt.NearGood || neighbour(i, 1, false, cls) === Jt.NearGood ? Jt.Good : Jt.Bad;
  }
  const out: number[] = [];
  for (let i = 0; i < afterShort.length; i++) {
    let v = afterShort[i] as Jt;
    if (v === Jt.NearGood) v = neighbour(i, -1, true, afterShort) === Jt.Bad && neighbour(i, 1, true, afterShort) === Jt.Bad ? Jt.Bad : Jt.Good;
    if (v === Jt.Good) out.push(i);
  }
  return out;
}
