import { cleanRules } from '../clean/index.js';
import { detectRules } from '../detect/index.js';
import { encodingRule, markdownFallbackRule } from '../record/index.js';
import type { RuleInfo } from '../types.js';
import { ruleUrl } from '../clean/util.js';

/** U+FFFD in the source: bytes that did not decode. Reported by the output stage. */
const encoding: RuleInfo = {
  id: encodingRule,
  stage: 'detect',
  severity: 'error',
  fixable: false,
  summary: 'Bytes that were not valid in the file’s encoding (U+FFFD replacement characters)',
  url: ruleUrl(encodingRule),
};

/** Markdown read as plain text: its shape is one the parser cannot read in linear time. Reported by the output stage. */
const markdownFallback: RuleInfo = {
  id: markdownFallbackRule,
  stage: 'detect',
  severity: 'warning',
  fixable: false,
  summary: 'Markdown read as plain text: nested hundreds deep or thousands of emphasis delimiters, a shape the parser cannot read in linear time',
  url: ruleUrl(markdownFallbackRule),
};

/** Every rule, cleaning first then detectors: the one list that `unscrape rules` prints. */
export const allRules: readonly RuleInfo[] = [
  ...cleanRules.map(({ id, stage, severity, fixable, summary, url }) => ({ id, stage, severity, fixable, summary, url })),
  ...detectRules.filter((d) => !cleanRules.some((c) => c.id === d.id)),
  encoding,
  markdownFallback,
];

/** Rule ids, for validating configuration. */
export const ruleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.id));
