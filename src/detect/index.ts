/**
 * Detection stage: the registry of translation-artifact detectors and the per-document
 * runner. Each paragraph is parsed once with retext-english; every enabled paragraph rule
 * runs on that tree. Document rules (duplicate-paragraph, name-variant) see all paragraphs.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { RawFinding, RuleLevel, Severity } from '../types.js';
import type { Detector, ParagraphSpan, Transformer } from './types.js';
import { detectLanguage } from './lang.js';
import pronounNumber from './pronoun-number.js';
import pronounGender from './pronoun-gender.js';
import pleonasticPronoun from './pleonastic-pronoun.js';
import calque from './calque.js';
import verbPattern from './verb-pattern.js';
import repeatedPhrase from './repeated-phrase.js';
import repeatedWord from './repeated-word.js';
import duplicateParagraph from './duplicate-paragraph.js';
import nameVariant from './name-variant.js';
import untranslated from './untranslated.js';
import mixedScript from './mixed-script.js';
import unbalancedQuote from './unbalanced-quote.js';

/** Every detector, in reporting order. */
const detectors: ReadonlyArray<Detector> = [
  pronounNumber, pronounGender, pleonasticPronoun, calque, verbPattern, repeatedPhrase, repeatedWord,
  duplicateParagraph, nameVariant, untranslated, mixedScript, unbalancedQuote,
];

/** Registry metadata of every detector (the one list). */
export const detectRules: ReadonlyArray<{ id: string; stage: 'detect' | 'both'; severity: Severity; fixable: boolean; summary: string; url: string }> =
  detectors.map((d) => ({ ...d.info }));

/** Languages on which the English-only detectors run ("und": too short to tell). */
const ENGLISH = new Set(['en', 'und']);
const HAS_LETTER = /\p{L}/u;
/** The tree handed to text-only rules when no rule needed a parse. */
const EMPTY: Root = { type: 'RootNode', children: [] };

/** Build once per worker (processor, lists); call per document. */
export function createDetector(
  levels: Record<string, RuleLevel> = {},
): (text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, lang?: string) => { lang: string; findings: RawFinding[] } {
  const active = detectors.filter((d) => (levels[d.info.id] ?? d.info.severity) !== 'off');
  const levelOf = (id: string): Severity => {
    const l = levels[id];
    return l === undefined || l === 'off' ? severityOf(id) : l;
  };
  const parser = unified().use(retextEnglish).freeze();
  const paragraphRules = active.filter((d) => d.plugin).map((d) => ({ d, run: d.plugin!() as Transformer }));
  const documentRules = active.filter((d) => d.document);
  const rawRules = active.filter((d) => d.raw && !d.englishOnly);

  // `known`: the document's language when this text is a piece of it (see large.ts).
  return (text, paragraphs, known) => {
    const lang = known ?? detectLanguage(text);
    const english = ENGLISH.has(lang);
    const findings: RawFinding[] = [];
    const collect = (file: VFile, base: number): void => {
      for (const m of file.messages) {
        const start = (m.place && 'start' in m.place ? m.place.start.offset : m.place?.offset) ?? 0;
        const end = (m.place && 'end' in m.place ? m.place.end.offset : undefined) ?? start;
        const rule = m.ruleId ?? 'unknown';
        const finding: RawFinding = {
          rule, severity: m.fatal === undefined ? 'info' : levelOf(rule),
          start: base + start, end: base + end, message: m.reason,
        };
        if (m.expected && m.expected[0] !== undefined) finding.suggestion = m.expected[0];
        findings.push(finding);
      }
    };

    const perParagraph = english ? paragraphRules : [];
    const due: typeof paragraphRules = [];
    unitsOf(text, paragraphs).forEach((p, k, units) => {
      const value = text.slice(p.start, p.end);
      if (!HAS_LETTER.test(value)) return;
      let needsTree = false;
      if (perParagraph.length > 0) {
        // Prefilters first: a paragraph that no rule may report on gets no file and no parse.
        due.length = 0;
        for (const r of perParagraph) {
          if (r.d.gate && !r.d.gate(value)) continue;
          due.push(r);
          if (!r.d.textOnly) needsTree = true;
        }
        if (due.length === 0) return;
      }
      const file = new VFile({ value });
      const previous = units[k - 1];
      file.data.before = previous ? text.slice(previous.start, previous.end) : '';
      if (perParagraph.length > 0) {
        const tree = needsTree ? (parser.parse(file) as Root) : EMPTY;
        for (const r of due) r.run(tree, file);
      } else {
        for (const r of rawRules) r.raw!(file);
      }
      if (file.messages.length > 0) collect(file, p.start);
    });
    const docFile = new VFile({ value: text });
    for (const d of documentRules) if (english || !d.englishOnly) d.document!(docFile, paragraphs as ReadonlyArray<ParagraphSpan>);
    collect(docFile, 0);
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { lang, findings };
  };
}

/**
 * The longest span the paragraph rules get at once. A text with no blank lines (one paragraph
 * per line, a common scrape) is one paragraph, and parse-latin's tree passes slow down on a huge
 * one, in time and memory (docs/performance.md). News paragraphs are far shorter (the longest of the extraction benchmark's 3,888 has 2,246 characters).
 */
const maxUnit = 16_384;
/** Where a long paragraph is cut: after a line break, else after a sentence end. */
const lineBreak = /\n/g;
const sentenceBreak = /[.!?…]["”’»)]*\s+/g;

/**
 * The spans the paragraph rules run on: the paragraphs, a longer one cut into pieces of at most
 * `maxUnit` characters at its last line break (else sentence end, else blank) before the limit.
 * The document rules still see whole paragraphs.
 */
export function unitsOf(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  if (paragraphs.every((p) => p.end - p.start <= maxUnit)) return paragraphs as Array<{ start: number; end: number }>;
  const units: Array<{ start: number; end: number }> = [];
  for (const p of paragraphs) {
    let start = p.start;
    while (p.end - start > maxUnit) {
      const cut = lastBreak(text, start, start + maxUnit);
      units.push({ start, end: cut.end });
      start = cut.next;
    }
    if (p.end > start) units.push({ start, end: p.end });
  }
  return units;
}

/** The last place in [from, to) to cut a paragraph: the unit ends at `end`, the next starts at `next`. */
function lastBreak(text: string, from: number, to: number): { end: number; next: number } {
  const window = text.slice(from, to);
  for (const re of [lineBreak, sentenceBreak, /\s+/g]) {
    let last: RegExpExecArray | undefined;
    re.lastIndex = window.length >> 1;
    for (let m = re.exec(window); m; m = re.exec(window)) last = m;
    if (last) {
      const trimmed = last[0].trimEnd();
      return { end: from + last.index + trimmed.length, next: from + last.index + last[0].length };
    }
  }
  // No blank in the second half: cut at the limit, not inside a surrogate pair.
  const at = to > from + 1 && /[\ud800-\udbff]/.test(text[to - 1]!) ? to - 1 : to;
  return { end: at, next: at };
}

function severityOf(id: string): Severity {
  return detectors.find((d) => d.info.id === id)?.info.severity ?? 'warning';
}
