/**
 * duplicate-paragraph: a paragraph that repeats an earlier one (a title or lead scraped
 * twice), or a truncated lead followed by the full paragraph ("More than one hundred
 * current and former…" then the whole lead).
 *
 * Notes:
 * - Short paragraphs (under 6 words: "Photo: AP", "Read more", "***") repeat legitimately
 *   in real pages and are ignored.
 * - Comparison ignores case, spacing, typographic quotes and trailing ellipses/periods.
 * - A prefix counts only if it has 6+ words and the longer paragraph follows within the
 *   next three paragraphs: a lead quoted again at the end of a long article is not a
 *   truncation.
 * - Exact duplicates are found with a Map (linear in the document).
 */
import type { VFile } from 'vfile';
import type { Detector, ParagraphSpan } from './types.js';
import { report, ruleInfo } from './util.js';

const ID = 'duplicate-paragraph';
const MIN_WORDS = 6;
const LOOKAHEAD = 3;

function normalize(s: string): string {
  return s.toLowerCase().replace(/[“”„«»"]/g, '"').replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ').replace(/(?:\s*(?:\.\.\.|…|\.|\[\.\.\.\]))+\s*$/u, '').trim();
}

function check(file: VFile, paragraphs: ReadonlyArray<ParagraphSpan>): void {
  const text = String(file.value);
  const norms = paragraphs.map((p) => normalize(text.slice(p.start, p.end)));
  const elided = paragraphs.map((p) => /(?:\.\.\.|…)\s*$/u.test(text.slice(p.start, p.end)));
  const words = norms.map((n) => (n.match(/[\p{L}\d]+/gu) ?? []).length);
  const seen = new Map<string, number>();
  const reported = new Set<number>();
  norms.forEach((n, i) => {
    if (words[i]! < MIN_WORDS) return;
    const first = seen.get(n);
    if (first === undefined) { seen.set(n, i); return; }
    reported.add(i);
    const p = paragraphs[i]!;
    report(file, {
      ruleId: ID, start: p.start, end: p.end,
      reason: `Paragraph repeats paragraph ${first + 1} (“${excerpt(text, paragraphs[first]!)}”)`,
    });
  });
  norms.forEach((n, i) => {
    if (words[i]! < MIN_WORDS || reported.has(i)) return;
    for (let k = i + 1; k <= i + LOOKAHEAD && k < norms.length; k++) {
      const full = norms[k]!;
      if (full.length > n.length && full.startsWith(n) && (elided[i] || /[^\p{L}\d]/u.test(full[n.length]!))) {
        const p = paragraphs[i]!;
        report(file, {
          ruleId: ID, start: p.start, end: p.end,
          reason: `Truncated copy of paragraph ${k + 1} (“${excerpt(text, paragraphs[k]!)}”)`,
            });
        return;
      }
    }
  });
}

function excerpt(text: string, p: ParagraphSpan): string {
  const s = text.slice(p.start, p.end);
  return s.length <= 50 ? s : s.slice(0, 50).replace(/\s+\S*$/, '') + '…';
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'warning', true, 'a title or lead repeated, a truncated lead followed by the full one'),
  englishOnly: false,
  document: check,
};
export default detector;
