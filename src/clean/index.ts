import type { Change, CleanContext, CleanPass, CleanRule } from '../types.js';
import { adMarker } from './ad-marker.js';
import { applyChanges, compose, composeRounds, distinct, resolve, type OffsetMap } from './apply.js';
import { boilerplate } from './boilerplate.js';
import { caption } from './caption.js';
import { headerBlock } from './header-block.js';
import { invisibleChar } from './invisible-char.js';
import { lineClassifier } from './line-classifier.js';
import { mixedScript } from './mixed-script.js';
import { mojibake } from './mojibake.js';
import { pageFurniture } from './page-furniture.js';
import { punctuationLine } from './punctuation-line.js';
import { Pass } from './pass.js';
import { repeatedLine } from './repeated-line.js';
import { strayPunctuation } from './stray-punctuation.js';
import { whitespace } from './whitespace.js';

/**
 * The cleaning rules in the order they win over each other where their changes overlap. A rule
 * sees (`sees`) only rules ranked before it. `whitespace` is not in it: it runs second, on the
 * result of these.
 */
export const contentRules: readonly CleanRule[] = [mojibake, invisibleChar, mixedScript, adMarker, headerBlock, caption, boilerplate, pageFurniture, repeatedLine, punctuationLine, strayPunctuation, lineClassifier];

/** Every cleaning rule: the cleaning stage's entries of the rule registry (pipeline/registry.ts). */
export const cleanRules: readonly CleanRule[] = [...contentRules, whitespace];

const byId: ReadonlyMap<string, CleanRule> = new Map(cleanRules.map((r) => [r.id, r]));

/**
 * What `rule` alone proposes on `text`, in a pass of its own: the rules it sees propose too,
 * whether enabled or not, as in `cleanText`.
 */
export function proposeAlone(rule: CleanRule, text: string, ctx: CleanContext): readonly Change[] {
  return new Pass(text, ctx, byId).proposed(rule);
}

/** What cleaning one text produces. */
export interface Cleaned {
  /** The cleaned text: paragraphs separated by one blank line, trimmed. */
  text: string;
  /** The changes, on the source text, sorted and non-overlapping. */
  changes: Change[];
  /** From cleaned-text offsets to source offsets. */
  map: OffsetMap;
  /** A pass over `text`: what a rule derived from it in the last round is derived once (`CleanPass.once`). */
  pass: CleanPass;
}

/**
 * Clean `source` (UTF-16 offsets throughout): 1. the content rules propose changes on the
 * source, 2. overlaps are resolved by rule order, 3. whitespace is normalized on the result,
 * 4. both are composed into one set of changes on the source, 5. which are applied once;
 * 6. rounds repeat on the result until nothing changes, composed into one set again.
 * `enabled` tells which rule ids run; `skip` drops changes (suppressed regions); `cut` is a
 * span taken out of the body that is not a cleaning change (a title below leading noise).
 */
export function cleanText(source: string, ctx: CleanContext, enabled: (id: string) => boolean, skip?: (c: Change) => boolean, cut?: Change): Cleaned {
  let round = cleanOnce(source, ctx, enabled, skip, cut);
  // The pass of a round that changed nothing was over the text that comes out.
  let last = round.changes.length === 0 ? round.pass : undefined;
  // 6. Until nothing changes: one rule's removal can make another rule's line ("(Photo: X)"
  //    gone leaves a caption line). A round whose changes cannot have made new work (whole
  //    lines removed, blanks normalized, punctuation repaired without a conflict) is the last.
  for (let n = 0; n < 3 && round.unsettled; n++) {
    const again = cleanOnce(round.text, ctx, enabled, skip ? (c) => skip({ ...c, start: round.map.toSource(c.start, 'start'), end: round.map.toSource(c.end, 'end') }) : undefined);
    if (again.changes.length === 0) {
      last = again.pass;
      break;
    }
    const changes = composeRounds(round.map, again.changes, round.text);
    const done = applyChanges(source, changes);
    round = { text: done.text, changes, map: done.map, pass: again.pass, unsettled: again.unsettled };
  }
  return { text: round.text, changes: round.changes, map: round.map, pass: last ?? new Pass(round.text, ctx, byId) };
}

function cleanOnce(source: string, ctx: CleanContext, enabled: (id: string) => boolean, skip?: (c: Change) => boolean, cut?: Change): Cleaned & { unsettled: boolean } {
  const rules = contentRules.filter((r) => enabled(r.id));
  const priority = new Map(rules.map((r, i) => [r.id, i]));
  // One pass: each rule proposes once, in rank order, and reads what the rules it sees proposed.
  const pass = new Pass(source, ctx, byId);
  let proposed = rules.flatMap((r) => pass.proposed(r));
  if (skip) proposed = proposed.filter((c) => !skip(c));
  // A cut (the title line, taken out of the body) wins over every rule.
  if (cut) {
    priority.set(cut.rule, -1);
    proposed.push(cut);
  }
  // Two rules proposing the same change agree: only changes that overlap differently conflict.
  proposed = distinct(proposed, priority);
  const kept = resolve(proposed, priority);
  // The line classifier reads a line's neighbours: a line removed whole by a rule it does not
  // see (page-furniture, header-block, …) changes what it reads, and the next round judges the
  // text without it, as cleaning the output again would.
  const regroups = ctx.plain === true && enabled(lineClassifier.id);
  const unsettled = kept.length < proposed.filter((c) => c.end > c.start).length || kept.some((c) => c !== cut && (mayMakeWork(source, c) || (regroups && unseenByClassifier(c))));
  const first = applyChanges(source, kept);
  let second = enabled(whitespace.id) ? [...new Pass(first.text, ctx, byId).proposed(whitespace)] : [];
  if (skip && second.length > 0) second = second.filter((c) => !skip({ ...c, start: first.map.toSource(c.start, 'start'), end: first.map.toSource(c.end, 'end') }));
  const changes = compose(first.map, second);
  const done = applyChanges(source, changes);
  return { text: done.text, changes, map: done.map, pass, unsettled };
}

/** A removal by a rule whose removals the line classifier does not read (not in its `sees`). */
function unseenByClassifier(c: Change): boolean {
  return c.replacement === '' && c.rule !== lineClassifier.id && !classifierSees.has(c.rule);
}
const classifierSees = new Set(lineClassifier.sees ?? []);

/**
 * Whether a change can leave work for another round: a removal inside a line that keeps other
 * text, or a repair that changes letters (mojibake, look-alikes). Removing a whole line and
 * repairing punctuation in place cannot make a new line or a new match for the rules.
 */
function mayMakeWork(text: string, c: Change): boolean {
  // A punctuation repair followed by more punctuation ("ended.. .") may make another.
  if (c.rule === strayPunctuation.id) return /^[ \t\u00a0]{0,8}[.,;:!?“”«»"]/u.test(text.slice(c.end, c.end + 12));
  if (c.replacement !== '') return true;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(lineStart, c.start).trim() !== '' || text.slice(c.end, lineEnd).trim() !== '';
}
