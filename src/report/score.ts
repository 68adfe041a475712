/**
 * The "likely machine-translated" score of a site: one number from 0 to 100 out of the rates of
 * the translation-artifact rules, documented in README.md ("unscrape report").
 *
 *   weighted = Σ over the rules below of (errors + warnings) + ¼ × infos
 *   rate     = 1000 × weighted / (sentences + 40)
 *   score    = round(100 × (1 − e^(−rate / 100)))
 *
 * The 40 sentences added to the count pull a site seen in one short document toward 0: a single
 * finding in a 40-sentence article is a rate of 12.5 and a score of 12, not an alarm. A rate of 100
 * weighted findings per 1000 sentences (one every ten sentences) scores 63, 200 scores 86.
 * Calibrated on ../shared: the native news of fundus-news and the article-extraction benchmark
 * score low (see README for the figures); the example article, translated from Ukrainian, high.
 */
import type { BySeverity } from '../record/summary.js';

/**
 * The rules whose findings are typical of machine translation (calques, Russian verb
 * complements, pronoun agreement and grammatical gender, transliteration variants, untranslated words, look-alike
 * letters, doubled phrases). Not counted: repeated-word, unbalanced-quote, duplicate-paragraph
 * and encoding, which native sites and scrapers produce as often.
 */
export const translationRules: readonly string[] = [
  'calque', 'verb-pattern', 'pronoun-number', 'pronoun-gender', 'pleonastic-pronoun', 'name-variant', 'untranslated', 'mixed-script', 'repeated-phrase',
];

const infoWeight = 0.25;
const priorSentences = 40;
const scale = 100;

/** Weighted translation-artifact findings (see the module comment). */
export function weightedFindings(findings: ReadonlyMap<string, BySeverity> | Record<string, BySeverity>): number {
  let w = 0;
  for (const rule of translationRules) {
    const c = findings instanceof Map ? findings.get(rule) : (findings as Record<string, BySeverity>)[rule];
    if (c) w += c[0] + c[1] + infoWeight * c[2];
  }
  return w;
}

/** The score from 0 to 100 of `weighted` findings over `sentences` sentences. */
export function machineTranslatedScore(weighted: number, sentences: number): number {
  const rate = (1000 * weighted) / (sentences + priorSentences);
  return Math.round(100 * (1 - Math.exp(-rate / scale)));
}
