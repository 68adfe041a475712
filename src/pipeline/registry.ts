/**
 * The rule registry: every rule's info in one list, read by `unscrape rules`, docs/rules.md's
 * table, the reporters, `check`'s messages and the configuration's validation.
 *
 * Each rule declares its info in its own module (a `CleanRule` in clean/, a `Detector`'s `info`
 * in detect/; mixed-script's two halves share one declaration in shared/mixed-script.ts); its
 * place in clean/index.ts's `cleanRules`, detect/index.ts's `detectors` or record/index.ts's
 * `recordRules` (the checks the record makes itself) is its entry. This
 * module assembles them, adds what is built the same way for all (the docs URL), declares the
 * pseudo-rules (ids that are not rules a user configures), checks the whole at load, and resolves
 * a rule's level (`levelOf`), the one place that does.
 */
import { cleanRules } from '../clean/index.js';
import { detectors } from '../detect/index.js';
import { recordRules } from '../record/index.js';
import { titleCutRule, type RuleInfo, type RuleLevel } from '../types.js';

/** A registered rule: its declared info and the link to its documentation. */
export interface Rule extends RuleInfo {
  url: string;
}

/** The one way a rule's documentation link is built: its `## id` section of docs/rules.md. */
export function ruleUrl(id: string): string {
  return `https://github.com/unscrape/unscrape/blob/main/docs/rules.md#${id}`;
}

/** The info as listed (key order fixed: `unscrape rules --format json` prints it). */
function registered(info: RuleInfo): Rule {
  const rule: Rule = { id: info.id, stage: info.stage, severity: info.severity, fixable: info.fixable, summary: info.summary, url: ruleUrl(info.id) };
  if (info.label !== undefined) rule.label = info.label;
  if (info.languages !== undefined) rule.languages = info.languages;
  return rule;
}

/**
 * Assemble the declarations: a rule both stages act on (mixed-script) must be one declaration
 * (shared/mixed-script.ts), every id once, a rule that changes text has the label its messages use.
 */
function assemble(declared: readonly RuleInfo[]): Rule[] {
  const seen = new Map<string, RuleInfo>();
  const rules: Rule[] = [];
  for (const info of declared) {
    const before = seen.get(info.id);
    if (before) {
      // One declaration spread into both halves: the same fields, stage 'both'.
      if (info.stage !== 'both' || JSON.stringify(registered(before)) !== JSON.stringify(registered(info))) throw new Error(`rule registry: "${info.id}" is declared twice`);
      continue;
    }
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(info.id)) throw new Error(`rule registry: "${info.id}" is not a rule id (lower-case words joined by "-")`);
    if (info.fixable && !info.label) throw new Error(`rule registry: "${info.id}" changes text but has no label for its messages`);
    seen.set(info.id, info);
    rules.push(registered(info));
  }
  return rules;
}

/** Every rule, cleaning first (in rank order) then detectors, then the record's: the list `unscrape rules` prints. */
export const allRules: readonly Rule[] = assemble([...cleanRules, ...detectors.map((d) => d.info), ...recordRules]);

/** Rule ids, for validating the configuration (`rules` in a config file, `--rule`). */
export const ruleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.id));

/** The pseudo-rule of a document that could not be read or processed: one `check` problem, never configured. */
export const documentRule: Rule = {
  id: 'document',
  stage: 'detect',
  severity: 'error',
  fixable: false,
  summary: 'The document could not be read or processed (binary, undecodable, malformed JSON, too large)',
  url: 'https://github.com/unscrape/unscrape#unscrape-check',
};

/**
 * Ids the pipeline uses that are not rules: `document` (a failed document in `check`) and
 * `(title)` (a plain text's title line cut out of the body: a change that is never reported,
 * the title is in `title`). Neither can be configured.
 */
export const pseudoRules: ReadonlyMap<string, string> = new Map([
  [documentRule.id, documentRule.summary],
  [titleCutRule, 'A plain text’s title line, cut out of the body into `title`; never reported'],
]);

const byId = new Map(allRules.map((r) => [r.id, r]));

/** A registered rule by id (undefined for a pseudo-rule or an unknown id). */
export function ruleOf(id: string): Rule | undefined {
  return byId.get(id);
}

/** The level a rule reports at: the configured one, else its default severity. */
export function levelOf(id: string, levels: Readonly<Record<string, RuleLevel>>): RuleLevel {
  return levels[id] ?? byId.get(id)?.severity ?? 'warning';
}
