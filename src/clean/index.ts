import type { Change } from '../types.js';
import type { CleanContext, CleanRule } from '../rule-types.js';
import { adMarker } from './ad-marker.js';
import { applyChanges, compose, resolve, type OffsetMap } from './apply.js';
import { boilerplate } from './boilerplate.js';
import { caption } from './caption.js';
import { invisibleChar } from './invisible-char.js';
import { mixedScript } from './mixed-script.js';
import { mojibake } from './mojibake.js';
import { strayPunctuation } from './stray-punctuation.js';
import { whitespace } from './whitespace.js';

/**
 * The cleaning rules in the order they win over each other where their changes overlap.
 * `whitespace` is not in it: it runs second, on the result of these.
 */
export const contentRules: readonly CleanRule[] = [mojibake, invisibleChar, mixedScript, adMarker, boilerplate, caption, strayPunctuation];

/** Every cleaning rule, for the registry. */
export const cleanRules: readonly CleanRule[] = [...contentRules, whitespace];

/** What cleaning one text produces. */
export interface Cleaned {
  /** The cleaned text: paragraphs separated by one blank line, trimmed. */
  text: string;
  /** The changes, on the source text, sorted and non-overlapping. */
  changes: Change[];
  /** From cleaned-text offsets to source offsets. */
  map: OffsetMap;
}

/**
 * Clean `source` (UTF-16 offsets throughout): 1. the content rules propose changes on the
 * source, 2. overlaps are resolved by rule order, 3. whitespace is normalized on the result,
 * 4. both are composed into one set of changes on the source, 5. which are applied once.
 * `enabled` tells which rule ids run.
 */
export function cleanText(source: string, ctx: CleanContext, enabled: (id: string) => boolean, skip?: (c: Change) => boolean): Cleaned {
  const rules = contentRules.filter((r) => enabled(r.id));
  const priority = new Map(rules.map((r, i) => [r.id, i]));
  let proposed = rules.flatMap((r) => r.propose(source, ctx));
  if (skip) proposed = proposed.filter((c) => !skip(c));
  const first = applyChanges(source, resolve(proposed, priority));
  let second = enabled('whitespace') ? whitespace.propose(first.text, ctx) : [];
  if (skip && second.length > 0) second = second.filter((c) => !skip({ ...c, start: first.map.toSource(c.start, 'start'), end: first.map.toSource(c.end, 'end') }));
  const changes = compose(first.map, second);
  const done = applyChanges(source, changes);
  return { text: done.text, changes, map: done.map };
}
