import type { Change } from '../types.js';
import { copyChange } from './util.js';

/**
 * Applying changes and keeping the way back to the source.
 *
 * Changes are proposed by several rules on the same text. `resolve` keeps a set that does not
 * overlap (on overlap the rule listed first wins, as in textlint's source-code-fixer), and
 * `OffsetMap` translates positions of the changed text back to positions of the original.
 */

/** A change that was accepted, with its place in the changed text. */
interface Placed extends Change {
  /** Start of `replacement` in the changed text. */
  out: number;
}

/**
 * Keep non-overlapping changes. `priority` maps a rule id to its rank (lower wins); changes
 * of one rank keep the earlier start. Zero-length changes are ignored (rules never insert).
 */
export function resolve(changes: readonly Change[], priority: ReadonlyMap<string, number>): Change[] {
  const rank = (c: Change) => priority.get(c.rule) ?? Number.MAX_SAFE_INTEGER;
  const sorted = changes
    .filter((c) => c.end > c.start)
    .slice()
    .sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end);
  const kept: Change[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
    } else if (rank(c) < rank(last)) {
      // The higher-ranked change replaces the one it overlaps; anything it now overlaps
      // further back was already checked against `last`, which started no later.
      kept.pop();
      while (kept.length > 0 && kept[kept.length - 1]!.end > c.start) kept.pop();
      kept.push(c);
    }
  }
  return kept;
}

/**
 * The changes without repeats: a change identical to one of a higher rank (same span, same
 * replacement; two rules that remove the same `[ad_1]` line) is the same decision, not a
 * conflict, and is dropped; the higher-ranked rule's id stays.
 */
export function distinct(changes: readonly Change[], priority: ReadonlyMap<string, number>): Change[] {
  const rank = (c: Change) => priority.get(c.rule) ?? Number.MAX_SAFE_INTEGER;
  const keys = changes.map((c) => `${c.start}:${c.end}:${c.replacement}`);
  const best = new Map<string, Change>();
  changes.forEach((c, i) => {
    const other = best.get(keys[i]!);
    if (other === undefined || rank(c) < rank(other)) best.set(keys[i]!, c);
  });
  return best.size === changes.length ? [...changes] : changes.filter((c, i) => best.get(keys[i]!) === c);
}

/** Apply sorted, non-overlapping changes; returns the new text and its map to the old one. */
export function applyChanges(text: string, changes: readonly Change[]): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const placed: Placed[] = [];
  let at = 0;
  let out = 0;
  for (const c of changes) {
    parts.push(text.slice(at, c.start));
    out += c.start - at;
    placed.push({ rule: c.rule, start: c.start, end: c.end, replacement: c.replacement, out, ...(c.reason ? { reason: c.reason } : {}) });
    parts.push(c.replacement);
    out += c.replacement.length;
    at = c.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), map: new OffsetMap(placed) };
}

/** Maps offsets of a changed text back to the text the changes were applied to. */
export class OffsetMap {
  readonly #placed: readonly Placed[];

  constructor(placed: readonly Placed[]) {
    this.#placed = placed;
  }

  /** Index of the last change placed at or before `offset` in the changed text, or -1. */
  #last(offset: number): number {
    const placed = this.#placed;
    let lo = 0;
    let hi = placed.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.out <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The changes, in order, with their place in the changed text. */
  get changes(): readonly Placed[] {
    return this.#placed;
  }

  /**
   * The original offset of changed-text offset `offset`. Inside a replacement, a start maps
   * to the start of the replaced span and an end to its end, so a span never shrinks.
   */
  toSource(offset: number, side: 'start' | 'end' = 'start'): number {
    const found = this.#last(offset);
    if (found < 0) return offset;
    const c = this.#placed[found]!;
    const replEnd = c.out + c.replacement.length;
    if (offset > replEnd) return c.end + (offset - replEnd);
    if (offset === replEnd) {
      // Right after a change: an end next to a deletion stops before the deleted text.
      return side === 'end' && c.replacement.length === 0 ? c.start : c.end;
    }
    if (side === 'start') return c.start;
    return offset === c.out ? c.start : c.end;
  }

  /**
   * Where each character of the changed text comes from: the original offset when it was
   * copied unchanged, or -1-k when it lies in the replacement of change k.
   */
  origin(offset: number): number {
    const found = this.#last(offset);
    if (found < 0) return offset;
    const c = this.#placed[found]!;
    const replEnd = c.out + c.replacement.length;
    if (offset < replEnd) return -1 - found;
    return c.end + (offset - replEnd);
  }
}

