/**
 * Rule contracts shared by the cleaning and detection stages. Kept apart from types.ts so
 * that the detect and pipeline branches merge without conflicts.
 */
import type { Change, Severity } from './types.js';

/** Registry metadata of a rule. */
export interface RuleInfo { id: string; stage: 'clean' | 'detect' | 'both'; severity: Severity; fixable: boolean; summary: string; url: string; }
/** A cleaning rule: proposes changes on the text it is given. */
export interface CleanRule extends RuleInfo { propose(text: string, ctx: CleanContext): Change[]; }
/**
 * What a cleaning rule may read besides the text: lists from the configuration; the document's
 * title when known; `continues` when the text is a piece of a document that goes on after it;
 * `plain` when the text's lines are the document's own (plain text, a JSON text field,
 * Markdown), not paragraphs an HTML extractor chose; `repeated`: what repeats across the site.
 */
export interface CleanContext { markers: string[]; boilerplate: string[]; title?: string; continues?: boolean; plain?: boolean; repeated?: RepeatedSite; }

/** What `repeated-line` knows of the document's site: its documents and the keys that recur in them (see src/repeated/). */
export interface RepeatedSite { site: string; documents: number; lines: Readonly<Record<string, number>>; }

/** The pseudo-rule of a title line cut out of a plain-text body: never reported, the title is in `title`. */
export const titleCutRule = '(title)';
