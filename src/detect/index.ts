// Placeholder until the detectors branch lands: same interface, no rules.
import type { RawFinding, RuleLevel, Severity } from '../types.js';

/** Registry metadata of every detector. */
export const detectRules: ReadonlyArray<{ id: string; stage: 'detect' | 'both'; severity: Severity; fixable: boolean; summary: string; url: string }> = [];

/** Build once per worker; call per document. */
export function createDetector(_levels: Record<string, RuleLevel> = {}): (text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>) => { lang: string; findings: RawFinding[] } {
  return () => ({ lang: 'und', findings: [] });
}