/**
 * Compose second-stage changes (made on the once-changed text) with the first-stage ones,
 * giving one set of changes on the original text. Second-stage changes must be deletions or
 * same-length substitutions (the whitespace rule makes only these), so each character maps
 * to exactly one original character or to one character of a first-stage replacement.
 */
export function compose(first: OffsetMap, second: readonly Change[]): Change[] {
  const firstChanges = first.changes.map(copyChange);
  // Per first-stage change: edits to its replacement, by character index.
  const touched = new Map<number, Map<number, string>>();
  const mapped: Change[] = [];
  for (const c of second) {
    const deletion = c.replacement.length === 0;
    if (!deletion && c.replacement.length !== c.end - c.start) {
      throw new Error(`compose: ${c.rule} made a change that is neither a deletion nor a substitution`);
    }
    for (let i = c.start; i < c.end; i++) {
      const to = deletion ? '' : c.replacement[i - c.start]!;
      const o = first.origin(i);
      if (o >= 0) {
        const last = mapped[mapped.length - 1];
        if (last && last.rule === c.rule && last.end === o && (last.replacement === '') === deletion) {
          last.end = o + 1;
          last.replacement += to;
        } else mapped.push({ rule: c.rule, start: o, end: o + 1, replacement: to });
      } else {
        const k = -1 - o;
        const edits = touched.get(k) ?? new Map<number, string>();
        edits.set(i - first.changes[k]!.out, to);
        touched.set(k, edits);
      }
    }
  }
  for (const [k, edits] of touched) {
    const c = firstChanges[k]!;
    c.replacement = c.replacement.split('').map((ch, i) => (edits.has(i) ? edits.get(i)! : ch)).join('');
  }
  return [...firstChanges, ...mapped].sort((a, b) => a.start - b.start);
}

/**
 * Compose a later round of changes (made on the text the first round produced) with the first
 * round, giving one set of changes on the original text. A later removal around first-round
 * removals leaves them as they are, each under its own rule, and removes the rest under its
 * own. A later change that touches a first-round edit absorbs it: the merged change covers both
 * and takes the later rule, since the later decision is the one that stands (a mojibake repair
 * inside a line that round two removes as a caption: one caption removal over all of it).
 */
export function composeRounds(first: OffsetMap, later: readonly Change[], firstText: string): Change[] {
  const placed = first.changes;
  const result: Change[] = [];
  let k = 0; // next first-round change not yet emitted
  // Round-one changes still open for merging with the next later change.
  for (const c of later) {
    let start = first.toSource(c.start, 'start');
    let end = first.toSource(c.end, 'end');
    let outStart = c.start;
    let outEnd = c.end;
    // Emit the first-round changes that end before this one starts.
    while (k < placed.length && placed[k]!.end <= start && !(placed[k]!.end === start && placed[k]!.start === start)) result.push(copyChange(placed[k++]!));
    // Absorb every first-round change that overlaps (or sits inside) this one.
    const absorbed: Placed[] = [];
    while (k < placed.length && placed[k]!.start < end) {
      const p = placed[k++]!;
      absorbed.push(p);
      start = Math.min(start, p.start);
      end = Math.max(end, p.end);
      outStart = Math.min(outStart, p.out);
      outEnd = Math.max(outEnd, p.out + p.replacement.length);
    }
    if (c.replacement === '' && absorbed.length > 0 && absorbed.every((p) => p.replacement === '' || (p.out >= c.start && p.out + p.replacement.length <= c.end))) {
      // Removals around removals: each keeps its rule ("(Photo: Reuters)" removed in round one
      // stays a caption removal when round two removes the blank line around it). An edit of
      // round one whose output this removal takes whole is removed with it, under its rule.
      let at = start;
      for (const p of absorbed) {
        if (p.replacement !== '') continue;
        if (p.start > at) result.push({ rule: c.rule, start: at, end: p.start, replacement: '', ...(c.reason ? { reason: c.reason } : {}) });
        result.push(copyChange(p));
        at = Math.max(at, p.end);
      }
      if (end > at) result.push({ rule: c.rule, start: at, end, replacement: '', ...(c.reason ? { reason: c.reason } : {}) });
      continue;
    }
    const replacement = firstText.slice(outStart, c.start) + c.replacement + firstText.slice(c.end, outEnd);
    const last = result[result.length - 1];
    if (last && last.end > start) {
      // Two later changes absorbed the same first-round change: join them.
      last.end = Math.max(last.end, end);
      last.replacement += replacement;
    } else result.push({ rule: c.rule, start, end, replacement, ...(c.reason ? { reason: c.reason } : {}) });
  }
  while (k < placed.length) result.push(copyChange(placed[k++]!));
  return result.sort((a, b) => a.start - b.start);
}

