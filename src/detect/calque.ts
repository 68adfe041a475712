/**
 * calque: stock phrases of Russian and Ukrainian news translated word for word ("It
 * should be recalled that" for «Напомним, что», "As it became known" for «Как стало
 * известно», "on the territory of" for «на территории»).
 *
 * Notes:
 * - Phrases native writers also use ("At the same time,", "In turn,", "in connection
 *   with", "it should be noted that") are `info` only (see lists/calque.ts).
 * - "Recall that" counts only at the start of a sentence ("I recall that" is English), and
 *   even there only as `info`: opinion writers use the imperative too. "Recall, …" with a
 *   comma is the MT form and a warning.
 * - "it is said in the" only before a document noun ("in the statement"): "it is said in
 *   the village that" is folklore English.
 * - One regex over each sentence, phrases longest first, whole words only.
 */
import type { Reporter, TreeDetector, TreeUnit } from './types.js';
import { escapeRegExp } from '../shared/regexp.js';
import { eachSentenceMatch, trieSource } from './util.js';
import { calques, type Calque } from './lists/calque.js';

const ruleId = 'calque';
const key = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const byKey = new Map<string, Calque>(calques.map((c) => [key(c.phrase), c]));
/** One character of a phrase as regex source: either apostrophe, any run of blanks. */
const unit = (ch: string): string => (ch === ' ' ? '\\s+' : ch === "'" ? "['’]" : escapeRegExp(ch));
const escape = (s: string): string => [...s].map(unit).join('');
// ASCII word boundaries and no Unicode flag: V8 scans this alternation several times faster.
const sorted = [...byKey.keys()].sort((a, b) => b.length - a.length);
const pattern = new RegExp(`(?<![\\w'’])(?:${sorted.map(escape).join('|')})(?![\\w])`, 'gi');
/**
 * Paragraph gate: the same phrases as one character trie after a plain word boundary (a
 * superset of `pattern`'s matches, which also exclude an apostrophe before): several times
 * faster on text without a calque, which is nearly all text (docs/performance.md). `pattern`
 * confirms.
 */
const quick = new RegExp(`\\b${trieSource(byKey.keys(), unit)}(?![\\w])`, 'i');

function check({ tree, text }: TreeUnit, report: Reporter): void {
  eachSentenceMatch(tree, text, pattern, (m, offset, sentence, sentenceStart) => {
    const entry = byKey.get(key(m[0]));
    if (!entry) return;
    if (entry.initial && /[\p{L}\d]/u.test(sentence.slice(0, offset - sentenceStart))) return;
    const found = m[0].replace(/[,\s]+$/, '');
    report({
      start: offset, end: offset + found.length, info: entry.info === true,
      message: entry.info
        ? `“${found}” is a stock phrase of translated news; consider plainer English`
        : `“${found}” is a word-for-word translation of a Russian/Ukrainian stock phrase`,
      ...(entry.suggestion ? { suggestion: entry.suggestion } : {}),
    });
  });
}

const detector: TreeDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'stock phrases translated word for word ("It should be recalled that", "on the territory of")', languages: ['en'] },
  needs: 'tree',
  check,
  gate: (text) => { pattern.lastIndex = 0; return quick.test(text) && pattern.test(text); },
};
export default detector;
