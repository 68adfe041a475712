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
 *   truncation. Unless the short one ends in an ellipsis, the longer one must be prose (a
 *   sentence end): product headings over their variants are not truncated leads.
 * - A repeat counts near its first copy (within three paragraphs) or when the first copy is
 *   at the top of the article (title, lead): identical list items far apart in a recipe or
 *   product page are content. Number-heavy lines and tweet credits ("— The Senate
 *   (@NGRSenate) October 9, 2018") are never reported.
 * - Exact duplicates are found with a Map (linear in the document).
 */
import type { DocumentDetector, DocumentUnit, ParagraphSpan, Reporter } from './types.js';

const ruleId = 'duplicate-paragraph';
const minWords = 6;
const lookahead = 3;
/** Paragraphs at the top of the article: title, lead and the scraped copies of them. */
const topParagraphs = 3;
/** Characters compared before normalising (shorter than any 6-word paragraph). */
const keyLength = 16;
const wordPattern = /[\p{L}\d]+/gu;

/** Recipe lines, tables and credits: many numbers among few words. */
function listLike(n: string): boolean {
  const tokens = n.match(wordPattern) ?? [];
  const digits = tokens.filter((t) => /^\d/.test(t)).length;
  return digits * 5 >= tokens.length || /^[—–-]/.test(n);
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[“”„«»"]/g, '"').replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ').replace(/(?:\s*(?:\.\.\.|…|\.|\[\.\.\.\]))+\s*$/u, '').trim();
}

/** A paragraph as this rule compares it. */
interface Row {
  /** Normalised text, or '' when no other paragraph starts like it. */
  norm: string;
  words: number;
  /** Ends with an ellipsis. */
  elided: boolean;
}

/*
 * Plain loops over one array of rows: V8 optimises this function once. With an array per
 * property built by map() and `(match() ?? []).length`, arrays of several element kinds reached it and
 * each new kind threw the optimised code away (three recompilations per worker).
 */
function check({ text, paragraphs }: DocumentUnit, report: Reporter): void {
  if (paragraphs.length < 2) return;
  // Only paragraphs that share their first characters with another can be copies: a cheap
  // key decides which ones are normalised at all.
  const keyOf = (p: ParagraphSpan): string => text.slice(p.start, Math.min(p.end, p.start + keyLength)).toLowerCase();
  const keyCount = new Map<string, number>();
  for (const p of paragraphs) { const k = keyOf(p); keyCount.set(k, (keyCount.get(k) ?? 0) + 1); }
  const rows: Row[] = [];
  for (const p of paragraphs) {
    const value = text.slice(p.start, p.end);
    const norm = keyCount.get(keyOf(p))! > 1 ? normalize(value) : '';
    // /(?:\.\.\.|…)\s*$/ without the regex, which V8 would try at every position: trimEnd
    // removes exactly the characters \s matches.
    const end = value.trimEnd();
    rows.push({ norm, words: norm.match(wordPattern)?.length ?? 0, elided: end.endsWith('...') || end.endsWith('…') });
  }
  const seen = new Map<string, number>();
  const reported = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const n = rows[i]!.norm;
    if (rows[i]!.words < minWords) continue;
    const first = seen.get(n);
    if (first === undefined) { seen.set(n, i); continue; }
    // A scraped title or lead repeats near its first copy or at the top of the article;
    // identical list items far apart ("1 cup spinach, …", product features) are content.
    if (i - first > lookahead && first >= topParagraphs) continue;
    if (listLike(n)) continue;
    reported.add(i);
    const p = paragraphs[i]!;
    report({
      start: p.start, end: p.end,
      message: `Paragraph repeats paragraph ${first + 1} (“${excerpt(text, paragraphs[first]!)}”)`,
    });
  }
  for (let i = 0; i < rows.length; i++) {
    const { norm: n, words, elided } = rows[i]!;
    if (words < minWords || reported.has(i)) continue;
    for (let k = i + 1; k <= i + lookahead && k < rows.length; k++) {
      const full = rows[k]!.norm;
      // A lead is prose: "Apple AirPods with Wireless Charging Case" before "… Case (Latest
      // Model)" is a product heading over its variant, not a truncated lead.
      const prose = /[.!?]["”»’)]?(?:\s|$)/u.test(full);
      if (full.length > n.length && full.startsWith(n) && (elided || (prose && /[^\p{L}\d]/u.test(full[n.length]!)))) {
        const p = paragraphs[i]!;
        report({
          start: p.start, end: p.end,
          message: `Truncated copy of paragraph ${k + 1} (“${excerpt(text, paragraphs[k]!)}”)`,
        });
        break;
      }
    }
  }
}

function excerpt(text: string, p: ParagraphSpan): string {
  const s = text.slice(p.start, p.end);
  return s.length <= 50 ? s : s.slice(0, 50).replace(/\s+\S*$/, '') + '…';
}

const detector: DocumentDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'a title or lead repeated, a truncated lead followed by the full one' },
  needs: 'document',
  check,
};
export default detector;
