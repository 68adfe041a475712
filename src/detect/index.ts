/**
 * Detection stage: the detectors (this module's list is their place in the registry) and the
 * per-document runner. A detector says what it needs (detect/types.ts): a paragraph's text, its
 * retext-english tree, or the whole document. Each paragraph is parsed at most once, and only
 * when a detector that needs the tree is due on it (its gate let the paragraph through) and
 * reads the tree.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import type { RawFinding, RuleLevel } from '../types.js';
import type { Detector, DocumentDetector, Report, TextDetector, TreeDetector, TreeUnit } from './types.js';
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

/** Every detector, in reporting order: the detection stage's entries of the rule registry. */
export const detectors: ReadonlyArray<Detector> = [
  pronounNumber, pronounGender, pleonasticPronoun, calque, verbPattern, repeatedPhrase, repeatedWord,
  duplicateParagraph, nameVariant, untranslated, mixedScript, unbalancedQuote,
];

const hasLetter = /\p{L}/u;

/**
 * A paragraph as the tree detectors read it: its tree parsed when first read, once. A class, not
 * an object literal with a getter: V8 builds such a literal slowly, and one was built for every
 * paragraph a detector's gate let through.
 */
class ParagraphUnit implements TreeUnit {
  private parsed: Root | undefined;
  constructor(readonly text: string, readonly before: string, private readonly parser: { parse(text: string): unknown }) {}
  get tree(): Root {
    return (this.parsed ??= this.parser.parse(this.text) as Root);
  }
}

/** Whether a detector runs on a document of language `lang` ("und": too short to tell, so every language). */
function runsOn(d: Detector, lang: string): boolean {
  const languages = d.info.languages;
  return languages === undefined || lang === 'und' || languages.includes(lang);
}

/**
 * A detector as the runner calls it: its rule id and level read once, not for every paragraph
 * (the detectors are objects of many shapes, and their level a function of the settings).
 */
interface Runner<D extends Detector> { detector: D; id: string; severity: RawFinding['severity'] }

/** The detectors due on one language, split by what they need. */
interface Plan { paragraph: Array<Runner<TextDetector | TreeDetector> & { gate: ((paragraph: string) => boolean) | undefined }>; document: Array<Runner<DocumentDetector>> }

/**
 * Build once per worker (parser, plans); call per document. `level` is the configured level of
 * each rule (pipeline/registry.ts's `levelOf`): a rule that is off does not run.
 */
export function createDetector(
  level: (id: string) => RuleLevel,
): (text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, lang?: string) => { lang: string; findings: RawFinding[] } {
  const active = detectors.filter((d) => level(d.info.id) !== 'off');
  const severityOf = new Map(active.map((d) => [d, level(d.info.id) as RawFinding['severity']]));
  const parser = unified().use(retextEnglish).freeze();
  const plans = new Map<string, Plan>();
  const planFor = (lang: string): Plan => {
    let plan = plans.get(lang);
    if (!plan) {
      const due = active.filter((d) => runsOn(d, lang));
      const paragraph: Plan['paragraph'] = [];
      const document: Plan['document'] = [];
      for (const d of due) {
        const runner = { id: d.info.id, severity: severityOf.get(d)! };
        if (d.needs === 'document') document.push({ detector: d, ...runner });
        else paragraph.push({ detector: d, ...runner, gate: d.gate });
      }
      plan = { paragraph, document };
      plans.set(lang, plan);
    }
    return plan;
  };

  // One reporter for every detector: it reads which rule is running and where its unit starts.
  let findings: RawFinding[] = [];
  let rule = '';
  let severity: RawFinding['severity'] = 'warning';
  let base = 0;
  const report = (r: Report): void => {
    const finding: RawFinding = { rule, severity: r.info ? 'info' : severity, start: base + r.start, end: base + r.end, message: r.message };
    if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
    findings.push(finding);
  };
  const running = (r: Runner<Detector>, at: number): void => {
    rule = r.id;
    severity = r.severity;
    base = at;
  };

  // `known`: the document's language when this text is a piece of it (see large.ts).
  return (text, paragraphs, known) => {
    const lang = known ?? detectLanguage(text);
    const plan = planFor(lang);
    findings = [];
    const due: Plan['paragraph'] = [];
    if (plan.paragraph.length > 0) {
      unitsOf(text, paragraphs).forEach((p, k, units) => {
        const value = text.slice(p.start, p.end);
        if (!hasLetter.test(value)) return;
        // Gates first: a paragraph that no detector may report on is not parsed.
        due.length = 0;
        for (const r of plan.paragraph) {
          if (r.gate && !r.gate(value)) continue;
          due.push(r);
        }
        if (due.length === 0) return;
        const previous = units[k - 1];
        const before = previous ? text.slice(previous.start, previous.end) : '';
        // The tree is parsed when a detector first reads it, once: a detector whose own tests
        // fail before it reads the tree (pronoun-number's text-only checks) costs no parse.
        const unit = new ParagraphUnit(value, before, parser);
        for (const r of due) {
          running(r, p.start);
          const d = r.detector;
          if (d.needs === 'tree') d.check(unit, report);
          else d.check({ text: value, before }, report);
        }
      });
    }
    for (const r of plan.document) {
      running(r, 0);
      r.detector.check({ text, paragraphs }, report);
    }
    const out = findings;
    findings = [];
    out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { lang, findings: out };
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
